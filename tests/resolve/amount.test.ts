import { describe, expect, it } from 'vitest';
import { findAmountSources, type AmountCorpus, type AmountOccurrence } from '../../lib/resolve/amount';

const occurrences: AmountOccurrence[] = [
  { value: 5000, text: '€ 5.000', sentence: 'Daarnaast ontvangen zij een bedrag van € 5.000 per volwassene.', documentKey: '29344-157', per: 'per volwassene', date: '2025-10-21' },
  { value: 5000, text: '5.000 euro', sentence: 'Een boete van 5.000 euro.', documentKey: '36600-VI-12', date: '2024-11-01' },
  { value: 5100, text: '€ 5.100', sentence: 'Het bedrag is € 5.100.', documentKey: '36600-XX-3', date: '2024-10-01' },
  { value: 21_900_000, text: '21,9 miljoen euro', sentence: 'Er is 21,9 miljoen euro nodig.', documentKey: '36600-XX-11', date: '2024-11-07' },
];
const corpus: AmountCorpus = {
  amountsBetween: (min, max) => occurrences.filter((o) => o.value >= min && o.value <= max),
};

describe('amount sources', () => {
  it('finds the letter that states "€ 5.000 per volwassene" first, then other exact matches, then close ones', () => {
    const found = findAmountSources(corpus, { value: 5000, per: 'per volwassene' });
    expect(found.map((f) => f.documentKey)).toEqual(['29344-157', '36600-VI-12', '36600-XX-3']);
    expect(found[0]!.exact).toBe(true);
    expect(found[2]!.exact).toBe(false);
  });

  it('finds nothing for a value nobody states, and ignores nonsense values', () => {
    expect(findAmountSources(corpus, { value: 123 })).toEqual([]);
    expect(findAmountSources(corpus, { value: Number.NaN })).toEqual([]);
  });
});
