/**
 * Money amounts: "€ 2.815", "€ 5.000 per volwassene", "116 miljoen euro", "21, 9 miljoen euro",
 * "EUR 1,2 mld.", "€ 500 mln", "1,5 miljard euro", "duizend euro". A number without a currency next
 * to it ("2,4 miljoen vluchtelingen") is not an amount.
 */
import { LETTER, LOWER, SO, SP, literalStarts, stickyMatches } from './common';
import type { AmountMention } from './types';

const SPACE_GROUPED = `\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+(?!\\d)(?:,\\d{1,2})?`;
const NUM = `(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|${SPACE_GROUPED}|\\d{1,12}(?:[.,]\\d{1,3})?|\\d{1,3},${SP}\\d(?=${SO}(?:duizend|miljoen|miljard|mln|mld|mrd)))`;
// Dutch number words, written as one word ("vijf", "vijfentwintig", "vijfhonderd", "drieduizend"): any
// word is read, and numberWordValue() says whether it is a number; also "een half", "anderhalf", "kwart", "nul";
// a sentence may start with one ("Nul euro winstbelasting").
// English news writes "half a billion euros" and "a million euros" (only with a scale).
const WORD = `(?:[Ee]en${SP}(?:half|kwart)|[Hh]alf${SP}a|(?<![A-Za-z])[Aa](?=${SP}(?:million|billion))|[A-Za-zéë][a-zéë]{2,39})`;
/**
 * English scale words too (English news on Dutch politics: "€800bn", "€150 billion", "27 billion euros", "€500m"); with
 * one the number is read as English ("19,000 million euros"). "m", "k" ("€500k") and a headline's "B" ("Aid to €7B", Kyiv
 * Post 2025) only glued to the number: "€ 250 m²" is no million.
 */
const ENGLISH_SCALE = `(?:billion|bn|million|mn|trillion|(?<=\\d)m(?![\u00b2\u00b3\\d])|(?<=\\d)[Bb](?!\\d)|(?<=\\d)[kK](?!\\d))`;
/** French ones in Belgian texts: "66 milliards d'euros", "100 millions d'euros" (the number read as Dutch: "1,5 million d'euros"). */
const FRENCH_SCALE = 'milliards?|millions';
const SCALE = `(?:duizend|miljoen|miljard|biljoen|mln\\.?|mld\\.?|mrd\\.?|ton|${FRENCH_SCALE}|${ENGLISH_SCALE})(?![${LETTER}])`;

/** A minus between the sign and the number: "€ -5 mln", "€ –5" (a table's en dash). */
const MINUS_AFTER_SIGN = /^(?:€|EUR)[ \u00a0]*[-\u2212\u2013]\d/;

// € 2.815 / EUR 1,2 mld. / € 500 mln / € 2.500,- / a budget table's "€ -/- 5 miljoen" and "€ -5 mln" (a decrease, as "-€ 5 miljoen").
// Not a date glued to "EUR" ("Eppo Bruins EUR2024-09-02", a university's news list).
// A price table may pad the sign from its number ("€                   147,50", a club's fees).
const PREFIXED = new RegExp(`(?:€|EUR(?![${LETTER}]))(?:${SO}|[ \u00a0]{4,24}(?=\\d))(?:-\\/-${SO}|[-\u2212\u2013](?=\\d))?(${NUM})(?![\\d.,]*-\\d\\d-\\d\\d)(?:${SO}(${SCALE}))?(?:,-{1,2}|,[\\u2013\\u2014])?`, 'g');
/** The sign after the number, as Belgian and French-style price lists write it: "1050 €", "12,50 € per persoon", "400,- €". */
const SUFFIXED = new RegExp(`(?<![\\d.,${LETTER}-])(${NUM})(?:,-{1,2})?${SO}$`);
const NUMBER_NEXT = new RegExp(`^(?:${SO}|[ \u00a0]{4,24})(?:-\\/-${SO})?\\d`);
const NUMBER_BEFORE = /[\d,-][ \u00a0]*$/;
/**
 * "€ 10 à 15 miljoen", "€ 5 tot € 10 miljoen", "tussen de € 1 en € 3 miljoen": the scale written once, after the
 * second number, is the first's too. "en" (the second group) joins a range only after "tussen" or "respectievelijk".
 */
