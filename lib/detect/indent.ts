/**
 * Text wrapped at a fixed width with its lines indented (a letter as tweedekamer.nl serves it as text,
 * a PDF's lines) puts a line break and a run of spaces inside a reference: "de motie van de leden\n
 *                  Kuik en Palland", "77 miljoen\n                  euro". The patterns allow a few spaces
 * between words, not an indent, so detection reads such a text with the indent after each line break inside a
 * sentence left out, and the offsets are mapped back. So too a word a PDF's text breaks with a hyphen at a line's end.
 * The same walk over the line breaks gathers those of wrapped prose (line-wrap.ts).
 */

import { FULL_LINE, WrapBreaks } from './line-wrap';
import { plainText, RARE_CHARACTERS } from './plain-text';

const isIndent = (c: number) => c === 0x20 || c === 0x09;
/** A particle or conjunction after a hyphen at a line's end: the hyphen is the text's own. */
const WORD_OF_ITS_OWN = /^(?:van|de|der|den|ter|ten|te|het|en|of|tot)(?![a-z\u00df-\u00ff])/;
const isLower = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;

export interface Folded {
  text: string;
  /** Where the offset changes: from folded position `at[i]` on, the original position is that plus `shift[i]`. */
  at: number[];
  shift: number[];
}

/**
 * The text without the indents after its line breaks inside a paragraph (text on the line before the break,
 * three or more spaces or tabs after it, then text), or null when it has none. Indents between
 * paragraphs or before a text's first line (a motion's "\n            \n                  De Kamer,") stay: no
 * reference spans them. Found from each line break with a check of the characters around it: texts taken
 * from XML are full of indented lines, and a regex would be tried at every character. Also left out: the hyphen and
 * line break of a word broken at a line's end, soft hyphens and zero-width characters.
 */
export function foldIndents(text: string): Folded | null {
  return readLines(plainText(text)).folded;
}

/**
 * What detect() reads: the text folded (or null: nothing to fold), and for motions and amounts the same with each line
 * break of wrapped prose and the blanks around it read as one space (see WrapBreaks; null: the text has none).
 */
export interface LineReading {
  folded: Folded | null;
  prose: Folded | null;
}

/**
 * The text's indents folded and its wrapped lines found, in one walk over its line breaks. `text` has its line breaks as
 * "\n" alone (plainText: a Windows "\r\n" is " \n").
 */
export function readLines(text: string, rare = RARE_CHARACTERS.test(text)): LineReading {
  const { cuts, joins } = lineBreaks(text);
  // A soft hyphen (a page's &shy;) is no character of the word it breaks: "mo\u00adtie", "Pi\u00adri"; nor is a
  // zero-width space (a page's break hint, "2025D\u200b52678") or a byte order mark (`rare`: see RARE_CHARACTERS).
  const all = rare || text.indexOf('\u00ad') >= 0 ? withInvisible(text, cuts) : cuts;
  const folded = all.length === 0 ? null : cutOut(text, all);
  return { folded, prose: joins ? cutOut(text, ...withJoins(all, joins)) : null };
}

/**
 * The walk over a text's line breaks: the stretches to leave out (`cuts`: an indent inside a paragraph, a word's hyphen
 * and break at a line's end) and those of wrapped prose's line breaks with the blanks around them (`joins`, or null),
 * each as start, end pairs in order.
 */
