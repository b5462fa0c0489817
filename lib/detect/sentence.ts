/**
 * Where sentences end, one rule for the detector and the resolver: a full stop, question mark,
 * exclamation mark or semicolon before a capital (after a closing quote or a footnote's digits, if any), a line break or
 * the end of the text; or a blank line. A dot that ends no sentence is not one: an abbreviation's
 * ("Trb. 2007", "nr.", "art.") and a numbered part's before its name ("begrotingsartikel 31. Politie").
 */

const END = /[.?!;](?=["'\u201d\u2019\u00bb]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{0,3}(?:[ \t\u00a0]*\n|\s+\p{Lu}|\s*$))|\n[ \t\u00a0]*\n/gu;
/** A closing quote, a footnote's digits and the space after a sentence's end. */
const AFTER_END = /["'\u201d\u2019\u00bb]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{0,3}\s*/uy;
const SPACE_AFTER = /\s*/y;
const ABBREVIATION_BEFORE = /\b(?:Trb|Stb|Stcrt|nr|nrs|art|jo|resp)$/i;
const NUMBERED_PART_BEFORE = /(?:artikel|art\.|hoofdstuk|paragraaf|onderdeel)[ \u00a0]?\d{1,3}[a-z]?$/i;

/** Whether the "." at `dot` ends no sentence. */
export function dotEndsNoSentence(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 24), dot);
  return ABBREVIATION_BEFORE.test(before) || NUMBERED_PART_BEFORE.test(before);
}

/** How far past `to` an end's mark may still need reading: its footnote's digits, the space, the capital. */
const LOOK_PAST = 200;

/**
 * Calls `visit` with each sentence end whose mark lies in text[from, to), in order, until it returns
 * true. A little of what follows `to` is still read to tell an end ("... aangenomen. De motie-X": the
 * capital), no more: a text without an end after `to` is not searched to its end for one.
 */
function eachEnd(text: string, from: number, to: number, visit: (at: number, blankLine: boolean) => boolean | void): void {
  const part = text.slice(from, Math.min(text.length, to + LOOK_PAST));
  END.lastIndex = 0;
  for (let m = END.exec(part); m && from + m.index < to; m = END.exec(part)) {
    const at = from + m.index;
    if (m[0] === '.' && dotEndsNoSentence(text, at)) continue;
    if (visit(at, m[0].charCodeAt(0) === 10)) return;
  }
}

/** The first sentence end in text[from, to) (a blank line only with `blankLines`), or -1. */
export function firstSentenceEnd(text: string, from: number, to: number, blankLines = true): number {
  let found = -1;
  eachEnd(text, from, to, (at, blankLine) => {
    if (blankLine && !blankLines) return false;
    found = at;
    return true;
  });
  return found;
}

/** Where the sentence that goes on at `to` starts, looking back no further than `from` (a blank line ends one only with `blankLines`). */
export function sentenceStart(text: string, from: number, to: number, blankLines = true): number {
  let last = -1;
  eachEnd(text, from, to, (at, blankLine) => {
    if (!blankLine || blankLines) last = at;
  });
  if (last < 0) return from;
  // After a mark its footnote's digits go too; after a blank line only the space.
  const after = text.charCodeAt(last) === 10 ? SPACE_AFTER : AFTER_END;
  after.lastIndex = last + 1;
  after.test(text);
  return Math.min(after.lastIndex, to);
}
