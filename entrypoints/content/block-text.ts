/**
 * The text of one block as the detector sees it, assembled from its pieces (text nodes and <br>),
 * with a map back from detector offsets to (piece, offset in the piece's own text).
 * Pure: pieces carry an opaque `ref` (a Text node in the page, anything in tests).
 */

/** A text node's text, or a line break (<br>) when ref is null. */
export interface Piece<T> {
  ref: T | null;
  text: string;
  /** A footnote marker in <sup>: the detector reads its digits as superscript digits ("¹"). */
  sup?: boolean;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Digits as superscript digits, one character for one: offsets stay the same. */
export function toSuperscript(text: string): string {
  return text.replace(/[0-9]/g, (d) => SUPERSCRIPT[Number(d)]!);
}

/** A part of a mention inside one piece: [from, to) in that piece's own text. */
export interface PieceRange<T> {
  ref: T;
  index: number;
  from: number;
  to: number;
}

export interface BlockText<T> {
  /** The text the detector reads: pieces joined, <br> as "\n", soft hyphens dropped. */
  text: string;
  pieces: Piece<T>[];
  /** The parts of the pieces that hold detector text [start, end), in page order. */
  rangesOf(start: number, end: number): PieceRange<T>[];
  /** Detector offset where piece `index` starts (its first kept character). */
  startOf(index: number): number;
}

const SOFT_HYPHEN = 0xad;

export function assembleBlock<T>(pieces: Piece<T>[]): BlockText<T> {
  const out: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    starts.push(length);
    const raw = piece.ref === null ? '\n' : piece.text;
    const kept = raw.includes('\u00ad') ? raw.replaceAll('\u00ad', '') : raw;
    out.push(piece.ref === null ? '\n' : piece.sup ? toSuperscript(kept) : kept);
    length += kept.length;
  }
  const text = out.join('');
  // For each kept character: piece index and offset within the piece. Built only when a block has
  // a mention to map back (most blocks have none).
  let maps: { pieceIdx: Int32Array; offsets: Int32Array } | null = null;
  const buildMaps = () => {
    const pieceIdx = new Int32Array(text.length);
    const offsets = new Int32Array(text.length);
    let k = 0;
    pieces.forEach((piece, index) => {
      const raw = piece.ref === null ? '\n' : piece.text;
      for (let i = 0; i < raw.length; i++) {
        if (raw.charCodeAt(i) === SOFT_HYPHEN) continue;
        pieceIdx[k] = index;
        offsets[k++] = i;
      }
    });
    return { pieceIdx, offsets };
  };

  return {
    text,
    pieces,
    startOf: (index) => starts[index] ?? text.length,
    rangesOf(start: number, end: number): PieceRange<T>[] {
      const ranges: PieceRange<T>[] = [];
      if (end <= start || start < 0 || end > text.length) return ranges;
      maps ??= buildMaps();
      const { pieceIdx, offsets } = maps;
      let cur: PieceRange<T> | null = null;
      for (let k = start; k < end; k++) {
        const index = pieceIdx[k]!;
        const piece = pieces[index]!;
        if (piece.ref === null) {
          cur = null; // a <br>: nothing to wrap
          continue;
        }
        const at = offsets[k]!;
        if (cur && cur.index === index) {
          cur.to = at + 1; // soft hyphens between kept characters stay inside the range
        } else {
          cur = { ref: piece.ref, index, from: at, to: at + 1 };
          ranges.push(cur);
        }
      }
      return ranges;
    },
  };
}
