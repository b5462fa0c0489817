import { describe, expect, it } from 'vitest';
import { kamerstukKey } from '../../lib/detect';
import { found, kinds } from './helpers';

const ref = (text: string) => found(text, 'kamerstuk').map((k) => ({ text: k.text, key: kamerstukKey(k), tot: k.ondernummerTot }));

describe('Kamerstuk references', () => {
  it.each([
    ['Zie Kamerstuk 19 637, nr. 3435.', 'Kamerstuk 19 637, nr. 3435', '19637-3435'],
    ['(Kamerstukken II 2024/25, 19637, nr. 3435)', 'Kamerstukken II 2024/25, 19637, nr. 3435', '19637-3435'],
    ['Kamerstukken II, vergaderjaar 2024 – 2025, 19 637, nr. 3435', 'Kamerstukken II, vergaderjaar 2024 – 2025, 19 637, nr. 3435', '19637-3435'],
    ['¹ Tweede Kamer, vergaderjaar 2025–2026, 36 871, nr. 67', 'Tweede Kamer, vergaderjaar 2025–2026, 36 871, nr. 67', '36871-67'],
    ['brief (Kamerstuk 32317-989) en', 'Kamerstuk 32317-989', '32317-989'],
    ['Kamerstuk 21501-20-2146', 'Kamerstuk 21501-20-2146', '21501-20-2146'],
    ['zie kst-36600-VI-12 voor', 'kst-36600-VI-12', '36600-VI-12'],
    ['begroting (36 600 VI, nr. 12)', '36 600 VI, nr. 12', '36600-VI-12'],
    ['Kamerstukken II 2024/25, 36600-XX, nr. 11', 'Kamerstukken II 2024/25, 36600-XX, nr. 11', '36600-XX-11'],
    ['zoals gemeld (19637, nr. 2289).', '19637, nr. 2289', '19637-2289'],
    ['Zij krijgt nr. 186 (32637).', 'nr. 186 (32637)', '32637-186'],
    ['Gewijzigde motie (t.v.v. 32317-951)', '32317-951', '32317-951'],
    ['Kamerstuk \n32317-983', 'Kamerstuk \n32317-983', '32317-983'],
    ['Kamerstuk\u00a019\u00a0637, nr.\u00a03435', 'Kamerstuk\u00a019\u00a0637, nr.\u00a03435', '19637-3435'],
    ['https://zoek.officielebekendmakingen.nl/kst-36600-VI-12.html', 'kst-36600-VI-12', '36600-VI-12'],
  ])('%j', (text, written, key) => {
    expect(ref(text)).toEqual([{ text: written, key, tot: undefined }]);
  });

  it('finds every reference in a list', () => {
    expect(ref('(Kamerstuk 32 317, nr. 958, Kamerstuk 36 760, nr. 40)').map((r) => r.key)).toEqual(['32317-958', '36760-40']);
    expect(ref('Kamerstukken 32 317, nrs. 958 en 960').map((r) => r.key)).toEqual(['32317-958', '32317-960']);
  });

  it('reads the EU councils under 21 501 as sub-dossiers, not numbers', () => {
    expect(ref('Motie 21 501-02, nr. 2801').map((r) => r.key)).toEqual(['21501-02-2801']);
    expect(ref('21 501 - 02 Raad Algemene Zaken')).toEqual([]);
    expect(ref('Kamerstuk 21501-20').map((r) => r.key)).toEqual(['21501-20']);
  });

  it('says a range is a range', () => {
    expect(ref('Kamerstuk 36 600, nrs. 1 t/m 3')).toEqual([{ text: 'Kamerstuk 36 600, nrs. 1 t/m 3', key: '36600-1', tot: 3 }]);
  });

  it.each([
    ['a date', 'Den Haag, 21 oktober 2025'],
    ['a session year', 'vergaderjaar 2024-2025'],
    ['a count', '75.330 tijdelijke vergunninghouders'],
    ['a postcode', 'Postbus 2894, 1000 CW Amsterdam'],
    ['a phone number', 'Telefoon (020) 346 72 00 of 070-3456789'],
    ['a page number', 'zie blz. 12 en p. 34'],
    ['an article', 'artikel 3.1 en artikel 14, lid 2'],
    ['a number in an unrelated URL', 'https://example.org/nieuws/12345-678/artikel'],
    ['a year', 'in 2024 en 2025'],
    ['a percentage', '12,5% van de 32317 aanvragen'],
  ])('does not take %s for one', (_, text) => {
    expect(kinds(text).filter((k) => k.startsWith('kamerstuk'))).toEqual([]);
  });
});
