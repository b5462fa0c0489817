import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/index';
import { foldIndents } from '../../lib/detect/indent';

const spans = (text: string) => detect(text).map((m) => [m.kind, m.text, text.slice(m.start, m.end) === m.text]);

describe('text wrapped with indented lines', () => {
  it('finds a motion and an amount across an indented line break (tweedekamer.nl letters as text)', () => {
    const letter = 'Middels de motie van de leden\n                  Kuik en Palland (CDA)1 heeft de Tweede Kamer verzocht';
    expect(spans(letter)).toEqual([['motion', 'motie van de leden\n                  Kuik en Palland (CDA)', true]]);
    expect(detect(letter)[0]).toMatchObject({ indieners: ['Kuik', 'Palland'] });
    const budget = 'het huidige beschikbare budget van 77 miljoen\n                  euro naar verwachting';
    expect(detect(budget)).toMatchObject([{ kind: 'amount', value: 77_000_000, text: '77 miljoen\n                  euro' }]);
  });

  it('keeps offsets of mentions after the fold, and leaves paragraph breaks alone', () => {
    const text = 'de motie van het\n      lid Palland over boa’s.\n\n      Zie Kamerstuk 29 628, nr. 1173.';
    const found = detect(text);
    expect(found.map((m) => [m.kind, m.text])).toEqual([
      ['motion', 'motie van het\n      lid Palland'],
      ['kamerstuk', 'Kamerstuk 29 628, nr. 1173'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    // A blank line with an indent is no line break inside a sentence: nothing to fold.
    expect(foldIndents('De Kamer,\n\n            gehoord de beraadslaging')).toBeNull();
    // After punctuation the indent goes too; the line break stays.
    expect(foldIndents('gehoord de beraadslaging,\n                  constaterende dat')?.text).toBe('gehoord de beraadslaging,\nconstaterende dat');
    expect(detect('motie van het lid\n      \n      Palland')).toEqual([]);
  });

  it('finds references broken after a comma, "nr." or "€" with the next line indented (a PDF\'s text with its margin)', () => {
    const text = [
      '   In de brief van 3 maart (Kamerstuk 36 704,',
      '   nr. 11) en in Aanhangsel Handelingen,',
      '   vergaderjaar 2021–2022, nr. 1482 staat dat het €',
      '   3.000 per jaar kost (Kamerstukken II 2024/25, 36 600-XX, nr.',
      '   11).',
    ].join('\n');
    const found = detect(text);
    expect(found.map((m) => [m.kind, m.text])).toEqual([
      ['kamerstuk', 'Kamerstuk 36 704,\n   nr. 11'],
      ['handelingen', 'Aanhangsel Handelingen,\n   vergaderjaar 2021–2022, nr. 1482'],
      ['amount', '€\n   3.000'],
      ['kamerstuk', 'Kamerstukken II 2024/25, 36 600-XX, nr.\n   11'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]).toMatchObject({ dossier: 36704, ondernummer: 11 });
    expect(found[2]).toMatchObject({ value: 3000 });
  });

  it('reads a word a PDF breaks with a hyphen at a line\'s end whole, and keeps a hyphen between capitals (a minister\'s letter, 2025)', () => {
    const text = 'zie Kamer-\nstukken II 2024/25, 36 600-XX, nr. 11, de mo-\n  tie van het lid Piri en ruim 2,5 mil-\njoen euro.';
    const found = detect(text);
    expect(found.map((m) => [m.kind, m.text])).toEqual([
      ['kamerstuk', 'Kamer-\nstukken II 2024/25, 36 600-XX, nr. 11'],
      ['motion', 'mo-\n  tie van het lid Piri'],
      ['amount', '2,5 mil-\njoen euro'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(foldIndents('GroenLinks-\nPvdA en Rikkers-\nOosterkamp')).toBeNull();
    // A hyphen before a word of its own stays: the particle of "de motie-van Haga", "asiel- en migratiebeleid".
    expect(foldIndents('de motie-\nvan Haga en het asiel-\nen migratiebeleid')).toBeNull();
    expect(detect('zoals de motie-\nvan Haga vraagt').map((m) => m.text)).toEqual(['motie-\nvan Haga']);
  });

  it('reads such a word whole with blanks after the hyphen too: a PDF\'s trailing space, a Windows line end', () => {
    for (const br of [' \n', '\r\n']) {
      const text = `de mo-${br}tie van het lid Piri en 2,5 mil-${br}joen euro`;
      expect(detect(text).map((m) => [m.kind, m.text])).toEqual([
        ['motion', `mo-${br}tie van het lid Piri`],
        ['amount', `2,5 mil-${br}joen euro`],
      ]);
    }
    expect(detect('het asiel- \nen migratiebeleid')).toEqual([]);
  });

  it('reads a word with a soft hyphen in it whole: a page\'s "mo&shy;tie", "Pi&shy;ri"', () => {
    const text = 'de mo\u00adtie van het lid Pi\u00adri en 2,5 mil\u00adjoen euro';
    const found = detect(text);
    expect(found.map((m) => [m.kind, m.text])).toEqual([
      ['motion', 'mo\u00adtie van het lid Pi\u00adri'],
      ['amount', '2,5 mil\u00adjoen euro'],
    ]);
    expect(found[0]!.kind === 'motion' && found[0]!.indieners).toEqual(['Piri']);
  });
});
