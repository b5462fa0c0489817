import { describe, expect, it } from 'vitest';
import { assembleBlock, type Piece } from '../../entrypoints/content/block-text';

const pieces = (...parts: (string | null)[]): Piece<string>[] =>
  parts.map((p, i) => (p === null ? { ref: null, text: '' } : { ref: `n${i}`, text: p }));

describe('assembleBlock', () => {
  it('joins a reference split across a link into one text and maps it back to both nodes', () => {
    const block = assembleBlock(pieces('Kamerstukken II 2024/25, ', '19637, nr. 3435', ' en verder'));
    expect(block.text).toBe('Kamerstukken II 2024/25, 19637, nr. 3435 en verder');
    const start = 0;
    const end = block.text.indexOf(' en verder');
    expect(block.rangesOf(start, end)).toEqual([
      { ref: 'n0', index: 0, from: 0, to: 25 },
      { ref: 'n1', index: 1, from: 0, to: 15 },
    ]);
  });

  it('reads <br> as a line break and never wraps it', () => {
    const block = assembleBlock(pieces('Kamerstuk 19637,', null, 'nr. 3435'));
    expect(block.text).toBe('Kamerstuk 19637,\nnr. 3435');
    expect(block.rangesOf(0, block.text.length)).toEqual([
      { ref: 'n0', index: 0, from: 0, to: 16 },
      { ref: 'n2', index: 2, from: 0, to: 8 },
    ]);
  });

  it('hides soft hyphens from the detector but keeps them inside the marked range', () => {
    const raw = 'de mo\u00adtie-Eerd\u00admans nam';
    const block = assembleBlock(pieces(raw));
    expect(block.text).toBe('de motie-Eerdmans nam');
    const start = block.text.indexOf('motie');
    const end = block.text.indexOf(' nam');
    const [range] = block.rangesOf(start, end);
    expect(raw.slice(range!.from, range!.to)).toBe('mo\u00adtie-Eerd\u00admans');
  });

  it('maps offsets after a footnote marker in its own node', () => {
    const block = assembleBlock(pieces('motie-Eerdmans', '3', ' over terugkeer'));
    expect(block.text).toBe('motie-Eerdmans3 over terugkeer');
    expect(block.rangesOf(0, 14)).toEqual([{ ref: 'n0', index: 0, from: 0, to: 14 }]);
  });

  it("reads whitespace from the page's source as the page shows it: one space, none at a line's start", () => {
    const raw = 'De motie van het lid\n        Eerdmans over';
    const block = assembleBlock(pieces(raw, null, '\n   Kamerstuk 36 600', ' ', '\n  VI,\tnr.\u00a0\u00a012'));
    expect(block.text).toBe('De motie van het lid Eerdmans over\nKamerstuk 36 600 VI, nr.\u00a0\u00a012');
    const start = block.text.indexOf('motie');
    const [range] = block.rangesOf(start, block.text.indexOf(' over'));
    // The mark holds the page's own text, whitespace and all.
    expect(raw.slice(range!.from, range!.to)).toBe('motie van het lid\n        Eerdmans');
  });

  it('gives nothing for an empty or out-of-range span', () => {
    const block = assembleBlock(pieces('abc'));
    expect(block.rangesOf(2, 2)).toEqual([]);
    expect(block.rangesOf(0, 10)).toEqual([]);
  });
});

describe('rangesOf on any block', () => {
  // The ranges a character-by-character walk gives: each kept character's piece and offset, merged per piece.
  function expected(ps: Piece<string>[], start: number, end: number) {
    // Kept: all but soft hyphens, and of whitespace only the first of a run not at a line's start.
    const chars: { index: number; at: number }[] = [];
    let space = true;
    ps.forEach((p, index) => {
      if (p.ref === null) {
        chars.push({ index, at: 0 });
        space = true;
        return;
      }
      for (let i = 0; i < p.text.length; i++) {
        const c = p.text[i]!;
        if (c === '\u00ad') continue;
        const white = ' \t\n\r\f'.includes(c);
        if (white && space) continue;
        space = white;
        chars.push({ index, at: i });
      }
    });
    const out: { ref: string; index: number; from: number; to: number }[] = [];
    let cur: (typeof out)[number] | null = null;
    for (const { index, at } of chars.slice(start, end)) {
      const p = ps[index]!;
      if (p.ref === null) {
        cur = null;
        continue;
      }
      if (cur && cur.index === index) cur.to = at + 1;
      else out.push((cur = { ref: p.ref, index, from: at, to: at + 1 }));
    }
    return out;
  }

  it('maps every span of blocks with line breaks, empty nodes, soft hyphens and whitespace back to the right nodes', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const parts = ['ab', '', '\u00ad', 'c\u00add', '\u00ad\u00adef', 'ghij', null, ' ', '\n    ', 'k \n l', 'm\u00a0 n', ' \u00ad o\t', '  ', ' p', '\tq  r', 's\u00ad \u00ad t'];
    for (let round = 0; round < 400; round++) {
      const ps = pieces(...Array.from({ length: 1 + rnd(6) }, () => parts[rnd(parts.length)]!));
      const block = assembleBlock(ps);
      for (let start = 0; start <= block.text.length; start++) {
        for (let end = start + 1; end <= block.text.length; end++) expect(block.rangesOf(start, end)).toEqual(expected(ps, start, end));
      }
    }
  });
});

describe('footnote markers', () => {
  it('reads the digits of a <sup> marker as superscript digits, at the same offsets', () => {
    const block = assembleBlock<string>([
      { ref: 'a', text: 'De motie-Eerdmans' },
      { ref: 'b', text: '12', sup: true },
      { ref: 'c', text: ' vroeg' },
    ]);
    expect(block.text).toBe('De motie-Eerdmans¹² vroeg');
    expect(block.rangesOf(17, 19)).toEqual([{ ref: 'b', index: 1, from: 0, to: 2 }]);
  });
});
