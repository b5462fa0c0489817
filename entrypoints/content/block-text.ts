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
  /** Offset in the piece's own text of its `kept`-th kept character (soft hyphens are not kept). */
  const rawOffset = (raw: string, kept: number): number => {
    if (!raw.includes('\u00ad')) return kept;
    let k = 0;
    for (let i = 0; i < raw.length; i++) {
      if (raw.charCodeAt(i) === SOFT_HYPHEN) continue;
      if (k++ === kept) return i;
    }
    return raw.length;
  };
  /** The first piece whose kept text contains detector offset `at` (binary search over starts). */
  const pieceAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    // Empty pieces share their start with the next one: step back to the first of them.
    while (lo > 0 && starts[lo - 1] === starts[lo]) lo--;
    return lo;
  };

  return {
    text,
    pieces,
    startOf: (index) => starts[index] ?? text.length,
    rangesOf(start: number, end: number): PieceRange<T>[] {
      const ranges: PieceRange<T>[] = [];
      if (end <= start || start < 0 || end > text.length) return ranges;
      for (let index = pieceAt(start); index < pieces.length && starts[index]! < end; index++) {
        const piece = pieces[index]!;
        const pieceStart = starts[index]!;
        const pieceEnd = starts[index + 1] ?? text.length;
        // A <br> (nothing to wrap) or a piece of soft hyphens only.
        if (piece.ref === null || pieceEnd <= pieceStart || pieceEnd <= start) continue;
        const from = Math.max(start, pieceStart) - pieceStart;
        const to = Math.min(end, pieceEnd) - pieceStart;
        // Soft hyphens between kept characters stay inside the range.
        ranges.push({ ref: piece.ref, index, from: rawOffset(piece.text, from), to: rawOffset(piece.text, to - 1) + 1 });
      }
      return ranges;
    },
  };
}
