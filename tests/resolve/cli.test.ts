import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../cli-output';
import { run as annotate } from '../../lib/cli/annotate';
import { run as detectCli } from '../../lib/cli/detect';

const ROOT = resolve(import.meta.dirname, '..', '..');
const GOLD = resolve(ROOT, '..', 'shared', 'gold', 'seeds.gold.json');

const output = captureOutput();

describe('kamerwijzer detect', () => {
  it('prints the mentions as JSON in the gold format', async () => {
    expect(await detectCli(['--json', resolve(ROOT, 'seeds/000_2c4f88a6329f05ca.txt')])).toBe(0);
    const { mentions } = JSON.parse(output.out);
    expect(mentions[0]).toMatchObject({ kind: 'kamerstuk', text: 'Kamerstuk 19 637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 });
  });

  it('reads a missing file as one clear error and exit 1', async () => {
    expect(await detectCli(['/nonexistent/file.txt'])).toBe(1);
    expect(output.err).toBe('kamerwijzer detect: cannot read /nonexistent/file.txt: no such file\n');
  });

  it.runIf(existsSync(GOLD))('resolves every named motion in the seeds to a motion the gold accepts', async () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: { file: string; mentions: { kind: string; start: number; end: number; resolvesTo?: { dossier: number; toevoeging: string | null; ondernummer: number }[] }[] }[] };
    let checked = 0;
    for (const doc of gold.documents) {
      const motions = doc.mentions.filter((m) => m.kind === 'motion');
      if (!motions.length) continue;
      output.out = '';
      expect(await detectCli(['--json', resolve(ROOT, '..', 'shared', doc.file)])).toBe(0);
      const found = JSON.parse(output.out).mentions as { kind: string; start: number; end: number; resolved?: { dossier: number; toevoeging: string | null; ondernummer: number } }[];
      for (const g of motions) {
        const d = found.find((m) => m.kind === 'motion' && m.start < g.end && g.start < m.end);
        const r = d?.resolved;
        expect(r, `${doc.file} ${g.start}`).toBeTruthy();
        expect(g.resolvesTo!.some((t) => t.dossier === r!.dossier && t.toevoeging === r!.toevoeging && t.ondernummer === r!.ondernummer)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(10);
  });
});

describe('kamerwijzer annotate', () => {
  it('numbers each mention and lists what it is, its status and its sources', async () => {
    expect(await annotate([resolve(ROOT, 'seeds/000_2c4f88a6329f05ca.txt')])).toBe(0);
    expect(output.out).toContain('Kamerstuk 19 637, nr. 3435 [1]');
    expect(output.out).toMatch(/\[1\] Kamerstuk 19637-3435: Brief regering\n {2}Landenbeleid Syrië/);
    expect(output.out).toContain('uitslag niet in de gebundelde gegevens');
    expect(output.out).toMatch(/€ 5\.000 per volwassene\n {2}bron: 29344-157/);
  });

  it('reads a missing file as one clear error and exit 1', async () => {
    expect(await annotate(['/nonexistent/draft.txt'])).toBe(1);
    expect(output.err).toContain('cannot read /nonexistent/draft.txt: no such file');
  });
});
