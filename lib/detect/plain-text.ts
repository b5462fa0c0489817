/**
 * Characters a text may write in more than one way, read as one: its line ends, spaces and hyphens. Same length: every
 * offset stays. (Characters that take no place, a soft hyphen or a zero-width space, are left out by the fold: see
 * indent.ts.)
 */

/**
 * The rarer characters of both kinds, all beyond Latin-1: a figure space (a table's "36\u2007344"), Unicode's own
 * hyphen and the non-breaking one a word processor puts in "motie\u2011Kuik", the zero-width space and joiners, the word
 * joiner, a byte order mark. (A class of such characters is no search at all in a text of Latin-1 alone: one test tells
 * detect() whether to look for them.)
 */
export const RARE_CHARACTERS = /[\u2007\u2010\u2011\u200b-\u200d\u2060\ufeff]/;

const OTHER_SPACE_OR_HYPHEN = /[\u2007\u2010\u2011]/g;

/**
 * The text with its line breaks written as "\n" alone ("\r\n", a Windows text's, becomes " \n"; a lone "\r", an old
 * Mac's, "\n") and, when it has RARE_CHARACTERS, with " " for a figure space and "-" for the other hyphens. Every reader of lines and words then
 * sees one kind of each.
 */
export function plainText(text: string, rare = RARE_CHARACTERS.test(text)): string {
  // A text's first line break tells its kind (no second search through a text of "\n" breaks).
  const nl = text.indexOf('\n');
  const crlf = nl >= 0 ? text.charCodeAt(nl - 1) === 0x0d : text.indexOf('\r') >= 0;
  const out = crlf ? text.replace(/\r\n?/g, (end) => (end.length === 2 ? ' \n' : '\n')) : text;
  return rare ? out.replace(OTHER_SPACE_OR_HYPHEN, (c) => (c === '\u2007' ? ' ' : '-')) : out;
}