const RANGE_SCALE = new RegExp(`^${SO}(?:à|a|tot(?:${SP}en${SP}met)?|[-\\u2013\\u2014]|(en))${SO}(?:€${SO})?${NUM}${SO}(${SCALE})`);
// "respectievelijk € 6,9 en € 7,0 miljoen negatief" (a municipal budget, 2025) shares the scale as a range does.
const BETWEEN_BEFORE = /(?:^|[^A-Za-z])(?:[Tt]ussen(?:[ \u00a0]+de)?|respectievelijk)[ \u00a0]*$/;
// Written before "euro"/"EUR": "116 miljoen euro", "5.000 euro", "duizend euro" (matched backwards from the currency).
// French puts "d'" between the scale and "euros" (4).
const BEFORE_CURRENCY = new RegExp(`(?:(?<![${LETTER}\\d.,])(${NUM})|(?<![${LETTER}])(${WORD}))(?:${SP}(${SCALE})(?:${SP}(d['\u2019])|${SP})|${SP})$`);
/** English joins them into one word: "the 30-million-euro envelope". */
const ENGLISH_COMPOUND = /(?<![\d.,A-Za-z-])(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|[a-z]{3,9})-(million|billion)-$/;
// "euro", "Euro", "EUR", "EURO"; not "euro-landen", nor an engine's emission class ("een Euro2- en Euro 6-motor"). A
// footnote's number may stick to it ("39 miljard euro1 aanvullende middelen", a minister's letter).
// "19 eurocent" and "21 cent" are 0.19 and 0.21 euro; English "460 euros". "Euro 0,80 per persoon" (3): "Euro" before a
// number with cents, not an engine's emission class ("Euro 6").
const CURRENCY = new RegExp(String.raw`(?:euro|Euro(?![ -]?\d))(?:'s|s|(cent)s?)?(?![${LETTER}]|\d(?!\d?(?:[\s\u00a0.,;:)]|$))|-[${LETTER}])|EURO?(?![${LETTER}])|(?<=[\s\u00a0])(cent)s?(?![${LETTER}])|(Euro)(?=[ \u00a0]\d{1,6},\d\d(?!\d))`, 'y');
/**
 * Where CURRENCY can start ("uro": a search for "euro" stops at every "e"; "cent", whose space before it is checked
 * by CURRENCY: a search that starts with a space stops at every space).
 */
const CURRENCY_WORDS = [
  { find: 'uro', back: 1 },
  { find: 'EUR', back: 0 },
  { find: 'cent', back: 0 },
];
/**
 * The cents after whole euros: "2 euro en 13 eurocent" is 2.13, "2 euro 39 per liter" 2.39. Without "en" or a cent
 * word only two digits that end the phrase or come before "per" ("2 euro 39 per liter", "2 euro 39."), not "5 euro 20
 * procent" or "10 euro 12 mensen".
 */
