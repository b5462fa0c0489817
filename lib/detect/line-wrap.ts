/**
 * Text wrapped at a fixed width (a letter or a report taken from a PDF, an e-mail) breaks a sentence wherever its line
 * is full: "diende Kamerlid Derk\nBoswijk (CDA) een motie in", "116 miljoen\neuro". The motion and amount patterns read
 * the words of a sentence with single spaces between them, so detect() gives them the text with each such break, and
 * the blanks around it, read as one space (the offsets mapped back, as for folded indents); the resolver reads the
 * same breaks as blanks, at the same offsets (unwrapLines, in indent.ts beside readLines, which gathers them).
 */

/** A line this long or longer that ends in the middle of a sentence was ended by the width, not by its writer. */
export const FULL_LINE = 40;

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;
const isBreak = (c: number) => c === 0x0a;
/** What a wrapped line of prose may end with: a word's last character, a comma, a closing parenthesis or quote. */
const endsInSentence = (c: number) => !isBlank(c) && !isBreak(c) && c !== 0x2e && c !== 0x3a && c !== 0x3b && c !== 0x21 && c !== 0x3f;

/**
 * Whether the line starting at `from` reads as a wrapped paragraph's next line: full itself, or its last (ending a
 * sentence, or followed by a blank line or the text's end). A short line followed by more lines is a heading of its
 * own ("36 350 Voorjaarsnota 2023\nNr. 16").
 */
function goesOnAsProse(text: string, from: number): boolean {
  let end = text.indexOf('\n', from);
  if (end < 0) return true;
  let last = end - 1;
  while (last > from && isBlank(text.charCodeAt(last))) last--;
  if (last - from + 1 >= FULL_LINE || !endsInSentence(text.charCodeAt(last))) return true;
  end++;
  while (end < text.length && isBlank(text.charCodeAt(end))) end++;
  return end >= text.length || isBreak(text.charCodeAt(end));
}

const isLowerOrDigit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/**
 * The line breaks of one text that were the width's, gathered line by line (in order; detect() gathers them in the
 * same walk over the text's line breaks that folds its indents).
 *
 * A text is wrapped when most of its full lines (FULL_LINE characters or more) end in the middle of a sentence; a text
 * of a paragraph a line (a motion's text, a news page's) is not, and keeps its breaks. In a wrapped text a break counts
 * when the line before it is full and does not end a sentence or a heading's colon, and the next line goes on with text
 * that does not open a list item; a blank line, a short line (a heading, a signature, an address) or a line ending in
 * "." stays. A next line that starts with a capital may be a headline's text ("steun in voor motie-Becker\nEen
 * opmerkelijke gebeurtenis"): that break counts only where the next line's first word would not have fit on the line.
 */
export class WrapBreaks {
  /** Each full line that ends in the middle of a sentence: where its words end, its line break, its length. */
  private open: number[] | null = null;
  private full = 0;

  /**
   * One line of `text`, from `lineStart` to its line break at `nl` (the text's breaks are "\n" alone: plainText); `last`
   * is its last character before the spaces and tabs at its end.
   */
  line(text: string, lineStart: number, last: number, nl: number): void {
    while (last >= lineStart && isBlank(text.charCodeAt(last))) last--;
    // (Its length counts a layout's indent too: every line of such a text has it.)
    const length = last - lineStart + 1;
    if (length < FULL_LINE) return;
    this.full++;
    if (endsInSentence(text.charCodeAt(last))) (this.open ??= []).push(last + 1, nl, length);
  }

  /**
   * The breaks that count, as the stretches (start, end pairs in order) of blanks and line break between two lines'
   * words, each to be read as one space; or null.
   */
  joins(text: string): number[] | null {
    const open = this.open;
    if (!open || open.length < 6 || open.length / 3 < this.full / 2) return null;
    // Each break, its stretch's start written -start - 1 for one before a capital (with how far that line would have reached).
    const breaks: number[] = [];
    const reach: number[] = [];
    for (let i = 0; i < open.length; i += 3) {
      const nl = open[i + 1]!;
      let next = nl + 1;
      while (isBlank(text.charCodeAt(next))) next++;
      if (next >= text.length || isBreak(text.charCodeAt(next)) || opensItem(text, next) || !goesOnAsProse(text, next)) continue;
      const c = text.charCodeAt(next);
      if (isLowerOrDigit(c) || c === 0x28) {
        breaks.push(open[i]!, next);
      } else {
        let wordEnd = next;
        while (wordEnd < text.length && !isBlank(text.charCodeAt(wordEnd)) && !isBreak(text.charCodeAt(wordEnd))) wordEnd++;
        breaks.push(-open[i]! - 1, next);
        reach.push(open[i + 2]! + 1 + wordEnd - next);
      }
    }
    const count = breaks.length / 2;
    if (count < 2 || count * 2 < this.full) return null;
    // Breaks before capitals only (a list of titles, a line each) are no wrapped prose: in that, most lines go on in lower case.
    const width = reach.length > 0 && (count - reach.length) * 2 >= count ? widthOf(text) : Infinity;
    const out: number[] = [];
    let upper = 0;
    for (let i = 0; i < breaks.length; i += 2) {
      const start = breaks[i]!;
      if (start < 0 && reach[upper++]! < width * FITS) continue;
      out.push(start < 0 ? -start - 1 : start, breaks[i + 1]!);
    }
    return out.length > 0 ? out : null;
  }
}

/** Lines of a PDF are as wide on the page, not in characters: a line that would have taken the next word is this near the width. */
const FITS = 0.9;

/** The width a text was wrapped at: the length of its longer full lines (the 90th percentile, past a stray long one). */
function widthOf(text: string): number {
  const lengths: number[] = [];
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); ; lineStart = nl + 1, nl = text.indexOf('\n', nl + 1)) {
    const end = nl < 0 ? text.length : nl;
    let last = end - 1;
    while (last >= lineStart && isBlank(text.charCodeAt(last))) last--;
    if (last - lineStart + 1 >= FULL_LINE) lengths.push(last - lineStart + 1);
    if (nl < 0) break;
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)] ?? Infinity;
}

/** A list item's mark at `at`, a table's rule or a quote's marker: "• ", "- ", "1. ", "12) ", "a. ", "> ", "| ". */
export function opensItem(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 0x2a || c === 0x3e || c === 0x7c || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2212) return true;
  let end = at;
  if (c >= 0x61 && c <= 0x7a) end++;
  else while (end < at + 3 && isDigit(text.charCodeAt(end))) end++;
  if (end === at) return false;
  const mark = text.charCodeAt(end);
  return (mark === 0x2e || mark === 0x29) && isBlank(text.charCodeAt(end + 1));
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
