import { describe, expect, it } from 'vitest';
import { found } from './helpers';

const am = (t: string) => found(t, 'amount').map(({ text, value, per }) => ({ text, value, per }));

describe('amounts', () => {
  it.each([
    ['kosten van € 2.815 per', '€ 2.815', 2815],
    ['116 miljoen euro extra', '116 miljoen euro', 116_000_000],
    ['is 21, 9 miljoen euro', '21, 9 miljoen euro', 21_900_000],
    ['EUR 1,2 mld. voor', 'EUR 1,2 mld.', 1_200_000_000],
    ['ruim € 500 mln voor', '€ 500 mln', 500_000_000],
    ['1,5 miljard euro', '1,5 miljard euro', 1_500_000_000],
    ['duizend euro', 'duizend euro', 1000],
    ['€\u00a012,50', '€\u00a012,50', 12.5],
    ['€ 2.500,- per', '€ 2.500,-', 2500],
    ['5.000 euro boete', '5.000 euro', 5000],
  ])('%j', (text, written, value) => {
    expect(am(text).map(({ text: t, value: v }) => ({ text: t, value: v }))).toEqual([{ text: written, value }]);
  });

  it('says what the amount is per', () => {
    expect(am('€ 5.000 per volwassene')[0]!.per).toBe('per volwassene');
    expect(am('116 miljoen euro structureel')[0]!.per).toBe('structureel');
    expect(am('€ 300 per jaar')[0]!.per).toBe('per jaar');
    expect(am('€ 300 per 1 januari')[0]!.per).toBeUndefined();
  });

  it.each([
    ['a count', '75.330 tijdelijke vergunninghouders'],
    ['millions of people', '2,4 miljoen vluchtelingen en 30 miljoen mensen'],
    ['a percentage', 'een stijging van 12,5%'],
    ['a year', 'in 2025'],
    ['a bare number', 'in totaal 620 miljoen'],
  ])('not: %s', (_, text) => {
    expect(am(text)).toEqual([]);
  });
});
