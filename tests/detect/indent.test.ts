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
    // Nor one after punctuation (XML's paragraphs as text, indented: "beraadslaging,\n      constaterende").
    expect(foldIndents('gehoord de beraadslaging,\n                  constaterende dat')).toBeNull();
    expect(detect('motie van het lid\n      \n      Palland')).toEqual([]);
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
