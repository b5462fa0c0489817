import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import type { Mention } from '../../lib/detect/types';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('detect()', () => {
  it('returns [] for empty or non-string input', () => {
    for (const bad of ['', null, undefined, 42, {}, ['Kamerstuk 19 637, nr. 3435']]) expect(detect(bad)).toEqual([]);
  });

  it('does not throw on lone surrogates and keeps UTF-16 offsets', () => {
    const text = '\ud800 € 5 \udfff Kamerstuk 19 637, nr. 3435 😀 2025D52678';
    const ms = detect(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms.map((m) => m.kind)).toEqual(['amount', 'kamerstuk', 'document']);
  });

  it('returns sorted, non-overlapping mentions whose text is the input slice', () => {
    for (const file of ['seeds/000_2c4f88a6329f05ca.txt', 'seeds/003_16fc50c70ff080c8.txt']) {
      const text = readFileSync(resolve(ROOT, file), 'utf8');
      const ms = detect(text);
      expect(ms.length).toBeGreaterThan(3);
      ms.reduce((prev: Mention | null, m) => {
        if (prev) expect(m.start).toBeGreaterThanOrEqual(prev.end);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        return m;
      }, null);
    }
  });

  it('finds the reference in the seed letter 29344-157 and its amounts', () => {
    const text = readFileSync(resolve(ROOT, 'seeds/000_2c4f88a6329f05ca.txt'), 'utf8');
    const ms = detect(text);
    expect(ms.some((m) => m.kind === 'kamerstuk' && m.dossier === 19637 && m.ondernummer === 3435)).toBe(true);
    expect(ms.some((m) => m.kind === 'amount' && m.value === 5000 && m.per === 'per volwassene')).toBe(true);
  });

  it('gets through 1 MB of adversarial text with sane results', () => {
    const pieces = [
      '9'.repeat(5000),
      ' nr. nr. nr.'.repeat(3000),
      '.'.repeat(20000),
      ' '.repeat(20000),
      '-'.repeat(20000),
      '('.repeat(20000),
      '19 637, 19 637, nr. nr. 3435 -'.repeat(2000),
      '€ € € 1.1.1.1.1.1 miljoen miljoen '.repeat(2000),
      'motie van de leden A en B en C en D en '.repeat(2000),
      'Kamerstukken II 2024/25, '.repeat(2000),
      '\u00a0\u2013\n'.repeat(20000),
    ];
    let text = '';
    while (text.length < 1_000_000) text += pieces.join(' Kamerstuk 19 637, nr. 3435 ');
    const ms = detect(text);
    expect(ms.length).toBeGreaterThan(0);
    expect(ms.filter((m) => m.kind === 'kamerstuk' && m.dossier === 19637 && m.ondernummer === 3435).length).toBeGreaterThan(10);
    for (const m of ms) expect(m.end - m.start).toBeLessThan(400);
  });
});
