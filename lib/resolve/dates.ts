/** Dates in running text ("21 oktober 2025", an English text's "August 27, 2025") as ISO strings. */

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  september: 9, oktober: 10, november: 11, december: 12,
};

const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};
/** The months as the patterns below write them: Dutch in lower case, English with its capital. */
const NL = Object.keys(MONTHS).join('|');
const EN = Object.keys(ENGLISH_MONTHS).map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join('|');
const YEAR = '(?:19|20)\\d\\d';

/**
 * A day and month written without a year ("op woensdag 27 augustus", "on Wednesday 27 August", "on August 27"), as
 * "MM-DD": news writes the year only where it is not this one. Null when there is none (or only dates with a year).
 */
export function findDayMonth(text: string): string | null {
  for (const m of text.matchAll(DAY_MONTH)) {
    // A deadline or a date something takes effect ("per 1 juli", "uiterlijk 1 maart", "by 1 January") is no day the
    // motion was made or voted on.
    if (DEADLINE_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index))) continue;
    const day = Number(m[1] ?? m[4]);
    const month = MONTHS[(m[2] ?? '').toLowerCase()] ?? ENGLISH_MONTHS[(m[2] ?? m[3] ?? '').toLowerCase()];
    if (month && day >= 1 && day <= 31) return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
const DEADLINE_BEFORE = /(?:^|[^\p{L}])(?:per|voor|vóór|na|uiterlijk|vanaf|tot|ingang van|before|by|from|until|after)[ \u00a0]+$/iu;
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})[ \u00a0]+(${NL}|${EN})\b(?![ \u00a0]+${YEAR})|\b(${EN})[ \u00a0]+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?[ \u00a0]+${YEAR})(?![:.]\d)`,
  'g',
);

const DUTCH_DATE = new RegExp(String.raw`\b(\d{1,2}) (${NL}) (${YEAR})\b`, 'gi');

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

export function toIso(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function findDutchDates(text: string, from = 0, to = text.length): FoundDate[] {
  const out: FoundDate[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(DUTCH_DATE)) {
    const iso = toIso(Number(m[1]), MONTHS[m[2]!.toLowerCase()]!, Number(m[3]));
    if (iso) out.push({ iso, start: from + m.index!, end: from + m.index! + m[0].length });
  }
  // An English text's dates ("27 August 2025", "August 27, 2025"), only where "20" or "19" starts a year after a
  // capitalised month: a Dutch text never writes them.
  if (ENGLISH_MONTH_NAME.test(slice)) {
    for (const m of slice.matchAll(ENGLISH_DATE)) {
      const iso = toIso(Number(m[1] ?? m[5]), ENGLISH_MONTHS[(m[2] ?? m[4])!.toLowerCase()]!, Number(m[3] ?? m[6]));
      if (iso) out.push({ iso, start: from + m.index!, end: from + m.index! + m[0].length });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
const ENGLISH_MONTH_NAME = new RegExp(String.raw`(?:${EN})[ \u00a0,]+(?:\d|${YEAR})`);
const ENGLISH_DATE = new RegExp(
  String.raw`\b(\d{1,2})[ \u00a0]+(${EN})[ \u00a0]+(${YEAR})\b|\b(${EN})[ \u00a0]+(\d{1,2})(?:st|nd|rd|th)?,?[ \u00a0]+(${YEAR})\b`,
  'g',
);

/**
 * The date a document is written on: "Den Haag, 21 oktober 2025", "Datum 30 januari 2025",
 * "(ontvangen 29 september 2025)"; else the latest date in its first lines. Null when none.
 */
export function documentDate(text: string): string | null {
  return textDate(text).date;
}

/**
 * The date of a text, and whether the text states it as its own (statedDate) rather than it being the
 * latest date near its start. The last text's answer is kept: every motion of a text asks for it.
 */
export function textDate(text: string): { date: string | null; stated: boolean } {
  if (text === lastText) return lastDate;
  const stated = statedDate(text);
  const date = stated ?? findDutchDates(text.slice(0, 1500)).map((d) => d.iso).sort().at(-1) ?? null;
  lastText = text;
  lastDate = { date, stated: stated !== null };
  return lastDate;
}
let lastText: string | null = null;
let lastDate: { date: string | null; stated: boolean } = { date: null, stated: false };

/**
 * The date a text says it was written ("Den Haag, 21 oktober 2025", "Datum 30 januari 2025", a motion's
 * "Voorgesteld 23 februari 2023", a news page's "Gepubliceerd op 15 mei 2023", a date on a line of its
 * own at the top, "maandag 30 maart 2020, 13:00."), or null.
 */
function statedDate(text: string): string | null {
  const labelled =
    /(?:Den Haag|'s-Gravenhage|Datum|ontvangen|Voorgesteld|Gepubliceerd(?: op)?|Geplaatst(?: op)?|Amsterdam|Utrecht|Rotterdam),?\s+(\d{1,2} \p{L}+ \d{4})/iu.exec(text.slice(0, 4000));
  if (labelled) return findDutchDates(labelled[1]!)[0]?.iso ?? null;
  const lines = [...text.slice(0, HEAD_LINES_SPAN).matchAll(DATE_LINE)];
  return lines.length === 1 ? (findDutchDates(lines[0]![1]!)[0]?.iso ?? null) : null;
}

/**
 * A date on a line of its own near the top ("Motie Ouwehand: ...\n\n23 februari 2017", a news page's
 * "Nieuws 15 mei 2023 10:32") is the text's. Only when there is one such line: an agenda's or a
 * timeline's dates are not.
 */
const HEAD_LINES_SPAN = 600;
const DATE_LINE =
  /^[ \t\u00a0]*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|nieuws(?:bericht)?|persbericht|nieuwsbrief|publicatiedatum|bijgewerkt(?: op)?)[ \t\u00a0]*[,:|·\-–]?[ \t\u00a0]*)?(\d{1,2} \p{L}+ \d{4})(?:[ \t\u00a0]*[,|·\-–]?[ \t\u00a0]*\d{1,2}[:.]\d{2}(?:[ \t\u00a0]*uur)?)?\.?[ \t\u00a0]*$/gimu;

/**
 * "In 2022 nam de Tweede Kamer de motie-Van Kent aan", "Al in maart 2021 ...": a sentence that opens with the year
 * (or the month) it tells of. The last day of that year or month, as an ISO string; null when it opens otherwise.
 */
const OPENS_WITH_YEAR = new RegExp(
  String.raw`^(?:(?:al|ook|toen|pas|nog|reeds|eind|begin|medio|halverwege)[ \u00a0]+)?in[ \u00a0]+(?:(${NL})[ \u00a0]+)?(${YEAR})(?![\d/\u2013-])`,
  'i',
);

export function openingYearEnd(sentence: string): string | null {
  const m = OPENS_WITH_YEAR.exec(sentence.trimStart());
  if (!m) return null;
  const year = Number(m[2]);
  if (!m[1]) return `${year}-12-31`;
  const month = MONTHS[m[1].toLowerCase()]!;
  return toIso(new Date(Date.UTC(year, month, 0)).getUTCDate(), month, year);
}
