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
  /**
   * The text the detector reads, as the page shows it: pieces joined, <br> as "\n", soft hyphens
   * dropped, and each run of spaces, tabs and line breaks in the text as one space (none at the start
   * of a line), as HTML renders them: "het lid\n      Eerdmans" in a page's source reads "het lid Eerdmans".
   */
  text: string;
  pieces: Piece<T>[];
  /** The parts of the pieces that hold detector text [start, end), in page order. */
  rangesOf(start: number, end: number): PieceRange<T>[];
  /** Detector offset where piece `index` starts (its first kept character). */
  startOf(index: number): number;
}

/**
 * What a piece may lose or change in the detector's text: a soft hyphen, and whitespace HTML collapses
 * (a run with a tab or line break in it, or of two spaces or more). A single space is kept as it is.
 */
const NOT_KEPT_AS_IS = /\u00ad|[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;

/**
 * A piece's text as the detector reads it. `breaks`: where its offsets stop following the piece's own
 * text, as pairs (detector offset, offset in the piece's text) from which both go on together; null when
 * the text is kept as it is. `afterSpace`: the text before it ends in a space or a line break (or there
 * is none), so leading whitespace goes.
 */
function keptText(raw: string, afterSpace: boolean): { text: string; breaks: number[] | null } {
  const lead = afterSpace && raw.charCodeAt(0) === 32 && raw.charCodeAt(1) !== 32 ? 1 : 0;
  NOT_KEPT_AS_IS.lastIndex = 0;
  if (!lead && !NOT_KEPT_AS_IS.test(raw)) return { text: raw, breaks: null };
  const breaks: number[] = lead ? [0, 1] : [];
  let text = '';
  let from = lead;
  let space = afterSpace;
  NOT_KEPT_AS_IS.lastIndex = lead;
  for (let m = NOT_KEPT_AS_IS.exec(raw); m; m = NOT_KEPT_AS_IS.exec(raw)) {
    if (m.index > from) {
      text += raw.slice(from, m.index);
      space = raw.charCodeAt(m.index - 1) === 32;
    }
    const hyphen = m[0] === '\u00ad';
    // A run of whitespace is one space, or none right after another.
    const kept = hyphen || space ? '' : ' ';
    if (!hyphen) space = true;
    text += kept;
    from = m.index + m[0].length;
    if (kept.length !== m[0].length) breaks.push(text.length, from);
  }
  text += raw.slice(from);
  return { text, breaks };
}

/** The offset in a piece's own text of its detector offset `kept`, given its breaks. */
function rawOffsetIn(breaks: number[] | null, kept: number): number {
  if (!breaks) return kept;
  // The last break at or before `kept` (breaks come in detector order; a later one of the same offset wins).
  let lo = 0;
  let hi = breaks.length / 2 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid * 2]! <= kept) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? kept : breaks[found * 2 + 1]! + (kept - breaks[found * 2]!);
}

export function assembleBlock<T>(pieces: Piece<T>[]): BlockText<T> {
  const out: string[] = [];
  const starts: number[] = [];
  const maps: (number[] | null)[] = [];
  let length = 0;
  let afterSpace = true;
  for (const piece of pieces) {
    starts.push(length);
    if (piece.ref === null) {
      out.push('\n');
      maps.push(null);
      length += 1;
      afterSpace = true;
      continue;
    }
    const { text, breaks } = keptText(piece.text, afterSpace);
    out.push(piece.sup ? toSuperscript(text) : text);
    maps.push(breaks);
    length += text.length;
    if (text.length > 0) afterSpace = text.charCodeAt(text.length - 1) === 32;
  }
  const text = out.join('');
  /** Offset in piece `index`'s own text of its `kept`-th kept character. */
  const rawOffset = (index: number, kept: number): number => rawOffsetIn(maps[index]!, kept);
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
        // Soft hyphens and collapsed whitespace between kept characters stay inside the range.
        ranges.push({ ref: piece.ref, index, from: rawOffset(index, from), to: rawOffset(index, to - 1) + 1 });
      }
      return ranges;
    },
  };
}
