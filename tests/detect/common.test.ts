import { describe, expect, it } from 'vitest';
import { literalStarts, stickyMatches } from '../../lib/detect/common';

/** A text built from pieces that start, end and overlap the words the scans look for. */
function randomText(seed: number, pieces: string[], length: number): string {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += pieces[x % pieces.length];
  }
  return out;
}

const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);

describe('scanning only where a match can start', () => {
  const pieces = ['euro', 'uro', 'e', 'EUR', 'EU', 'R', "'s", ' ', '5', 'neuro', 'Euro', 'motie', 'Motie', 'mo', 'tie', 'x'];

  it('finds the same matches as matchAll, for words found by a part of them', () => {
    const words = [
      { find: 'uro', back: 1 },
      { find: 'EUR', back: 0 },
    ];
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(seed, pieces, 300);
      const expected = spans(text.matchAll(/euro(?:'s)?(?![\p{L}])|EUR(?![\p{L}])/gu));
      expect(spans(stickyMatches(text, literalStarts(text, words), /euro(?:'s)?(?![\p{L}])|EUR(?![\p{L}])/uy))).toEqual(expected);
    }
  });

  it('finds the same matches as matchAll where candidates overlap', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(seed, ['1', '2', '3', '9', ' ', '-', '12345', '19 637'], 200);
      const expected = spans(text.matchAll(/[1-3]\d ?\d{3}(?:-\d{1,3})?/g));
      const digits = literalStarts(text, ['1', '2', '3'].map((find) => ({ find, back: 0 })));
      expect(spans(stickyMatches(text, digits, /[1-3]\d ?\d{3}(?:-\d{1,3})?/y))).toEqual(expected);
    }
  });

  it('ends at once when no word occurs, and never reports a start before the text', () => {
    expect(spans(stickyMatches('niets hier', literalStarts('niets hier', [{ find: 'uro', back: 1 }]), /euro/y))).toEqual([]);
    const starts = literalStarts('uro', [{ find: 'uro', back: 1 }]);
    expect(starts(0)).toBe(-1);
  });
});
