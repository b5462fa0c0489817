import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/index';
import { plainText } from '../../lib/detect/plain-text';

const found = (text: string) => detect(text).map((m) => [m.kind, m.text]);

describe('characters written in more than one way', () => {
  it('writes every line break as "\\n" and every hyphen as "-", at the same offsets', () => {
    expect(plainText('a\r\nb\rc\n')).toBe('a \nb\nc\n');
    expect(plainText('de motie\u2011Kuik (36600\u2010XXII)')).toBe('de motie-Kuik (36600-XXII)');
    const text = 'geen breuk';
    expect(plainText(text)).toBe(text);
  });

  it('finds mentions with a word processor\'s non-breaking hyphen in them, and gives their text as written', () => {
    const text = 'De motie\u2011Kuik c.s. (Kamerstuk 36600\u2011XXII, nr. 12) en de Handelingen TK 2024\u20112025, nr. 18.';
    expect(found(text)).toEqual([
      ['motion', 'motie\u2011Kuik c.s.'],
      ['kamerstuk', 'Kamerstuk 36600\u2011XXII, nr. 12'],
      ['handelingen', 'Handelingen TK 2024\u20112025, nr. 18'],
    ]);
    // And "'t" with a typographic apostrophe ("Van \u2019t Wout", as news sites write it).
    expect(detect('de motie-Yücel/Van \u2019t Wout over')[0]).toMatchObject({ text: 'motie-Yücel/Van \u2019t Wout', indieners: ['Yücel', 'Van \u2019t Wout'] });
  });

  it('reads past a zero-width space or a byte order mark (a page\'s break hints, a file\'s first character)', () => {
    const text = '\ufeffIn de \u200bmotie van het lid \u200bPiri (Kamerstuk\u200b 21\u200b501-02, nr. 3001) staat 2025D\u200b52678 en € 2\u200b.815.';
    const all = detect(text);
    expect(all.map((m) => m.kind)).toEqual(['motion', 'kamerstuk', 'document', 'amount']);
    expect(all[1]).toMatchObject({ dossier: 21501, toevoeging: '02', ondernummer: 3001 });
    expect(all[3]).toMatchObject({ value: 2815 });
    for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a figure space inside a number as a space ("36\u2007344", "€ 700\u2007000")', () => {
    expect(detect('(Kamerstuk 36\u2007344, nr. 2)')[0]).toMatchObject({ dossier: 36344, ondernummer: 2 });
    expect(detect('een bedrag van € 700\u2007000 per jaar')[0]).toMatchObject({ kind: 'amount', value: 700_000 });
  });
});
