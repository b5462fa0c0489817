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

  it('gives nothing for an empty or out-of-range span', () => {
    const block = assembleBlock(pieces('abc'));
    expect(block.rangesOf(2, 2)).toEqual([]);
    expect(block.rangesOf(0, 10)).toEqual([]);
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
