import { describe, expect, it } from 'vitest';
import { dutchNumber, euros, handelingenName, senateLetter, writeOutAmount } from '../../lib/format/dutch';

describe('amounts in Dutch', () => {
  it('writes euros with Dutch separators, cents only when there are any', () => {
    expect(euros(2815)).toBe('€ 2.815');
    expect(euros(12.5)).toBe('€ 12,50');
    expect(euros(1_234_567.891)).toBe('€ 1.234.567,89');
    // A price keeps the parts of a cent it was written with ("25,8 cent").
    expect(euros(0.258)).toBe('€ 0,258');
    expect(euros(7.845)).toBe('€ 7,845');
  });

  it('writes millions and billions out in words and in full', () => {
    expect(writeOutAmount(21_900_000)).toBe('€ 21,9 miljoen = € 21.900.000');
    expect(writeOutAmount(1_200_000_000)).toBe('€ 1,2 miljard = € 1.200.000.000');
    expect(writeOutAmount(116_000_000)).toBe('€ 116 miljoen = € 116.000.000');
    expect(writeOutAmount(2815)).toBe('€ 2.815');
    expect(writeOutAmount(12.5)).toBe('€ 12,50');
    // A negative amount (an EMU balance of "-43,3 miljard euro") keeps its minus before the euro sign.
    expect(writeOutAmount(-43_300_000_000)).toBe('\u2212€ 43,3 miljard = \u2212€ 43.300.000.000');
    expect(euros(-5.5)).toBe('\u2212€ 5,50');
  });
});

describe('dutchNumber', () => {
  it('writes what Intl.NumberFormat nl-NL writes, for whole euros, euros and cents and scaled amounts', () => {
    const values = [0, 1, 5, 12.5, 99.99, 100, 999, 1000, 2815, 12_345.67, 100_000, 1_234_567.891, 21_900_000, 116_000_000, 1_200_000_000, 2.5e12];
    for (let i = 1; i < 400; i++) values.push(Math.round(((i * 7919.37) % 1e7) * 100) / 100, i * 1013, i / 8);
    const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
    const cents = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    const scaled = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });
    for (const v of values) {
      if (Number.isInteger(v)) expect(dutchNumber(v, 0), String(v)).toBe(whole.format(v));
      expect(dutchNumber(v, 2, 2), String(v)).toBe(cents.format(v));
      expect(dutchNumber(v / 1e6, 3), String(v)).toBe(scaled.format(v / 1e6));
    }
  });

  it('keeps the sign of a negative number', () => {
    expect(dutchNumber(-1234.5, 2, 2)).toBe('-1.234,50');
  });

  it('names an Eerste Kamer letter and Handelingen the same way on every surface', () => {
    expect(senateLetter('D')).toBe('letter D (Eerste Kamer)');
    expect(handelingenName({ aanhangsel: true, vergaderjaar: '2024-2025', nummer: 2489 })).toBe('Aanhangsel Handelingen 2024-2025, nr. 2489');
    expect(handelingenName({ aanhangsel: false, eersteKamer: true, vergaderjaar: '2019-2020', nummer: 31, item: 8 })).toBe('Handelingen Eerste Kamer 2019-2020, nr. 31, item 8');
    expect(handelingenName({ aanhangsel: false, vergaderjaar: null, nummer: 48 })).toBe('Handelingen, nr. 48');
  });
});
