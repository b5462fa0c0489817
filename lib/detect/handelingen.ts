/**
 * Handelingen: "Handelingen II 2024/25, nr. 48, item 5", "Aanhangsel Handelingen, vergaderjaar
 * 2024-2025, nr. 2489", and the official ids "h-tk-20242025-48-5" and "ah-tk-20242025-2489".
 */
import { SO, SP, normaliseVergaderjaar } from './common';
import type { HandelingenMention } from './types';

const YEARS = `(\\d{4}${SO}[/\\u2013\\u2014-]${SO}\\d{2,4})`;
// Anchored on the word "Handelingen" (a literal the regex engine scans for fast); "Aanhangsel" before it is checked apart.
const AANHANGSEL_BEFORE = new RegExp(`Aanhangsel(?:${SP}(?:van|bij)${SP}de)?${SP}$`);
const CHAMBER = `(?:II|I|TK|EK|Tweede${SP}Kamer|Eerste${SP}Kamer)(?![\\p{L}])`;
const WRITTEN = new RegExp(
  `Handelingen(?:${SO},?${SO}${CHAMBER})?` +
    `(?:,?${SO}(?:vergaderjaar${SO})?${YEARS})?${SO},?${SO}[Nn]r\\.?${SO}(\\d{1,5})(?!\\d)` +
    `(?:${SO},?${SO}item${SO}(\\d{1,3})(?!\\d))?`,
  'gu',
);
const ID = /(?<![\p{L}\d])(ah|h)-(?:tk|ek)-(\d{8})-(\d{1,5})(?:-(\d{1,3}))?(?!\d)/giu;

export function detectHandelingen(text: string): HandelingenMention[] {
  const out: HandelingenMention[] = [];
  // WRITTEN starts with "Handelingen" (a search for "andelingen" stops at every "a" of the text).
  if (text.indexOf('Handelingen') >= 0) {
    for (const m of text.matchAll(WRITTEN)) {
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
        vergaderjaar: normaliseVergaderjaar(m[1]),
        nummer: Number(m[2]),
      };
      if (m[3] !== undefined) mention.item = Number(m[3]);
      out.push(mention);
    }
  }
  // The official ids are written with ASCII hyphens (they are URL parts).
  if (text.indexOf('-tk-') >= 0 || text.indexOf('-ek-') >= 0) {
    for (const m of text.matchAll(ID)) {
      const start = m.index!;
      const years = m[2]!;
      const mention: HandelingenMention = {
        kind: 'handelingen',
        start,
        end: start + m[0].length,
        text: m[0],
        aanhangsel: m[1]!.toLowerCase() === 'ah',
        vergaderjaar: normaliseVergaderjaar(`${years.slice(0, 4)}-${years.slice(4)}`),
        nummer: Number(m[3]),
      };
      if (m[4] !== undefined) mention.item = Number(m[4]);
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
