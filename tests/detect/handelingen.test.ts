import { describe, expect, it } from 'vitest';
import { found } from './helpers';

const h = (t: string) => found(t, 'handelingen').map(({ aanhangsel, vergaderjaar, nummer, item, text }) => ({ text, aanhangsel, vergaderjaar, nummer, item }));

describe('Handelingen', () => {
  it('finds the Aanhangsel', () => {
    expect(h('Zie ook Aanhangsel Handelingen, vergaderjaar 2024-2025, nr. 2489')).toEqual([
      { text: 'Aanhangsel Handelingen, vergaderjaar 2024-2025, nr. 2489', aanhangsel: true, vergaderjaar: '2024-2025', nummer: 2489, item: undefined },
    ]);
  });
  it('finds a debate with its item', () => {
    expect(h('(Handelingen II 2024/25, nr. 48, item 5)')).toEqual([
      { text: 'Handelingen II 2024/25, nr. 48, item 5', aanhangsel: false, vergaderjaar: '2024-2025', nummer: 48, item: 5 },
    ]);
  });
  it('reads the item written before the number ("item 50, nr. 6"), only with its year', () => {
    expect(h('(Handelingen II 2019/20, item 50, nr. 6)')).toEqual([
      { text: 'Handelingen II 2019/20, item 50, nr. 6', aanhangsel: false, vergaderjaar: '2019-2020', nummer: 6, item: 50 },
    ]);
    expect(h('de Handelingen, item 50, nr. 6')).toEqual([]);
  });
  it('reads the chamber written out or abbreviated, and a session year across a century', () => {
    expect(h('Handelingen Tweede Kamer 2007-08, nr. 49, p. 3623').map((x) => [x.text, x.vergaderjaar, x.nummer])).toEqual([['Handelingen Tweede Kamer 2007-08, nr. 49', '2007-2008', 49]]);
    expect(h('Aanhangsel Handelingen TK, 2007/08, nr. 1835, blz 33').map((x) => [x.aanhangsel, x.vergaderjaar, x.nummer])).toEqual([[true, '2007-2008', 1835]]);
    // The older "der" (a committee's list of letters, 2010).
    expect(h('(Aanhangsel der Handelingen, vergaderjaar 2009–2010, nr. 2784);').map((x) => [x.text, x.aanhangsel, x.nummer])).toEqual([['Aanhangsel der Handelingen, vergaderjaar 2009–2010, nr. 2784', true, 2784]]);
    expect(h('Handelingen EK 2001-2002, nr. 10').map((x) => [x.vergaderjaar, x.nummer])).toEqual([['2001-2002', 10]]);
    expect(h('Handelingen II 1999/00, nr. 12').map((x) => x.vergaderjaar)).toEqual(['1999-2000']);
    // "Ii" as a minister's letter typed it (2023).
    expect(h('aangenomen (Handelingen Ii 2022/23, nr. 25, item 18) motie').map((x) => [x.text, x.nummer, x.item])).toEqual([['Handelingen Ii 2022/23, nr. 25, item 18', 25, 18]]);
    expect(h('h-ek-20232024-12-3').map((x) => [x.vergaderjaar, x.nummer, x.item])).toEqual([['2023-2024', 12, 3]]);
  });

  it('reads the legal citation without "nr." where an item, a page or the end follows, from 2010-2011 on', () => {
    expect(h('1 Handelingen II 2016/17, 83, item 11, p. 1.').map((x) => [x.text, x.vergaderjaar, x.nummer, x.item])).toEqual([['Handelingen II 2016/17, 83, item 11', '2016-2017', 83, 11]]);
    expect(h('Handelingen II 2019/20, 45, p. 12.').map((x) => [x.text, x.nummer])).toEqual([['Handelingen II 2019/20, 45', 45]]);
    // tweedekamer.nl's link to a debate's minutes, at the end of a line.
    expect(h('vergaderingHandelingen TK 2024-2025, 48\nWijziging van het Reglement').map((x) => [x.text, x.vergaderjaar, x.nummer])).toEqual([['Handelingen TK 2024-2025, 48', '2024-2025', 48]]);
    // Older Handelingen are cited by page; a count is not a sitting.
    expect(h('Handelingen II 1998/99, 123. Handelingen II 2019/20, 45 leden')).toEqual([]);
  });

  it('tells the Eerste Kamer\'s Handelingen apart (their own numbering, their own publications)', () => {
    const ek = (t: string) => found(t, 'handelingen').map((x) => [x.nummer, x.item, x.eersteKamer ?? false]);
    expect(ek('Handelingen I, 2017/18, 21, item 6, p. 1')).toEqual([[21, 6, true]]);
    expect(ek('Handelingen EK 2001-2002, nr. 10 en Handelingen Eerste Kamer 2001-2002, nr. 11')).toEqual([[10, undefined, true], [11, undefined, true]]);
    expect(ek('h-ek-20232024-12-3 en Handelingen II 2024/25, nr. 48')).toEqual([[12, 3, true], [48, undefined, false]]);
  });

  it('reads each sitting of "nrs. 62 en 63" as a mention of its own (a Kamerbrief, 2022)', () => {
    expect(h('(Handelingen II 2021/22, nrs. 62 en 63, Debat over koopkracht)').map((x) => [x.text, x.vergaderjaar, x.nummer])).toEqual([
      ['Handelingen II 2021/22, nrs. 62', '2021-2022', 62],
      ['63', '2021-2022', 63],
    ]);
  });

  it('reads the abbreviation of footnotes ("Aanh. Hand. II 2022/23, nr. 987"), with its year and "nr." or an item written', () => {
    expect(h('2 Aanh. Hand. II 2022/23, nr. 987.').map((x) => [x.text, x.aanhangsel, x.vergaderjaar, x.nummer])).toEqual([['Aanh. Hand. II 2022/23, nr. 987', true, '2022-2023', 987]]);
    expect(h('Hand. II 2019/20, nr. 45, item 7').map((x) => [x.nummer, x.item])).toEqual([[45, 7]]);
    // Without "nr.", the chamber and the item say it (legal writing).
    expect(h('Hand. II 2019/20, 31, item 8').map((x) => [x.nummer, x.item])).toEqual([[31, 8]]);
    expect(h('Aanh. Handelingen II 2022/23, nr. 987').map((x) => x.aanhangsel)).toEqual([true]);
    // Without a year, or with neither "nr." nor an item, the abbreviation is not enough.
    expect(h('de Hand. van de minister, nr. 5; Hand. II 2019/20, 45.')).toEqual([]);
  });

  it('reads the official ids', () => {
    expect(h('ah-tk-20242025-2489 en h-tk-20242025-48-5').map((x) => [x.aanhangsel, x.vergaderjaar, x.nummer, x.item])).toEqual([
      [true, '2024-2025', 2489, undefined],
      [false, '2024-2025', 48, 5],
    ]);
  });
  it('needs a number', () => {
    expect(h('In de Handelingen staat het debat van 12 maart.')).toEqual([]);
  });
});