const CENTS_AFTER = new RegExp(`^[ \\u00a0]+(?:en[ \\u00a0]+(\\d{1,2})[ \\u00a0]+(?:euro)?cents?(?![${LETTER}])|(\\d{2})(?:[ \\u00a0]+(?:euro)?cents?(?![${LETTER}])|(?=[ \\u00a0]+per[ \\u00a0]|[.,;:!?)]?(?:\\r?\\n|$)|[.,;:!?)](?:[ \\u00a0]|$))))`);
const VAGUE_BEFORE = /(?:^|[^\p{L}])(?:paar|enkele|aantal)[ \u00a0]+$/iu;
const IN_BEFORE = /(?:^|[^\p{L}])in[ \u00a0]$/u;
/** A table's unit ("(x € 1.000)", "bedragen x € 1 mln", "(* € 1.000)"), not an amount. */
const TABLE_UNIT_BEFORE = /(?:^|[\s(])[x×*][\s\u00a0]{0,2}$/u;

/**
 * The unit written right after one amount counts for it: "€ 60.000 (x € 1.000)" is 60 million, "€ 6 886 (x € 1 000)"
 * 6.9 million. (A
 * table's unit in its caption, "bedragen x € 1.000", is not applied to the cells: they are not read as
 * amounts unless they carry a currency themselves.)
 */
const OWN_UNIT_AFTER = /^\s{0,3}\(\s{0,3}[x×*]\s{0,3}(?:€|EUR)\s{0,3}(1[. \u00a0]?000(?:[. \u00a0]?000){0,2}|1[ \u00a0]?(?:mln|miljoen|mld|miljard|mrd)\.?|duizend|miljoen|miljard|mln\.?|mld\.?)\s{0,3}\)/;

/**
 * A figure's caption ends in its unit, then its total: "... niet-beleidsartikelen (x €1 mln.). Totaal € 12.466,6" (the
 * budget pages of rijksfinancien.nl) is 12.5 billion. Some years write that total out in full under the same caption
 * ("(bedragen x € 1 mln.) Totaal € 182.743.000,-"): a number of millions or more is taken as written.
 */
const CAPTION_UNIT_BEFORE = /\((?:bedragen[ \u00a0])?[x×*][ \u00a0]?(?:€|EUR)[ \u00a0]?1[ \u00a0]?(mln|miljoen|mld|miljard)\.?\)\.?[ \u00a0]*[Tt]otaal:?[ \u00a0]*$/;
const WRITTEN_IN_FULL = /^\d{1,3}(?:[. \u00a0]\d{3}){2,}/;
/** A page may write a total in thousands under a caption that says millions ("Totaal € 245.411", a ministry's receipts): no
 * ministry's total reaches 200 billion, so such a total is taken as written. */
const PLAUSIBLE_TOTAL = 2e11;

function ownUnit(written: string): number {
  // "1.000", "1 000" (a table's thin or plain spaces), "1.000.000".
  if (/^1[. \u00a0]000/.test(written)) return 1000 ** (written.split(/[. \u00a0]/).length - 1);
  return /mln|miljoen/.test(written) ? 1e6 : /mld|miljard|mrd/.test(written) ? 1e9 : 1000;
}

const PER = new RegExp(
  `^${SO}(?:\\(${SO})?(per${SP}(?!saldo|direct|abuis|ongeluk|definitie|omgaande)[${LOWER}]{2,24}(?:${SP}per${SP}[${LOWER}]{2,24})?(?:${SP}(?:structureel|incidenteel))?|structureel|incidenteel|eenmalig|jaarlijks)(?![${LETTER}])`,
);

const UNITS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const SMALL: Record<string, number> = {
  ...UNITS, nul: 0, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
  achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70,
  tachtig: 80, negentig: 90,
};

/** The value of a number word WORD matched: "vijfentwintig" 25, "drieduizendvijfhonderd" 3500, "anderhalf" 1.5. */
export function numberWordValue(written: string): number {
  const w = written.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^een /, '');
  if (w === 'half' || w === 'half a') return 0.5;
  if (w in ENGLISH_NUMBERS) return ENGLISH_NUMBERS[w]!;
  if (w === 'anderhalf') return 1.5;
  if (w === 'kwart') return 0.25;
  const below100 = (p: string): number => {
    if (p === '') return 0;
    if (p in SMALL) return SMALL[p]!;
    const m = /^(.+?)(?:en|ën)(.+)$/.exec(p);
    return m && m[1]! in UNITS && m[2]! in SMALL ? UNITS[m[1]!]! + SMALL[m[2]!]! : NaN;
  };
  const below1000 = (p: string): number => {
    const h = p.indexOf('honderd');
    if (h < 0) return below100(p);
    const times = h === 0 ? 1 : (UNITS[p.slice(0, h)] ?? NaN);
    return times * 100 + below100(p.slice(h + 'honderd'.length));
  };
  const belowMillion = (p: string): number => {
    const d = p.indexOf('duizend');
    if (d < 0) return below1000(p);
    return (d === 0 ? 1 : below1000(p.slice(0, d))) * 1000 + below1000(p.slice(d + 'duizend'.length));
  };
  // Written as one word with its scale: "honderdmiljoen", "tweemiljard".
  const scaled = /^(.+?)(miljoen|miljard)$/.exec(w);
  if (scaled) return belowMillion(scaled[1]!) * (scaled[2] === 'miljoen' ? 1e6 : 1e9);
  return belowMillion(w);
}

/** English number words before a scale: "two billion euros", "the thirty-million-euro envelope". */
const ENGLISH_NUMBERS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** "ton": a hundred thousand, as Dutch speaks of money ("€ 3 ton"). */
const DUTCH_SCALES: Record<string, number> = { duizend: 1e3, ton: 1e5, miljoen: 1e6, mln: 1e6, miljard: 1e9, mld: 1e9, mrd: 1e9, biljoen: 1e12 };
const ENGLISH_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, trillion: 1e12 };
const FRENCH_SCALES: Record<string, number> = { millions: 1e6, milliard: 1e9, milliards: 1e9 };

/** A scale word as written ("Mln.", "mil-\njoen") as the tables key it. */
const scaleKey = (word: string) => word.toLowerCase().replace(/\.$/, '');

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const key = scaleKey(word);
  return DUTCH_SCALES[key] ?? ENGLISH_SCALES[key] ?? FRENCH_SCALES[key] ?? 1;
}

