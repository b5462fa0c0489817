import { describe, expect, it } from 'vitest';
import { literalStarts, stickyMatches } from '../../lib/detect/common';
import { detectDocuments } from '../../lib/detect/document';
import { detectMotions } from '../../lib/detect/motion';
import { detectEnglishMotions } from '../../lib/detect/motion-english';
import { detectZaken } from '../../lib/detect/zaak';

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

  it('tells where a candidate matched nothing, in order', () => {
    const text = '12 juni: 19 637, en 2 of 36 600';
    const misses: number[] = [];
    const digits = literalStarts(text, ['1', '2', '3'].map((find) => ({ find, back: 0 })));
    expect(spans(stickyMatches(text, digits, /[1-3]\d ?\d{3}/y, misses))).toEqual([
      [9, '19 637'],
      [25, '36 600'],
    ]);
    expect(misses).toEqual([0, 1, 20]);
  });

  it('ends at once when no word occurs, and never reports a start before the text', () => {
    expect(spans(stickyMatches('niets hier', literalStarts('niets hier', [{ find: 'uro', back: 1 }]), /euro/y))).toEqual([]);
    const starts = literalStarts('uro', [{ find: 'uro', back: 1 }]);
    expect(starts(0)).toBe(-1);
  });
});

describe('the scans two detectors share', () => {
  it('read each text afresh: documents and cases over texts of the same length, one after the other', () => {
    const a = 'Brief 2025D52678 over zaak 2024Z21887.';
    const b = 'Brief 2023Z11111 over stuk 2022D22222.';
    expect(a.length).toBe(b.length);
    for (let round = 0; round < 2; round++) {
      expect(detectDocuments(a).map((m) => m.documentNummer)).toEqual(['2025D52678']);
      expect(detectZaken(b).map((m) => m.zaakNummer)).toEqual(['2023Z11111']);
      expect(detectZaken(a).map((m) => m.zaakNummer)).toEqual(['2024Z21887']);
      expect(detectDocuments(b).map((m) => m.documentNummer)).toEqual(['2022D22222']);
    }
  });

  it('read each text afresh: Dutch and English motions one after the other', () => {
    const dutch = 'De motie-Eerdmans werd aangenomen.';
    const english = 'They adopted a motion by JA21 parliamentarian Joost Eerdmans.';
    for (let round = 0; round < 2; round++) {
      expect(detectMotions(dutch).map((m) => m.indieners)).toEqual([['Eerdmans']]);
      expect(detectEnglishMotions(dutch)).toEqual([]);
      expect(detectEnglishMotions(english).map((m) => m.indieners)).toEqual([['Joost Eerdmans']]);
      expect(detectMotions(english)).toEqual([]);
    }
  });
});
