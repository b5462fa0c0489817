import { describe, expect, it } from 'vitest';
import { euros, writeOutAmount } from '../../lib/format/dutch';

describe('amounts in Dutch', () => {
  it('writes euros with Dutch separators, cents only when there are any', () => {
    expect(euros(2815)).toBe('€ 2.815');
    expect(euros(12.5)).toBe('€ 12,50');
    expect(euros(1_234_567.891)).toBe('€ 1.234.567,89');
  });

  it('writes millions and billions out in words and in full', () => {
    expect(writeOutAmount(21_900_000)).toBe('€ 21,9 miljoen = € 21.900.000');
    expect(writeOutAmount(1_200_000_000)).toBe('€ 1,2 miljard = € 1.200.000.000');
    expect(writeOutAmount(116_000_000)).toBe('€ 116 miljoen = € 116.000.000');
    expect(writeOutAmount(2815)).toBe('€ 2.815');
    expect(writeOutAmount(12.5)).toBe('€ 12,50');
  });
});
