/**
 * Money amounts: "€ 2.815", "€ 5.000 per volwassene", "116 miljoen euro", "21, 9 miljoen euro",
 * "EUR 1,2 mld.", "€ 500 mln", "1,5 miljard euro", "duizend euro". A number without a currency next
 * to it ("2,4 miljoen vluchtelingen") is not an amount.
 */
import { SO, SP, literalStarts, stickyMatches } from './common';
import type { AmountMention } from './types';

const NUM = `(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d{1,12}(?:[.,]\\d{1,3})?|\\d{1,3},${SP}\\d(?=${SO}(?:duizend|miljoen|miljard|mln|mld|mrd)))`;
const WORD = `(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)`;
const SCALE = `(?:duizend|miljoen|miljard|biljoen|mln\\.?|mld\\.?|mrd\\.?)(?![\\p{L}])`;
const CURRENCY_AFTER = `(?:euro(?:'s)?|EUR)(?![\\p{L}])`;

// € 2.815 / EUR 1,2 mld. / € 500 mln / € 2.500,-
const PREFIXED = new RegExp(`(?:€|EUR(?![\\p{L}]))${SO}(${NUM})(?:${SO}(${SCALE}))?(?:,-{1,2}|,[\\u2013\\u2014])?`, 'gu');
// Written before "euro"/"EUR": "116 miljoen euro", "5.000 euro", "duizend euro" (matched backwards from the currency).
const BEFORE_CURRENCY = new RegExp(`(?:(?<![\\p{L}\\d.,])(${NUM})|(?<![\\p{L}])(${WORD}|duizend))(?:${SP}(${SCALE}))?${SP}$`, 'u');
const CURRENCY = /euro(?:'s)?(?![\p{L}])|EUR(?![\p{L}])/uy;
/** Where CURRENCY can start ("uro": a search for "euro" stops at every "e"). */
const CURRENCY_WORDS = [
  { find: 'uro', back: 1 },
  { find: 'EUR', back: 0 },
];

const PER = new RegExp(
  `^${SO}(?:\\(${SO})?(per${SP}(?!saldo|direct|abuis|ongeluk|definitie|omgaande)\\p{Ll}{2,24}(?:${SP}per${SP}\\p{Ll}{2,24})?(?:${SP}(?:structureel|incidenteel))?|structureel|incidenteel|eenmalig|jaarlijks)(?![\\p{L}])`,
  'u',
);

const WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11,
  twaalf: 12, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80,
  negentig: 90, honderd: 100, duizend: 1000,
};

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'duizend') return 1e3;
  if (w === 'miljoen' || w === 'mln') return 1e6;
  if (w === 'miljard' || w === 'mld' || w === 'mrd') return 1e9;
  if (w === 'biljoen') return 1e12;
  return 1;
}

/** A number as written in Dutch: "." groups thousands, "," starts decimals ("21, 9" = 21.9). */
export function parseDutchNumber(written: string, scaled: boolean): number {
  const s = written.replace(/[\s\u00a0]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  // "1.5 miljoen": a point before one or two digits and a scale word is a decimal point.
  if (/^\d+\.\d{1,2}$/.test(s) && scaled) return Number(s);
  return Number(s.replace(/\./g, ''));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function detectAmounts(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  const hasEuroSign = text.indexOf('€') >= 0;
  const hasEUR = text.indexOf('EUR') >= 0;
  if (!hasEuroSign && !hasEUR && text.indexOf('uro') < 0) return out;
  const push = (start: number, end: number, value: number) => {
    if (!Number.isFinite(value) || value <= 0) return;
    const mention: AmountMention = { kind: 'amount', start, end, text: text.slice(start, end), value: round2(value), currency: 'EUR' };
    const per = PER.exec(text.slice(end, end + 80));
    if (per) mention.per = per[1]!.replace(/[\s\u00a0]+/g, ' ');
    out.push(mention);
  };
  if (hasEuroSign || hasEUR) {
    for (const m of text.matchAll(PREFIXED)) {
      push(m.index!, m.index! + m[0].length, parseDutchNumber(m[1]!, !!m[2]) * scaleOf(m[2]));
    }
  }
  for (const c of stickyMatches(text, literalStarts(text, CURRENCY_WORDS), CURRENCY)) {
    const at = c.index!;
    const from = Math.max(0, at - 48);
    const m = BEFORE_CURRENCY.exec(text.slice(from, at));
    if (!m) continue;
    const start = from + m.index!;
    const value = m[1] !== undefined ? parseDutchNumber(m[1], !!m[3]) * scaleOf(m[3]) : (WORDS[m[2]!.toLowerCase()] ?? NaN) * scaleOf(m[3]);
    push(start, at + c[0].length, value);
  }
  return out.sort((a, b) => a.start - b.start);
}
