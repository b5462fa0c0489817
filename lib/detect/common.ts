/** Pieces shared by the per-kind detectors. */

/** Any space a reference may contain: ordinary, non-breaking, thin, narrow no-break, tab, line break. */
export const S = '[ \\u00a0\\u2009\\u202f\\t\\r\\n]';
/** One to three such spaces (bounded so no pattern can backtrack far). */
export const SP = `${S}{1,3}`;
/**
 * A motion "with that purport", about what the text just said ("een motie met die strekking van Joost Eerdmans",
 * "een motie daarover van ...", "Een motie die daartoe oproept van PVV-leider Geert Wilders"): the resolver reads its
 * subject in the sentence before.
 */
export const THAT_PURPORT = `(?:van|met)${SP}(?:die|deze|dezelfde|gelijke)${SP}strekking|daarover|hierover|erover|(?:die${SP})?(?:daar|hier)toe(?:${SP}(?:op)?r(?:oept|iep|oepen|iepen))?|die${SP}(?:daar|hier)om${SP}(?:vraagt|vroeg|verzoekt|verzocht)`;
/** Optional spaces. */
export const SO = `${S}{0,3}`;

/**
 * Letter classes for the patterns, to write inside [...]: the letters of the Latin script up to U+024F,
 * the alphabets the names and words of these texts are written in. A \p{L} class holds every script's
 * letters and compiles to far more regex code: the motion pattern's first use took 8 ms instead of 2,
 * and a page pays that before its first mark. Beyond Latin-1 (U+0100-U+024F, "ş", "Ł") a letter counts
 * as both capital and small: classes that split that block letter by letter made matching 2.5x slower.
 * Patterns written with these need no 'u' flag, which also makes them compile smaller.
 */
export const UPPER = '\\u0041-\\u005a\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u024f';
export const LOWER = '\\u0061-\\u007a\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f';
export const LETTER = '\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';

/** The Dutch particles of a surname ("van der Plas", "ter Horst", "in 't Veld"), lower case. */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", '\u2019t', 'op']);

/** Hyphen and dashes written between numbers. */
export const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014]';

/**
 * A dossier number: "19637", "19 637" (also with a non-breaking or thin space, two spaces where a justified line
 * was stretched, or broken at a line end).
 */
export const DOSSIER = `(?:[1-3]\\d[ \\u00a0\\u2009\\u202f]{0,2}\\r?\\n?\\d{3})`;

export function dossierNumber(written: string): number {
  return Number(written.replace(/\D/g, ''));
}

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A toevoeging as written: roman numeral (budget chapter), one or two digits, or a letter. */
export function normaliseToevoeging(written: string | undefined | null): string | null {
  if (!written) return null;
  const t = written.toUpperCase();
  // Numeric toevoegingen (EU councils under 21 501) are written and recorded with two digits: "02", "20".
  if (/^\d{1,2}$/.test(t)) return t.padStart(2, '0');
  if (ROMAN.test(t) || ROMAN.test(t.replace(/[ABC]$/, '')) || /^[A-Z]$/.test(t)) return t;
  return null;
}

/** The toevoeging as the Kamer's data records it: a kingdom act's R-number in brackets ("36455-(R2188)-13"). */
export function recordedToevoeging(ref: { toevoeging: string | null; rijkswet?: string }): string | null {
  return ref.rijkswet && !ref.toevoeging ? `(${ref.rijkswet})` : ref.toevoeging;
}

/** A mention with its toevoeging as the Kamer's data records it, for lookups in the dataset. */
export function asRecorded<T extends { toevoeging: string | null; rijkswet?: string }>(ref: T): T {
  return ref.rijkswet && !ref.toevoeging ? { ...ref, toevoeging: recordedToevoeging(ref) } : ref;
}

/** "2024/25", "2024-2025", "2024 – 2025", "20242025" -> "2024-2025"; null if it is not a session year. */
export function normaliseVergaderjaar(written: string | undefined | null): string | null {
  if (!written) return null;
  const m = /(\d{4})\D{0,5}?(\d{2,4})$/.exec(written.trim());
  if (!m) return null;
  const first = Number(m[1]);
  let second = Number(m[2]);
  // "1999/00": the second year is in the next century.
  if (m[2]!.length === 2) second = Math.floor(first / 100) * 100 + second + (second < first % 100 ? 100 : 0);
  return second === first + 1 ? `${first}-${second}` : null;
}

/** Is the character before `index` one that may not touch a number we report (letter, digit, joiner)? */
export function touchesBefore(text: string, index: number, extra = ''): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  return isWordChar(c) || extra.includes(text[index - 1]!);
}

