/**
 * Handelingen: "Handelingen II 2024/25, nr. 48, item 5", "Aanhangsel Handelingen, vergaderjaar
 * 2024-2025, nr. 2489", the legal notation without "nr." ("Handelingen II 2016/17, 83, item 11"), and
 * the official ids "h-tk-20242025-48-5" and "ah-tk-20242025-2489". The Eerste Kamer's ("Handelingen I",
 * "h-ek-...") are told apart: their publications are numbered on their own.
 */
import { LETTER, SO, SP, normaliseVergaderjaar } from './common';
import type { HandelingenMention } from './types';

const YEARS = `(\\d{4}${SO}[/\\u2013\\u2014-]${SO}\\d{2,4})`;
// Anchored on the word "Handelingen" (a literal the regex engine scans for fast); "Aanhangsel" before it is checked apart.
const AANHANGSEL_BEFORE = new RegExp(`(?:Aanhangsel|Aanh\\.)(?:${SP}(?:(?:van|bij)${SP}de|der))?${SP}$`);
const CHAMBER = `(II|Ii|I|TK|EK|Tweede${SP}Kamer|Eerste${SP}Kamer)(?![${LETTER}])`;
/**
 * Without "nr." the number is the sitting's only where the notation leaves no doubt: an item follows,
 * or a page ("p. 12") or the end of the citation does (older Handelingen are cited by page alone, so
 * this is read only from vergaderjaar 2010-2011 on, when the sittings' numbering with items began).
 */
const BARE_NUMBER = `(\\d{1,3})(?!\\d)`;
/**
 * What must follow a sitting's number written without "nr." and without an item (checked apart: less regex
 * code): also a line's end, as tweedekamer.nl's link to a debate's minutes ("Handelingen TK 2024-2025, 48").
 */
const BARE_END = /^[ \u00a0]{0,2}(?:[.;)\r\n]|, ?(?:p|blz|pag)\.|$)/;
/** The item written before the sitting's number: "Handelingen II 2019/20, item 50, nr. 6". */
const ITEM_FIRST = `item${SO}(\\d{1,3})(?!\\d)${SO},?${SO}[Nn]r\\.?${SO}(\\d{1,5})(?!\\d)`;
/**
 * Footnotes abbreviate it: "Aanh. Hand. II 2022/23, nr. 987", "Hand. II 2019/20, 31, item 8"; then the
 * year must be written, and "nr." or the chamber and the item.
 */
const WRITTEN = new RegExp(
  `Hand(elingen|\\.)(?:${SO},?${SO}${CHAMBER})?` +
    `(?:,?${SO}(?:vergaderjaar${SO})?${YEARS})?${SO},?${SO}(?:[Nn]rs?\\.?${SO}(\\d{1,5})(?!\\d)|${BARE_NUMBER}|${ITEM_FIRST})` +
    `(?:${SO},?${SO}item${SO}(\\d{1,3})(?!\\d))?`,
  'g',
);
const ID = new RegExp(String.raw`(?<![${LETTER}\d])(ah|h)-(tk|ek)-(\d{8})-(\d{1,5})(?:-(\d{1,3}))?(?!\d)`, 'gi');
const FIRST_SITTING_YEAR_WITH_ITEMS = 2010;

function eersteKamer(chamber: string | undefined): boolean {
  return !!chamber && (chamber === 'I' || chamber === 'EK' || chamber.startsWith('Eerste'));
}

/** "Handelingen II 2021/22, nrs. 62 en 63": the further sittings after the first, each a mention of its own. */
const MORE_NUMBER = /^[ \u00a0]*(?:,|en|t\/m)[ \u00a0]*(\d{1,5})(?!\d)/;

function moreSittings(text: string, first: HandelingenMention): HandelingenMention[] {
  const out: HandelingenMention[] = [];
  for (let end = first.end, m = MORE_NUMBER.exec(text.slice(end, end + 16)); m; m = MORE_NUMBER.exec(text.slice(end, end + 16))) {
    const start = end + m[0].length - m[1]!.length;
    end += m[0].length;
    out.push({ ...first, start, end, text: text.slice(start, end), nummer: Number(m[1]) });
  }
  return out;
}

/**
 * Whether "Handelingen" or "Hand." stands in the text, which WRITTEN starts with: one search for "Hand" (one for "and"
 * would stop at every "a" of the text).
 */
function holdsWord(text: string): boolean {
  for (let at = text.indexOf('Hand'); at >= 0; at = text.indexOf('Hand', at + 4)) {
    if (text.charCodeAt(at + 4) === 0x2e /* . */ || text.startsWith('elingen', at + 4)) return true;
  }
  return false;
}

/** Whether "-tk-" or "-ek-" stands in the text, as in an official id (written with ASCII hyphens: they are URL parts). */
function holdsId(text: string): boolean {
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if ((c === 0x74 || c === 0x65) && text.charCodeAt(at + 2) === 0x6b && text.charCodeAt(at + 3) === 0x2d) return true; // t or e, k, -
  }
  return false;
}

export function detectHandelingen(text: string): HandelingenMention[] {
  const out: HandelingenMention[] = [];
  if (holdsWord(text)) {
    for (const m of text.matchAll(WRITTEN)) {
      const [, word, chamber, years, nrWritten, bareText, itemFirst, nrAfterItem, itemAfter] = m;
      if (itemFirst !== undefined && !years) continue;
      const nrText = nrWritten ?? nrAfterItem;
      const itemText = itemFirst ?? itemAfter;
      if (word === '.' && (!years || (nrText === undefined && (!chamber || itemText === undefined)))) continue;
      if (bareText !== undefined) {
        if (!years) continue;
        const end = m.index! + m[0].length;
        if (itemText === undefined && (Number(years.slice(0, 4)) < FIRST_SITTING_YEAR_WITH_ITEMS || !BARE_END.test(text.slice(end, end + 12)))) continue;
      }
      const at = m.index!;
      const before = AANHANGSEL_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
      const start = before ? at - before[0].length : at;
      const end = at + m[0].length;
      const mention: HandelingenMention = {
        kind: 'handelingen',
        start,
        end,
        text: text.slice(start, end),
        aanhangsel: !!before,
        vergaderjaar: normaliseVergaderjaar(years),
        nummer: Number(nrText ?? bareText),
      };
      if (itemText !== undefined) mention.item = Number(itemText);
      if (eersteKamer(chamber)) mention.eersteKamer = true;
      out.push(mention);
      if (itemText === undefined && /rs\.?\s*\d+$/.test(m[0])) out.push(...moreSittings(text, mention));
    }
  }
  if (holdsId(text)) {
    for (const m of text.matchAll(ID)) {
      const start = m.index!;
      const years = m[3]!;
      const mention: HandelingenMention = {
        kind: 'handelingen',
        start,
        end: start + m[0].length,
        text: m[0],
        aanhangsel: m[1]!.toLowerCase() === 'ah',
        vergaderjaar: normaliseVergaderjaar(`${years.slice(0, 4)}-${years.slice(4)}`),
        nummer: Number(m[4]),
      };
      if (m[5] !== undefined) mention.item = Number(m[5]);
      if (m[2]!.toLowerCase() === 'ek') mention.eersteKamer = true;
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