/** A number with its scale word: English ("19,000 million", "2.5 billion") after an English one, else (and in French) Dutch. */
function parseScaled(written: string, scale: string | undefined, french = false): number {
  if (scale && !french && scaleKey(scale) in ENGLISH_SCALES) return Number(written.replace(/[\s\u00a0\u2009\u202f,]/g, '')) * scaleOf(scale);
  return parseDutchNumber(written) * scaleOf(scale);
}

/** A number as written in Dutch: "." groups thousands, "," starts decimals ("21, 9" = 21.9). */
function parseDutchNumber(written: string): number {
  const s = written.replace(/[\s\u00a0\u2009\u202f]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  // "1.5 miljoen", English "€0.79 per litre": a point before one or two digits groups no thousands, it is a decimal point.
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  return Number(s.replace(/\./g, ''));
}

/** Floating-point noise off, to a hundredth of a cent ("25,8 cent" is 0.258). */
function roundValue(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * A minus stuck to the amount, after a space or a parenthesis: "Het EMU-saldo in 2021 bedraagt -43,3 miljard euro",
 * "een negatief eigen vermogen van circa -25 miljoen euro", "ongeveer -€5,5 miljoen". Not a range's dash ("€ 1,3 -1,6
 * miljoen" starts at "€", "10 -25 miljoen euro"), nor a list's dash at a line's start or before a space ("- € 500 voor ...").
 */
function negativeAt(text: string, start: number): boolean {
  const sign = text.charCodeAt(start - 1);
  if (sign !== 0x2d && sign !== 0x2212) return false;
  const before = text.charCodeAt(start - 2);
  if (before === 0x28 || before === 0x3a) return true;
  // A space after a number is a range's ("10 -25 miljoen euro").
  return (before === 0x20 || before === 0xa0 || before === 0x09) && !/\d/.test(text.charAt(start - 3));
}

/** Each "€" with a number right before it, as a match from the number to the sign (see SUFFIXED). */
function signsAfterNumbers(text: string): { index: number; 0: string; 1: string }[] {
  const out: { index: number; 0: string; 1: string }[] = [];
  for (let at = text.indexOf('€'); at >= 0; at = text.indexOf('€', at + 1)) {
    const code = text.charCodeAt(at - 1);
    // A digit, "-" or a space just before the sign, else no number is there.
    if (!(code >= 0x30 && code <= 0x39) && code !== 0x2d && code !== 0x20 && code !== 0xa0) continue;
    const from = Math.max(0, at - 40);
    const m = SUFFIXED.exec(text.slice(from, at));
    if (m) out.push({ index: from + m.index, 0: text.slice(from + m.index, at + 1), 1: m[1]! });
  }
  return out;
}

/**
 * Adds to `out` the amount from `start` to `end` worth `value` (a table's own unit after it applied, a minus before it
 * read), unless `value` is no amount.
 */
function addAmount(out: AmountMention[], text: string, start: number, end: number, value: number, minus = false): void {
  if (!Number.isFinite(value) || value < 0) return;
  if (TABLE_UNIT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && Number.isInteger(Math.log10(value))) return;
  const unit = text.slice(end, end + 4).indexOf('(') >= 0 ? OWN_UNIT_AFTER.exec(text.slice(end, end + 32)) : null;
  if (unit) {
    value *= ownUnit(unit[1]!);
    end += unit[0].length;
  }
  if (minus) value = -value;
  else if (negativeAt(text, start)) {
    start -= 1;
    value = -value;
  }
  const mention: AmountMention = { kind: 'amount', start, end, text: text.slice(start, end), value: roundValue(value), currency: 'EUR' };
  const per = PER.exec(text.slice(end, end + 80));
  if (per) mention.per = per[1]!.replace(/[\s\u00a0]+/g, ' ');
  out.push(mention);
}

export function detectAmounts(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  const hasEuroSign = text.indexOf('€') >= 0;
  const hasEUR = text.indexOf('EUR') >= 0;
  if (!hasEuroSign && !hasEUR && text.indexOf('uro') < 0 && text.indexOf('cent') < 0) return out;
  if (hasEuroSign || hasEUR) {
    // A figure's caption ends in "Totaal": without the word no amount is looked at for one.
    const captioned = text.indexOf('otaal') >= 0;
    const prefixed = [...text.matchAll(PREFIXED)];
    const suffixed = hasEuroSign ? signsAfterNumbers(text) : [];
    // A text writes the sign one way. Where more signs stand after a number with no number after them than before a
    // number with none before them, "840 € 120 €" is 840 and 120 (a holiday home's prices), not "€ 120".
    const signLast = suffixed.filter((m) => !NUMBER_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 32))).length;
    const suffixStyle = signLast > 0 && signLast > prefixed.filter((m) => !NUMBER_BEFORE.test(text.slice(Math.max(0, m.index! - 6), m.index!))).length;
    const signsUsed = new Set<number>();
    for (const m of suffixed) {
      const end = m.index + m[0].length;
      // In a text that writes the sign first, only a sign with no number after it ("kost 25 €.").
      if (!suffixStyle && NUMBER_NEXT.test(text.slice(end, end + 32))) continue;
      signsUsed.add(end - 1);
      addAmount(out, text, m.index, end, parseScaled(m[1], undefined));
    }
    for (const m of prefixed) {
      if (signsUsed.has(m.index!)) continue;
      const end = m.index! + m[0].length;
      const range = m[2] ? null : RANGE_SCALE.exec(text.slice(end, end + 60));
      const joined = range && (!range[1] || BETWEEN_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!)));
      const scale = m[2] ?? (joined ? range[2] : undefined);
      const value = parseScaled(m[1]!, scale);
      const caption = !captioned || scale || WRITTEN_IN_FULL.test(m[1]!) ? null : CAPTION_UNIT_BEFORE.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
      const unit = caption ? ownUnit(caption[1]!) : 1;
      const size = value * unit <= PLAUSIBLE_TOTAL ? value * unit : value;
      // "€ -/- 5 miljoen": the bookkeeper's minus, a decrease; so too "€ -5 mln" and a table's "€ –5".
      addAmount(out, text, m.index!, end, size, m[0].includes('-/-') || MINUS_AFTER_SIGN.test(m[0]));
    }
  }
  let centsUntil = -1;
  for (const c of stickyMatches(text, literalStarts(text, CURRENCY_WORDS), CURRENCY)) {
    const at = c.index!;
    if (at < centsUntil) continue;
    if (c[3]) {
      const cents = /^[ \u00a0](\d{1,6},\d\d)/.exec(text.slice(at + 4, at + 16))!;
      addAmount(out, text, at, at + 4 + cents[0].length, parseScaled(cents[1]!, undefined));
      continue;
    }
    const from = Math.max(0, at - 48);
    const m = BEFORE_CURRENCY.exec(text.slice(from, at));
    if (!m) {
      const compound = text.charCodeAt(at - 1) === 0x2d ? ENGLISH_COMPOUND.exec(text.slice(from, at)) : null;
      const written = compound && /^[a-z]/.test(compound[1]!) ? numberWordValue(compound[1]!) * scaleOf(compound[2]) : null;
      if (compound && !c[1] && !c[2]) addAmount(out, text, from + compound.index, at + c[0].length, written ?? parseScaled(compound[1]!, compound[2]));
      continue;
    }
    const start = from + m.index!;
    // "half" and "kwart" are amounts only with a scale ("een half miljoen euro"); "cent" alone only after digits
    // ("ook maar één cent bezuinigen" is a way of speaking).
    if (m[2] !== undefined && ((/half|kwart/.test(m[2]) && !m[3]) || c[2])) continue;
    // An English number word only with a scale: "ten euros" is a way of speaking as often as an amount.
    if (m[2] !== undefined && !m[3] && m[2].toLowerCase() in ENGLISH_NUMBERS) continue;
    // "een paar honderd euro", "enkele duizenden euro's": no amount a reader could check.
    if (m[2] !== undefined && VAGUE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "350 miljard in 2019 euro": euros of that year's value, not 2,019 euros.
    if (m[1] !== undefined && !m[3] && /^(?:19|20)\d\d$/.test(m[1]) && IN_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // "d'" only after a French scale ("million" is English too) and before "euros".
    if (m[4] && (!/^milli/i.test(m[3]!) || c[1] || c[2])) continue;
    const value = m[1] !== undefined ? parseScaled(m[1], m[3], !!m[4]) : numberWordValue(m[2]!) * scaleOf(m[3]);
    const end = at + c[0].length;
    const cents = !c[1] && !c[2] && !m[3] && Number.isInteger(value) ? CENTS_AFTER.exec(text.slice(end, end + 32)) : null;
    if (cents) {
      centsUntil = end + cents[0].length;
      addAmount(out, text, start, centsUntil, value + Number(cents[1] ?? cents[2]) / 100);
    } else addAmount(out, text, start, end, c[1] || c[2] ? value / 100 : value);
  }
  return out.sort((a, b) => a.start - b.start);
}