export function touchesAfter(text: string, index: number, extra = ''): boolean {
  if (index >= text.length) return false;
  const c = text.charCodeAt(index);
  return isWordChar(c) || extra.includes(text[index]!);
}

/** A letter or digit of the Latin script (as the patterns' classes): a character a number may not touch. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** Trims trailing spaces of a match so a mention never ends in whitespace. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}


/**
 * A function that gives every start of `words` in a text (literalStarts), keeping them for the last text it was asked
 * about: two detectors that look for the same words read the same text one after the other.
 */
function startsKept(words: readonly { find: string; back: number }[]): (text: string) => number[] {
  let kept = { text: '', at: [] as number[] };
  return (text) => {
    if (kept.text === text) return kept.at;
    const at: number[] = [];
    const next = literalStarts(text, words);
    for (let i = next(0); i >= 0; i = next(i + 1)) at.push(i);
    kept = { text, at };
    return at;
  };
}

/** Where a "1", "2" or "3" stands: a dossier number starts so, and a year of this or the last century ("20", "19"). */
export const digitStarts = startsKept(['1', '2', '3'].map((find) => ({ find, back: 0 })));

/** Where "moti" or "Moti" stands: a Dutch "motie" and an English "motion" both start so. */
export const motiStarts = startsKept([
  { find: 'moti', back: 0 },
  { find: 'Moti', back: 0 },
]);

/** "20" or "19" at `at`. */
const isCentury = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return (c === 0x32 && next === 0x30) || (c === 0x31 && next === 0x39);
};

/**
 * Matches of a sticky `re` that starts with a year of this or the last century and then `letter` ("2025D52678",
 * "2024Z21887"; in either case), tried where "20" or "19" stands with the letter after it and not stuck to a letter
 * or digit before it (checked after a match: a look-behind first would be tried at every character).
 */
export function yearNumbers(text: string, re: RegExp, letter: 'D' | 'Z'): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const lower = letter.toLowerCase().charCodeAt(0);
  let after = 0;
  for (const at of digitStarts(text)) {
    if (at < after || (text.charCodeAt(at + 4) | 0x20) !== lower || !isCentury(text, at)) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    after = at + Math.max(1, m[0].length);
    if (!touchesBefore(text, m.index) || afterGluedSession(text, m.index)) out.push(m);
  }
  return out;
}

/**
 * officielebekendmakingen.nl's metadata read as text runs its cells together: "Staten-Generaal2010-20112011Z03511",
 * "Staten-Generaal2020-202135806 nr. 2". Whether `at` follows such a session (its second year the first's next).
 */
const GLUED_SESSION = /((?:19|20)\d\d)-((?:19|20)\d\d)[ \u00a0]?$/;

export function afterGluedSession(text: string, at: number): boolean {
  const m = GLUED_SESSION.exec(text.slice(Math.max(0, at - 10), at));
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

/** The first position at or after `from` where a match may start, or -1. */
export type NextStart = (from: number) => number;

/**
 * Matches of a sticky `re` in order, as matchAll with 'g' would give them, tried only where `next`
 * points. A regex scanned at every character is slow where its start is a class or an alternation;
 * a cheap search for where it can start, then one sticky try there, gives the same matches. Where `re` did not match
 * goes to `misses`, in order.
 */
export function stickyMatches(text: string, next: NextStart, re: RegExp, misses?: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let at = next(0); at >= 0; ) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) out.push(m);
    else misses?.push(at);
    // Nothing here: look again from the next character (candidates may overlap, "1234567").
    at = next(m ? at + Math.max(1, m[0].length) : at + 1);
  }
  return out;
}

/**
 * Where one of the words can start: each is found by a plain string search for `find`, `back`
 * characters into it. Search for a part whose first letter is rare ("uro" for "euro", "amerstuk"
 * for "[Kk]amerstuk"): a search for a word that starts with "e" stops at every "e" of the text.
 */
export function literalStarts(text: string, words: readonly { find: string; back: number }[]): NextStart {
  const next = words.map(() => -2); // each word's next start at or after the last `from` (-1: none left)
  return (from) => {
    let best = -1;
    for (let i = 0; i < words.length; i++) {
      if (next[i] !== -1 && next[i]! < from) {
        const { find, back } = words[i]!;
        const at = text.indexOf(find, from + back);
        next[i] = at < 0 ? -1 : at - back;
      }
      if (next[i]! >= 0 && (best < 0 || next[i]! < best)) best = next[i]!;
    }
    return best;
  };
}

/** A surname as a sentence writes it on its own, one space between its words: "van  Zanten" is "Van Zanten". */
export function capitaliseSurname(surname: string): string {
  const s = surname.replace(/[\s\u00a0]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
