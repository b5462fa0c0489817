import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../lib/data/dataset';
import { buildDataFiles, compareDataDir, main, writeDataDir } from '../../scripts/data-build';
import type { Mention } from '../../lib/detect/types';
import { FIXTURE, writeFixture } from './fixture-snapshot';

const quiet = () => {};

async function buildFixture() {
  const { snapshotDir, seedsDir } = writeFixture();
  const content = await buildDataFiles({ snapshotDir, seedsDir, log: quiet, detect: null });
  return { content, ds: parseDataset(Object.fromEntries([...content].map(([k, v]) => [k, JSON.parse(v)]))) };
}

describe('data:build on a small snapshot', () => {
  it('gives a motion without a Besluit the outcome "unknown" and no votes', async () => {
    const { ds } = await buildFixture();
    const m = ds.motion('2025Z00001')!;
    expect(m.key).toBe('19637-3370');
    expect(m.outcome).toBe('unknown');
    expect(m.decision).toBeUndefined();
    expect(m.advice).toBe('Ontraden');
  });

  it('takes the outcome and the votes per party with seats from the Besluit', async () => {
    const { ds } = await buildFixture();
    const m = ds.motion('19637-3384')!;
    expect(m.outcome).toBe('aangenomen');
    expect(m.decision?.votes).toEqual([
      { party: 'SP', vote: 'Voor', seats: 5 },
      { party: 'VVD', vote: 'Tegen', seats: 24 },
    ]);
    expect(m.reconstructed).toContain('Besluit (tied through its Agendapunt, only where that is certain)');
  });

  it('links a gewijzigde motie to the one it replaces (t.v.v.), both ways', async () => {
    const { ds } = await buildFixture();
    expect(ds.motion('19637-3384')!.replaces).toEqual(['19637-3370']);
    expect(ds.motion('19637-3370')!.replacedBy).toEqual(['19637-3384']);
  });

  it('reads signatories from the publication with party only where the record gives it', async () => {
    const { ds } = await buildFixture();
    const sigs = ds.motion('19637-3370')!.signatories;
    expect(sigs).toEqual([
      { surname: 'Podt', initials: 'A.', party: 'D66', personId: 'p1' },
      { surname: 'van Dijk', initials: 'H.D.', party: null, personId: 'p2' },
    ]);
    expect(ds.motionsBySignatory('Van Dijk').map((m) => m.key)).toEqual(['19637-3370']);
    expect(ds.motion('19637-3370')!.considerations).toEqual(['constaterende dat schade vaak niet wordt vergoed;']);
    expect(ds.motion('19637-3370')!.request).toBe('verzoekt de regering een betere schaderegeling te maken,');
  });

  it('skips deleted and emptied records and leaves out transcripts', async () => {
    const { ds } = await buildFixture();
    expect(ds.byZaakNummer.has('2025Z00003')).toBe(false);
    expect(ds.byDocumentNummer.has('2025D00011')).toBe(false);
    expect(ds.linkNotes.join(' ')).toMatch(/Stenogram 1/);
  });

  it('adds seeds as documents that can be looked up by their Kamerstuk key', async () => {
    const { ds } = await buildFixture();
    const seed = ds.byKamerstukKey.get('29344-157')!;
    expect(seed.source).toBe('seed');
    expect(seed.date).toBe('2025-10-21');
    expect(seed.text).toContain('Terugkeerbeleid');
    expect(ds.documentsInDossier(19637).map((d) => d.id)).toEqual(['2025D00009', '2025D00002', '2025D00001']);
  });

  it('matches a letter answering a motion, with its score', async () => {
    const { ds } = await buildFixture();
    const answers = ds.answersTo('19637-3370');
    expect(answers.map((a) => a.document)).toEqual(['2025D00009']);
    expect(answers[0].score).toBeGreaterThanOrEqual(0.6);
  });

  it('writes a manifest with the data date as build date, counts and sha256 per file', async () => {
    const { ds, content } = await buildFixture();
    expect(ds.meta.dataDate).toBe('2025-05-02');
    expect(ds.manifest.buildDate).toBe('2025-05-02');
    expect(ds.manifest.counts.motions).toBe(2);
    expect(ds.manifest.files['motions.json'].bytes).toBe(Buffer.byteLength(content.get('motions')!));
  });

  it('is deterministic: two builds give identical bytes', async () => {
    const a = await buildFixture();
    const b = await buildFixture();
    expect([...a.content.entries()]).toEqual([...b.content.entries()]);
  });

  it('writes ASCII JSON: other characters escaped, read back unchanged', async () => {
    const { content, ds } = await buildFixture();
    for (const [name, text] of content) expect(/[^\x00-\x7f]/.test(text), name).toBe(false);
    expect(content.get('documents')).toContain('\\u2013');
    expect(JSON.stringify(ds.documents)).toContain('\u2013');
  });

  it('stops on a malformed line naming file, line and field, and leaves data/ untouched', async () => {
    const bad = [JSON.stringify(FIXTURE['Zaak-motie.jsonl.gz'][0]), JSON.stringify({ ...FIXTURE['Zaak-motie.jsonl.gz'][1], Nummer: 42 })];
    const { snapshotDir, seedsDir, root } = writeFixture({ 'Zaak-motie.jsonl.gz': bad });
    await expect(buildDataFiles({ snapshotDir, seedsDir, log: quiet, detect: null })).rejects.toThrow('Zaak-motie.jsonl.gz, line 2, field Nummer');

    const out = join(root, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), '{"old":true}');
    const err: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['--snapshot', snapshotDir, '--seeds', seedsDir, '--out', out])).toBe(1);
    } finally {
      process.stderr.write = write;
    }
    expect(err.join('')).toMatch(/line 2, field Nummer.*\n.*left unchanged/);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"old":true}');
  });

  it('names the expected snapshot path when it is missing', async () => {
    await expect(buildDataFiles({ snapshotDir: '/nonexistent/tk-snapshot', log: quiet, detect: null })).rejects.toThrow(
      /snapshot not found: expected \/nonexistent\/tk-snapshot\/.*\.jsonl\.gz.*data:sync/s,
    );
  });

  it('--check compares with a data dir: equal after a write, a difference named after an edit', async () => {
    const { content } = await buildFixture();
    const { root } = writeFixture();
    const out = join(root, 'data');
    await writeDataDir(content, out);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    expect(await compareDataDir(content, out)).toEqual([]);
    writeFileSync(join(out, 'motions.json'), '[]\n');
    expect(await compareDataDir(content, out)).toEqual(['motions.json differs']);
  });

  it('derives cites, cited-by and the amounts index from the detector over the full texts', async () => {
    const { snapshotDir, seedsDir } = writeFixture();
    // A stand-in for lib/detect: finds the one reference and one amount the fixture texts hold.
    const detect = (text: string): Mention[] => {
      const out: Mention[] = [];
      const k = text.indexOf('Kamerstuk 19637, nr. 3400');
      if (k >= 0) out.push({ kind: 'kamerstuk', start: k, end: k + 25, text: 'Kamerstuk 19637, nr. 3400', dossier: 19637, toevoeging: null, ondernummer: 3400 });
      const a = text.indexOf('€ 5 miljoen');
      if (a >= 0) out.push({ kind: 'amount', start: a, end: a + 11, text: '€ 5 miljoen', value: 5_000_000 } as Mention);
      return out;
    };
    const seedText = readFileSync(join(seedsDir, '000_test.txt'), 'utf8');
    writeFileSync(join(seedsDir, '000_test.txt'), `${seedText}Daarvoor is € 5 miljoen beschikbaar. Meer niet.\n`);
    const content = await buildDataFiles({ snapshotDir, seedsDir, log: quiet, detect });
    const ds = parseDataset(Object.fromEntries([...content].map(([k, v]) => [k, JSON.parse(v)])));
    expect(ds.citedBy('19637-3400').map((c) => c.from)).toEqual(['seed:000_test']);
    expect(ds.cites('seed:000_test').map((c) => c.to)).toEqual(['19637-3400']);
    expect(ds.amountsByValue(5_000_000)).toEqual([
      { value: 5_000_000, text: '€ 5 miljoen', sentence: 'Daarvoor is € 5 miljoen beschikbaar.', document: 'seed:000_test' },
    ]);
  });
});