function lineBreaks(text: string): { cuts: number[]; joins: number[] | null } {
  // The stretches of the original text left out, in order.
  const cuts: number[] = [];
  const wrap = new WrapBreaks();
  let wrapLineStart = 0;
  // A line break that the scan over the indent after the one before reached: the line between is blank.
  let blankUntil = -1;
  let previous = -1;
  for (let nl = text.indexOf('\n'); nl >= 0; previous = nl, nl = text.indexOf('\n', nl + 1)) {
    let last = nl - 1;
    if (nl === blankUntil) last = previous;
    else while (last >= 0 && isIndent(text.charCodeAt(last))) last--;
    // A word broken at the line's end with a hyphen, a PDF's "mo-\ntie", "mil-\njoen", "Kamer-\nstukken": read whole,
    // also with blanks after the hyphen (a PDF's trailing space, a Windows line end). Only between lower-case letters:
    // "GroenLinks-\nPvdA" and "Rikkers-\nOosterkamp" keep their hyphen, and so does a hyphen before a word of its own:
    // "de motie-\nvan Haga", "asiel-\nen migratiebeleid".
    if (last >= 1 && text.charCodeAt(last) === 0x2d && isLower(text.charCodeAt(last - 1))) {
      let next = nl + 1;
      while (next < text.length && isIndent(text.charCodeAt(next))) next++;
      if (isLower(text.charCodeAt(next)) && !WORD_OF_ITS_OWN.test(text.slice(next, next + 5))) {
        cuts.push(last, next);
        continue;
      }
    }
    if (nl - wrapLineStart >= FULL_LINE) wrap.line(text, wrapLineStart, last, nl);
    wrapLineStart = nl + 1;
    if (!isIndent(text.charCodeAt(nl + 1)) || !isIndent(text.charCodeAt(nl + 2)) || !isIndent(text.charCodeAt(nl + 3))) continue;
    // The line before holds text: a letter or digit, or a comma, "nr.", "€" or "(" right before the break (spaces
    // there are skipped over). A blank line before is a paragraph's break, and the indent stays.
    if (last < 0 || isSpace(text.charCodeAt(last))) continue;
    let end = nl + 4;
    while (end < text.length && isIndent(text.charCodeAt(end))) end++;
    if (text.charCodeAt(end) === 0x0a) blankUntil = end;
    if (end >= text.length || isSpace(text.charCodeAt(end))) continue;
    // The line break keeps its own place; what follows it, the place after the indent.
    cuts.push(nl + 1, end);
  }
  return { cuts, joins: wrap.joins(text) };
}

/**
 * `text` (its line breaks "\n" alone: plainText) with each line break inside a paragraph of wrapped prose (see
 * WrapBreaks) turned into a space, and the blanks around it too: the same length, every offset the same.
 */
export function unwrapLines(text: string): string {
  // Only the walk: the folded texts are detect()'s.
  const { joins } = lineBreaks(text);
  if (!joins) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < joins.length; i += 2) {
    parts.push(text.slice(from, joins[i]), ' '.repeat(joins[i + 1]! - joins[i]!));
    from = joins[i + 1]!;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The cuts with the joins among them, each join a cut that leaves one space ("spaced"); a cut inside a join (the indent
 * after its line break) goes in it.
 */
function withJoins(cuts: number[], joins: number[]): [number[], boolean[]] {
  const out: number[] = [];
  const spaced: boolean[] = [];
  let j = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    while (j < joins.length && joins[j]! <= cuts[i]!) {
      out.push(joins[j]!, joins[j + 1]!);
      spaced.push(true);
      j += 2;
    }
    if (out.length > 0 && spaced[spaced.length - 1] && cuts[i + 1]! <= out[out.length - 1]!) continue;
    out.push(cuts[i]!, cuts[i + 1]!);
    spaced.push(false);
  }
  for (; j < joins.length; j += 2) {
    out.push(joins[j]!, joins[j + 1]!);
    spaced.push(true);
  }
  return [out, spaced];
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * The cuts with each invisible character (a soft hyphen, a zero-width space or joiner, a byte order mark) as a cut of
 * its own, all in order (no other cut holds one: they are "-", breaks, indents).
 */
function withInvisible(text: string, cuts: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < cuts.length; i += 2) pairs.push([cuts[i]!, cuts[i + 1]!]);
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) pairs.push([m.index, m.index + 1]);
  return pairs.sort((a, b) => a[0] - b[0]).flat();
}

/**
 * The text without the stretches `cuts` (start, end pairs in order), with where each offset moved; a stretch marked
 * `spaced` leaves one space in its place.
 */
function cutOut(text: string, cuts: number[], spaced?: boolean[]): Folded {
  const parts: string[] = [];
  const at: number[] = [];
  const shift: number[] = [];
  let from = 0;
  let length = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    parts.push(text.slice(from, cuts[i]));
    length += cuts[i]! - from;
    if (spaced?.[i >> 1]) {
      parts.push(' ');
      length++;
    }
    from = cuts[i + 1]!;
    at.push(length);
    shift.push(from - length);
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), at, shift };
}

/** The original position of folded position `p`. */
function originOf(folded: Folded, p: number): number {
  let lo = 0;
  let hi = folded.at.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (folded.at[mid]! <= p) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return p + (found < 0 ? 0 : folded.shift[found]!);
}

/** A mention found in the folded text placed in the original, its text taken from there (the mention itself moved). */
export function unfold<T extends { start: number; end: number; text: string }>(m: T, folded: Folded, original: string): T {
  const start = originOf(folded, m.start);
  // The end is exclusive: one past the original position of the mention's last character.
  const end = m.end > m.start ? originOf(folded, m.end - 1) + 1 : start;
  m.start = start;
  m.end = end;
  m.text = original.slice(start, end);
  return m;
}
