/**
 * Kamerstuk references: "Kamerstuk 19 637, nr. 3435", "Kamerstukken II 2024/25, 36600-XX, nr. 11",
 * "Tweede Kamer, vergaderjaar 2025–2026, 36 871, nr. 67", "32317-983", "21501-20-2146",
 * "kst-36600-VI-12", "36 600 VI, nr. 12", "(19637, nr. 2289)", "nr. 186 (32637)", "nrs. 1 t/m 3".
 */
import { DASH, DOSSIER, LETTER, SO, SP, afterGluedSession, digitStarts, dossierNumber, literalStarts, normaliseToevoeging, recordedToevoeging, stickyMatches, touchesBefore, trimEnd, type NextStart } from './common';
import { kamerstukKey as dataKey } from '../data/keys';
import type { KamerstukMention } from './types';
import { firstSentenceEnd, sentenceStart } from './sentence';

// Budget chapters (roman, also "IIA", "IIIB"), EU councils' numbers under 21 501, a letter.
const TOEV_LETTERS = '(?:[IVX]{1,5}[ABC]?|[A-Z])';
const TOEV = `(?:${TOEV_LETTERS}|\\d{1,2})(?![${LETTER}\\d])`;
/** A vergaderjaar, or a dossier's span of them in a legal citation ("1993/94-1996/97"). */
const YEARS = `\\d{4}(?:${SO}[/\\u2013\\u2014-]${SO}\\d{2,4}(?:[\\u2013-]\\d{4}\\/\\d{2})?)?`;
// English "no." too ("House of Representatives, 2018-2019 session year, 21 501-20, no. 1471"), only with its point. A comma
// for the point is a slip a footnote has ("Kamerstukken II 2020-2021, 31 066, nr, 772", a budget's notes).
const NR = `(?:stuk${SP})?([Nn]rs?|[Nn]o(?=\\.))(?:\\.|,(?=[ \u00a0]\\d))?${SO}(\\d{1,5})(?!\\d)`;
const MONTH = '(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*';
/**
 * After "nrs.": "1 t/m 3", "958 en 960", "12, 13 en 14". Never the start of the next reference in a list
 * ("nr. 8 en 32 824, nr. 432", "nr. 16 en 36760, nr. 2") nor the day of a date.
 */
const NR_TAIL_ITEM = `\\d{1,4}(?!\\d)(?![ \\u00a0]?\\d{3}(?!\\d)|[ \\u00a0]*,?[ \\u00a0]*[Nn]rs?\\.|[ \\u00a0]*${DASH}[ \\u00a0]*[\\dIVX]|[ \\u00a0]+${MONTH})`;
const NR_TAIL = `((?:${SO}(?:t/m|tot en met|,|en|&|\\u2013|-)${SO}${NR_TAIL_ITEM})+)?`;
/** A kingdom act's number after its dossier ("34 158 (R2048)", "34158-(R2048)-13"): its toevoeging, "(R2048)". */
const RIJKSWET = `(?:${SO}${DASH}?${SO}\\(R${SO}\\d{3,4}\\))?`;
const RIJKSWET_NUMBER = /\(R\s?(\d{3,4})\)/;
/** What follows a dossier's own R-number: another dossier's (" en 35 688 (R2151)") is not the first's. */
const RIJKSWET_LATER = /[ \u00a0]*(?:\ben|\/|,)[ \u00a0].*$/s;
/** A comma before the toevoeging only where the number follows it: "(32123, VIII, nr. 24)" (a bare "(36578, C)" is a letter). */
const COMMA_BEFORE_NUMBERED_TOEV = `,[ \u00a0]?(?=${TOEV_LETTERS},[ \u00a0]?[Nn]rs?\\.)`;
const toevAfter = (dossier: string) => `(${dossier})${RIJKSWET}(?:(?:${SO}${DASH}${SO}|${SP}|${COMMA_BEFORE_NUMBERED_TOEV})(${TOEV}))?`;
const DOSSIER_TOEV = toevAfter(DOSSIER);
/**
 * The Eerste Kamer writes a dossier with a thousands point ("Kamerstukken 34.295", "... provinciefonds
 * (34.568)"); only where the word Kamerstuk or a bill's title says so, never bare ("34.295 inwoners").
 */
/** The Eerste Kamer's pointed dossier: "34.295". */
const POINTED = '[1-3]\\d\\.\\d{3}';
const DOSSIER_OR_POINTED = `(?:${DOSSIER}|${POINTED}(?!\\d))`;
/** Spaces with at most one line break: a number never comes after a blank line ("ID: 35394-48\n\nNr. 48 BRIEF ..."). */
const SL = '[ \\u00a0\\u2009\\u202f\\t]{0,3}(?:\\r?\\n[ \\u00a0\\u2009\\u202f\\t]{0,3})?';
const NUMBERED = `(?:${SL},)?${SL}${NR}${NR_TAIL}|${SO}${DASH}${SO}(\\d{1,5})(?![\\d${LETTER}]|[.,]\\d|${DASH}\\d)`;
/**
 * A document filed in two dossiers: "Kamerstukken 32 824 en 29 279, nr. 148", "34 682/35 334, nr. 143", "Kamerstukken
 * 21 501-08 en 21 501-33, nr. 908",
 * or in two chapters of one: "36 410 B en C, nr. 5" (the municipalities' and provinces' funds). Its
 * number is the first's (kst-32824-148, kst-36410-B-5); the second is read over.
 */
const alsoIn = (separators: string, repeat: '' | '+') =>
  `(?:(?:${SO}(?:${separators})${SO}(?:${DOSSIER}(?:(?:${SO}${DASH}${SO}|${SP})${TOEV_LETTERS}(?![${LETTER}\\d])|${SO}${DASH}${SO}\\d{2}(?!\\d))?(?:${SO}\\(R${SO}\\d{3,4}\\))?|${TOEV_LETTERS}(?![${LETTER}\\d])))${repeat}(?=${SO},?${SO}(?:stuk${SP})?[Nn]rs?\\.))?`;
const ALSO_IN = alsoIn('en|/', '');
/**
 * After "Kamerstuk" a comma joins them too ("Kamerstuk 31728, 30914, nr. 5"), and more than two may share the
 * number ("Kamerstukken 27 529, 35 824 en 32 761, nr. 288"); bare, that could be a list.
 */
const ALSO_IN_PREFIXED = alsoIn('en|/|,', '+');
/**
 * After "Kamerstuk": the dossier, and the number when written. The dossier is never cut short of a digit ("Kamerstuk
 * 36 6235, nr. 1", a typo, is no dossier 36623).
 */
const CORE = `${toevAfter(`${DOSSIER_OR_POINTED}(?!\\d)`)}${ALSO_IN_PREFIXED}(?:${NUMBERED})?`;
/** Without the word "Kamerstuk" a reference needs its number ("19637, nr. 3435", "32317-983"). */
const CORE_NUMBERED = `${DOSSIER_TOEV}${ALSO_IN}(?:${NUMBERED})`;

/**
 * Before the number: a comma or a colon (a party's page: "Kamerstuk:    31 753"), spaces, or a line break with any
 * indent (a table cell's "(Kamerstuk\n        36 672)"); not a
 * blank line (checked after the match). One class in a loop: an alternation here doubled the pattern's code.
 */
const TO_NUMBER = `[ \\t\\u00a0\\u2009\\u202f\\r\\n]*`;
const BLANK_LINE = /\n[ \t\u00a0\u2009\u202f]*\r?\n/;
const PREFIX =
  `(?:(?:[Kk]amerstuk(?:ken|dossier)?|(?<![${LETTER}])Kst\\.?)(?:${SP}(?:II|I)(?![${LETTER}]))?|(?<![${LETTER}])KS(?=${SP}\\d)|Tweede${SP}Kamer(?=,?${SO}(?:vergaderjaar|\\d{4})))` +
  `(?:,?${SO}(?:vergaderjaar${SO})?${YEARS})?${SO}[,:]?${TO_NUMBER}`;

const PREFIXED = new RegExp(PREFIX + CORE, 'y');
const BARE = new RegExp(CORE_NUMBERED, 'y');
/**
 * Where a bare reference can start (its dossier number): at a "1", "2" or "3" (found by string searches,
 * faster than a regex scanning every character for a digit) where this simple pattern matches. BARE
 * is then tried (sticky) only there: the same matches as BARE with 'g'.
 */
const DOSSIER_AT = new RegExp(DOSSIER, 'y');

const isDigit = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
};

/** "34.300" at `at` (a "1", "2" or "3" first): a pointed dossier, read only with its number (pointedNumberedAt). */
function pointedAt(text: string, at: number): boolean {
  return isDigit(text, at + 1) && text.charCodeAt(at + 2) === 0x2e && isDigit(text, at + 3) && isDigit(text, at + 4) && isDigit(text, at + 5) && !isDigit(text, at + 6);
}

function dossierStarts(text: string): NextStart {
  const digits = digitStarts(text);
  let i = 0;
  return (from) => {
    for (; i < digits.length; i++) {
      const at = digits[i]!;
      // Both readings have a second digit: a lone "2" (a page number, "2 juni") is no regex try.
      if (at < from || !isDigit(text, at + 1)) continue;
      DOSSIER_AT.lastIndex = at;
      if (DOSSIER_AT.test(text) || pointedAt(text, at)) return at;
    }
    return -1;
  };
}

/**
 * Where "Kamerstuk(ken)", "Kamerstukdossier", its abbreviations ("Kst. II 2014/15, 33 348, nr. 5", a party's
 * "(KS 33348)") or "Tweede (Kamer)" can start (a regex alternation of them scanned every character). Each word
 * searched is a scan of the whole text: "wetsvoorstel 27551" and "dossier 33826" are found from the number
 * instead (wholeAfterWordAt).
 */
const PREFIX_WORDS = [
  { find: 'merstuk', back: 2 },
  { find: 'Tweede', back: 0 },
  { find: 'Kst', back: 0 },
  { find: 'KS', back: 0 },
];

/**
 * BARE's matches in order, as text.matchAll(/BARE/g) would give them; where a dossier-like number is not
 * one, its position goes to `misses`.
 */
const bareMatches = (text: string, misses: number[]) => stickyMatches(text, dossierStarts(text), BARE, misses);

/**
 * A publication's identifier with its parts run together: "KST35925IIA2" (eumonitor.eu's metadata) is
 * kst-35925-IIA-2, and "Nummer KST30175452" (the Parlementaire Monitor's) kst-30175-452. Such pages also number
 * older documents so ("KST1145521", "KST22458"): without a toevoeging only a dossier of the last decades
 * (20000-39999) with a number of two digits or more is read; "KST362841" could be split more than one way.
 */
const GLUED_ID = /(\d{5})([IVXLC]{1,6}[A-C]?|[A-Z])(\d{1,4})(?![\dA-Za-z])|([23]\d{4})()(\d{2,4})(?![\dA-Za-z])/y;

function gluedIdAt(text: string, at: number): KamerstukMention | null {
  const t = text.charCodeAt(at - 1);
  if ((t !== 0x54 && t !== 0x74) || at < 3 || text.slice(at - 3, at).toUpperCase() !== 'KST' || touchesBefore(text, at - 3)) return null;
  GLUED_ID.lastIndex = at;
  const m = GLUED_ID.exec(text);
  const [dossier, toevoeging, nr] = m ? (m[1] ? [m[1], m[2], m[3]] : [m[4], undefined, m[6]]) : [];
  // Dossier 21 501's toevoegingen are numbers too: "KST21501202146" could be split more than one way.
  if (!m || Number(dossier) === NUMERIC_TOEVOEGING_DOSSIER || (!toevoeging && text.slice(at - 3, at) !== 'KST')) return null;
  const ref = dossierRef(dossier!, toevoeging);
  return ref ? { ...ref, start: at - 3, end: at + m[0].length, ondernummer: Number(nr) } : null;
}

/**
 * "toegevoegd aan wetsvoorstel 27551" (of old "Wetsontwerp 16905"), "dossier 33826" (the Parlementaire Documentatie
 * Centrum's pages), a page's "Dossier: 33664", "Kamerstuknr. 29338" or "(Kamerstuknummer 33 121)": a whole dossier.
 */
const WORD_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:((?:[Ww]ets(?:voorstel(?:len)?|ontwerp(?:en)?)|[Dd]ossier:?|Kamerstuk(?:nr\\.|nummer:?)|[Kk]amernummer:?)[ \u00a0]+)|[Dd]ossier(?:[1-3]\\d{4}(?:-${TOEV_LETTERS})?)*)$`);
const WHOLE_AT = new RegExp(`${DOSSIER_TOEV}(?![\\d${LETTER}]|${SO}${DASH}${SO}\\d|${SO},?${SO}(?:stuk${SP})?[Nn]rs?\\.)`, 'y');
/**
 * tweedekamer.nl's "Toon alle stukken over dossier36600-VIII36600-VIIIToon alle items" (link texts without a space
 * between them, as a page's text gives them): a dossier glued to the word, to the next dossier or to a capitalised word.
 */
const GLUED_AFTER_WORD = new RegExp(`([1-3]\\d{4})(?:-(${TOEV_LETTERS}))?(?=\\d|[A-Z][a-z]|[^A-Za-z\\d]|$)`, 'y');

function gluedAfterWord(text: string, at: number): KamerstukMention | null {
  GLUED_AFTER_WORD.lastIndex = at;
  const m = GLUED_AFTER_WORD.exec(text);
  const ref = m && dossierRef(m[1]!, m[2]);
  return ref && { ...ref, start: at, end: at + m[0].length, ondernummer: null };
}

/**
 * A budget chapter needs no word before it: a dossier with a Roman chapter after a dash, or the Eerste Kamer's pointed
 * dossier with one after a space, is nothing else ("dossiernummers zoals 33400-IX, 33400-IIA en 33400-IIB", "36.410
 * XIII", explainers of the numbering). A letter alone ("33400-A") may be anything and still wants a word.
 */
// After a pointed dossier a chapter of one letter may be a unit ("34.500 V" volt): two letters at least.
const CHAPTER_ALONE = new RegExp(`(?:(${DOSSIER})[ \u00a0]?${DASH}[ \u00a0]?(?=[IVX])|(${POINTED})[ \u00a0](?=[IVX]{2}))([IVX]{1,5}[ABC]?)(?![${LETTER}\\d]|${DASH}\\d)`, 'y');

/** An Eerste Kamer letter after the chapter ("35925-VI, letter T"): read by the letters' own pass. */
const LETTER_AFTER = /^[ \u00a0]*,[ \u00a0]*(?:letters?[ \u00a0]+)?[A-Z]{1,2}(?![A-Za-z])/;

/** Or a line of its own, a list's item: "- 36725 VIII", "1. 36410 VIII" (a committee's notes and decisions). */
const CHAPTER_LINE = new RegExp(`(${DOSSIER})[ \u00a0]([IVX]{1,5}[ABC]?)[ \t\u00a0]*(?=\\r?\\n|$)`, 'y');
const ITEM_START_BEFORE = /(?:^|\n)[ \t\u00a0]*(?:[-\u2013\u2022*]|\d{1,2}[.)])?[ \t\u00a0]*$/;

function chapterAloneAt(text: string, at: number): KamerstukMention | null {
  CHAPTER_LINE.lastIndex = at;
  const line = ITEM_START_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ? CHAPTER_LINE.exec(text) : null;
  const lineRef = line && dossierRef(line[1]!, line[2]);
  if (lineRef) return { ...lineRef, start: at, end: trimEnd(text, at, at + line![0].length), ondernummer: null };
  CHAPTER_ALONE.lastIndex = at;
  const m = CHAPTER_ALONE.exec(text);
  if (m && LETTER_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 16))) return null;
  const ref = m && dossierRef((m[1] ?? m[2])!, m[3]);
  return ref && { ...ref, start: at, end: at + m[0].length, ondernummer: null };
}

function wholeAfterWordAt(text: string, at: number): KamerstukMention | null {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!word) return null;
  if (word[1] === undefined) return gluedAfterWord(text, at);
  WHOLE_AT.lastIndex = at;
  const m = WHOLE_AT.exec(text);
  const k = m ? fromMatch(text, m, 0, true)[0] : undefined;
  if (!k) return null;
  k.start = at - word[1].length;
  return k;
}
/**
 * A dossier of before 1977 has four digits or fewer: "Kamerstukken II 1962/63, 5380, nr. 19" (tax law cites the
 * parliamentary history of its acts so). Read only with the word and a vergaderjaar of those years.
 */
// Plain spaces only (a rare notation: the shared space classes would make its compiled code several times larger).
const OLD_DOSSIER = /amerstuk(?:ken)?(?:[ \u00a0]I{1,2}(?![A-Za-z]))?,?[ \u00a0](?:vergaderjaar[ \u00a0])?19[4-7]\d[/\u2013-]\d{2,4},[ \u00a0]([1-9]\d{2,3})(?!\d|[.,]\d)(?:,[ \u00a0](?:stuk[ \u00a0])?[Nn]r\.?[ \u00a0]?(\d{1,5})(?!\d))?/y;

/** Whether the first digit after `from` (within 30 characters) starts a year 1940-1979: a cheap test before the regex. */
function oldYearAfter(text: string, from: number): boolean {
  for (let i = from; i < from + 30 && i < text.length; i++) {
    if (!isDigit(text, i)) continue;
    const third = text.charCodeAt(i + 2);
    return text.charCodeAt(i) === 0x31 && text.charCodeAt(i + 1) === 0x39 && third >= 0x34 && third <= 0x37;
  }
  return false;
}

/** The old dossiers after the words "Kamerstuk(ken)" at `starts` (where the prefix words read as no reference). */
function oldDossiers(text: string, starts: number[]): KamerstukMention[] {
  const out: KamerstukMention[] = [];
  for (const at of starts) {
    const c = text.charCodeAt(at);
    if ((c !== 0x4b && c !== 0x6b) || !text.startsWith('amerstuk', at + 1) || !oldYearAfter(text, at + 9)) continue; // K, k
    OLD_DOSSIER.lastIndex = at + 1;
    const m = OLD_DOSSIER.exec(text);
    if (m) out.push({ kind: 'kamerstuk', text: '', dossier: Number(m[1]), toevoeging: null, start: at, end: at + 1 + m[0].length, ondernummer: m[2] ? Number(m[2]) : null });
  }
  return out;
}

/**
 * The Eerste Kamer's pointed dossier with its number, bare: "amendementen 34.300 B, nr. 9 / 34.300 VII, nr. 19". Only
 * with "nr." written: a pointed number alone is a count or an amount ("34.300 inwoners").
 */
const POINTED_NUMBERED = new RegExp(`(${POINTED})(?:(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0])(${TOEV_LETTERS}|\\d{1,2})(?![A-Za-z\\d]))?[ \u00a0]?,?[ \u00a0]?[Nn]r\\.[ \u00a0]?(\\d{1,5})(?!\\d|[.,]\\d)`, 'y');

function pointedNumberedAt(text: string, at: number): KamerstukMention | null {
  if ((at > 0 && /[\d.,€$]/.test(text[at - 1]!)) || /€[ \u00a0]?$/.test(text.slice(Math.max(0, at - 2), at))) return null;
  POINTED_NUMBERED.lastIndex = at;
  const m = POINTED_NUMBERED.exec(text);
  const ref = m && dossierRef(m[1]!, m[2]);
  return ref ? { ...ref, start: at, end: at + m[0].length, ondernummer: Number(m[3]) } : null;
}

/**
 * The last bill of "de wetsvoorstellen 36274, Tijdelijke regels ... (Tijdelijke wet Klimaatfonds), en 36410-XIII,
 * Vaststelling van de begrotingsstaten ..." (the Eerste Kamer's Handelingen): a whole dossier after ", en", then its title.
 */
const LAST_BILL = new RegExp(`,[ \u00a0]+en[ \u00a0]+((${DOSSIER})(?:[ \u00a0]?-[ \u00a0]?(${TOEV}))?),[ \u00a0]+(?=[A-Z])`);

function lastBillOfList(text: string, from: number): KamerstukMention | null {
  const limit = Math.min(text.length, from + 600);
  const end = firstSentenceEnd(text, from, limit);
  const m = LAST_BILL.exec(text.slice(from, end < 0 ? limit : end));
  const ref = m && dossierRef(m[2]!, m[3]);
  if (!ref) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { ...ref, start, end: start + m[1]!.length, ondernummer: null };
}

/**
 * A whole dossier in parentheses right after its title: "Wet ... in vreemdelingenzaken (35749)", "Begroting
 * Asiel en Migratie (36800-XX)", "... voor het jaar 2021 ( 35570-VI )". Only after a word, and only where the sentence
 * so far names a bill, a budget or a note, a report, a committee or a debate, or a letter "inzake" something (TITLE_WORD; in English texts on the Kamers an
 * "Act", a "bill" or a "Memorandum"), so a number in parentheses elsewhere ("prijs (25000)") is left alone.
 */
const TITLE_WORD =
  /(?:wet\b|wetboek|begroting|voorstel|voordracht|herindeling|nota\b|verslag|wijziging|verdrag|jaarverslag|invoering|vereenvoudiging|goedkeuring|herziening|intrekking|implementatie|toezegging|kamerstuk|raming|vaststelling|slotwet|suppletoire|formatie|inzake|rapport|commissie|debat\b|\bact\b|\bbill\b|memorandum)/i;
/** Between a dossier and its toevoeging in parentheses: a dash, a space, or nothing before a capital ("(33000IV)"). */
const TOEV_SEPARATOR = `(?:${SO}${DASH}${SO}|${SP}|(?=[A-Z]))`;
/** A dossier and its toevoeging, with or without capturing groups. */
const wholeItem = (capture: boolean) => {
  const [open, close] = capture ? ['(', ')'] : ['(?:', ')'];
  return `${open}${DOSSIER_OR_POINTED}${close}(?:${TOEV_SEPARATOR}${open}${TOEV}${close})?`;
};
const WHOLE_ITEM = wholeItem(true);
const WHOLE_ITEMS = new RegExp(WHOLE_ITEM, 'g');
// A title may end in its closing quote ("Adviesrapport ‘Burgerschapsonderwijs in een veranderende samenleving’ (35.920)").
// Its parenthesis may open the next line ("(Wet differentiatie vliegbelasting)\n(36815);", a debate's agenda).
const TITLE_END = new RegExp(String.raw`[${LETTER}\d)'\u2019"\u201d\u00bb][ \u00a0]{0,2}(?:\r?\n[ \u00a0]{0,2})?$`);
/** A mention's key in the dataset's format (lib/data/keys), with a kingdom act's R-number where the data has it. */
export function kamerstukKey(ref: { dossier: number; toevoeging: string | null; ondernummer: number | null; rijkswet?: string }): string {
  return dataKey(ref.dossier, recordedToevoeging(ref), ref.ondernummer);
}

/** The one dossier whose toevoegingen are numbers (21 501-02 Raad Algemene Zaken, 21 501-20 Europese Raad...). */
const NUMERIC_TOEVOEGING_DOSSIER = 21501;

const ENDS_IN_DASH = new RegExp(`${DASH}[\\s\\u00a0]*$`);

/** The dossier and its toevoeging as written, or null when the toevoeging is none ("36600-Q"). */
function dossierRef(dossierText: string, toevText: string | undefined): { kind: 'kamerstuk'; text: ''; dossier: number; toevoeging: string | null } | null {
  const toevoeging = normaliseToevoeging(toevText);
  if (toevText && !toevoeging) return null;
  return { kind: 'kamerstuk', text: '', dossier: dossierNumber(dossierText), toevoeging };
}

/**
 * What a parenthesis holds, read once at its "(": a dossier with its toevoeging, then a kingdom act's
 * number ("(32017, R1884)", "(33514 (R1998))"), the Eerste Kamer's letters ("(35.300, C)", "(EK 35.788, V)", "(36578, letters
 * D en E)") or more whole dossiers ("(33400-VI en 33400-XVI)", "(33.610 / 33.847)"); before the dossier a
 * document's number ("(nr. 28, 33000-IV)"), the word Kamerstuk ("nr. 54 (Kamerstuk 32 201)") or the chamber ("(TK 36714)").
 */
const PARENTHESIS = new RegExp(
  `${SO}(Kamerstuk${SP})?([ET]K,?[ \u00a0]+)?(?:([Nn]r\\.)${SO}(\\d{1,5})${SO},${SO})?(${DOSSIER_OR_POINTED})(?:${TOEV_SEPARATOR}(${TOEV}))?` +
    `(?:[ \u00a0]*,[ \u00a0]*(?:R[ \u00a0]?(\\d{3,4})|(?:letters?[ \u00a0]+)?([A-Z]{1,2})(?:[ \u00a0]+en[ \u00a0]+([A-Z]{1,2}))?(?:[ \u00a0]+herdruk)?)` +
    `|[ \u00a0]*(?:${DASH}[ \u00a0]*)?\\(R[ \u00a0]?(\\d{3,4})\\)|((?:[ \u00a0]*(?:,|en|\\/)[ \u00a0]*${wholeItem(false)})*))${SO}\\)`,
  'yd',
);
/** One item of the Eerste Kamer's list in a parenthesis: "EK 36 600 B, A". */
const EK_ITEM = `EK[ \u00a0]+([1-3]\\d[ \u00a0.]?\\d{3})(?:(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0])(${TOEV_LETTERS}|\\d{1,2}))?[ \u00a0]*,[ \u00a0]*(?:letter[ \u00a0]+)?([A-Z]{1,2})(?![A-Za-z\\d])`;
const EK_LIST = new RegExp(`${SO}${EK_ITEM}(?:[ \u00a0]*(?:,|;|en)[ \u00a0]*${EK_ITEM})+${SO}\\)`, 'y');
const EK_ITEMS = new RegExp(EK_ITEM, 'gd');

/** Several letters, each with its dossier, in one parenthesis: "(EK 36 600 B, A en EK 36 600 C, A)". */
function ekLetterList(text: string, open: number): KamerstukMention[] {
  EK_LIST.lastIndex = open + 1;
  const list = EK_LIST.exec(text);
  if (!list) return [];
  const out: KamerstukMention[] = [];
  for (const item of list[0].matchAll(EK_ITEMS)) {
    const ref = dossierRef(item[1]!, item[2]);
    if (!ref) return [];
    const start = list.index + item.index;
    out.push({ ...ref, start, end: start + item[0].length, ondernummer: null, letter: item[3]! });
  }
  return out;
}

/**
 * The number written before the "(" (Handelingen: "Zij krijgt nr. 186 (32637)"; an amended motion "krijgt
 * nr. 348, was nr. 347 (32317)": both numbers are of that dossier; "zijn motie op stuknummer 47 (31200-VI)").
 */
const NR_BEFORE = new RegExp(`(?:nr\\.${SO}(\\d{1,5})${SO},${SO}was${SP})?((?:nr\\.|(?<![A-Za-z])stuknummer)${SO}(\\d{1,5})${SO})$`);

/** The Kamerstukken a parenthesis at `open` names (see PARENTHESIS), or none. */
function parenthesisAt(text: string, open: number): KamerstukMention[] {
  PARENTHESIS.lastIndex = open + 1;
  const m = PARENTHESIS.exec(text);
  if (!m) return text.startsWith('EK', open + 1) ? ekLetterList(text, open) : [];
  const [, kamerstukWord, chamber, nrWord, nrFirst, dossierText, toevText, rAfterComma, letter, secondLetter, rInParentheses, more] = m;
  const ek = chamber?.startsWith('E');
  const rNumber = rAfterComma ?? rInParentheses;
  const ref = dossierRef(dossierText!, toevText);
  if (!ref) return [];
  const at = (group: number) => m.indices![group]!;
  const close = m.index + m[0].length - 1;
  if (rNumber || letter) {
    if (kamerstukWord || nrFirst || (chamber && !ek)) return [];
    const start = (ek ? at(2) : at(5))[0];
    // "(32017, R1884)"; "(33514 (R1998))" and "(36 031-(R2161))" with the act's number in parentheses of its own.
    if (rNumber) return [{ ...ref, start, end: rAfterComma ? at(7)[1] : at(10)[1] + 1, ondernummer: null, rijkswet: `R${rNumber}` }];
    if (!secondLetter) return [{ ...ref, start, end: at(8)[1], ondernummer: null, letter: letter! }];
    return [
      { ...ref, start, end: at(8)[1], ondernummer: null, letter: letter! },
      { ...ref, start: at(9)[0], end: at(9)[1], ondernummer: null, letter: secondLetter },
    ];
  }
  if (ek) return [];
  if (chamber) {
    // A bill on the Kamer's agenda: "... raming van de ontvangsten (TK 36714 )".
    const whole = kamerstukWord || nrWord || more ? [] : wholeAfterTitle(text, open, at(5)[0], close);
    return whole.map((k) => ({ ...k, start: at(2)[0] }));
  }
  if (nrWord) return kamerstukWord || more ? [] : [{ ...ref, start: at(3)[0], end: at(toevText ? 6 : 5)[1], ondernummer: Number(nrFirst) }];
  const before = NR_BEFORE.exec(text.slice(Math.max(0, open - 40), open));
  if (before) {
    // Of two dossiers ("nr. 37 (33990 en 33992)") the first's.
    const start = open - before[0].length;
    const out: KamerstukMention[] = [{ ...ref, start: open - before[2]!.length, end: close + 1, ondernummer: Number(before[3]) }];
    if (before[1]) out.unshift({ ...ref, start, end: start + before[0].indexOf(before[1]) + before[1].length, ondernummer: Number(before[1]) });
    return out;
  }
  if (kamerstukWord) return [];
  const whole = wholeAfterTitle(text, open, at(5)[0], close);
  return whole.length > 0 ? whole : chaptersOnly(text, at(5)[0], close);
}

/** A motion's name right before: its dossier ("de motie-Van Campen/Boswijk (21501–02)", "motie-Grinwis c.s. (36 410-VII)"). */
const NAME_WORD = `(?:[A-Z][^\\s()/,.;:]*|van|de|der|den|ter|te|het|en)`;
const MOTION_NAME_BEFORE = new RegExp(`\\b[Mm]otie(?:-|[ \u00a0]+)(?:${NAME_WORD}[ \u00a0/]*){1,8}(?:c\\.[ \u00a0]?s\\.[ \u00a0]*)?$`);

/** Whole dossiers in text[from, to) of a parenthesis at `open` after a title ("... vreemdelingenzaken (35749)"). */
function wholeAfterTitle(text: string, open: number, from: number, to: number): KamerstukMention[] {
  // A bill's title can be long ("Wijziging van de Wet ... voor experimenteerberoepen (34630)").
  const before = text.slice(Math.max(0, open - 800), open);
  // The title word in the same sentence ("... met een handicap (Trb. 2007, 169) ( 33990 )": no sentence ends at
  // "Trb."; nor at a blank line: a PDF's page header may stand in the middle of a long title).
  const titled = TITLE_END.test(before) && TITLE_WORD.test(before.slice(sentenceStart(before, 0, before.length, false)));
  // A motion's name is at most eight words: only the end of the text before is searched, and only with "otie" in it.
  const near = before.slice(-120);
  if (!titled && !(near.indexOf('otie') >= 0 && MOTION_NAME_BEFORE.test(near))) return [];
  return wholeItems(text, from, to);
}

/**
 * A parenthesis of budget chapters alone needs no title before it: a dossier with a Roman chapter after a dash (or the
 * Eerste Kamer's pointed dossier with one after a space) is nothing else ("de moties met de letters F en K (36350-IX,
 * 36350-XV) aanhouden", the Eerste Kamer 2023; "(36.600 XVII)").
 */
const CHAPTER = `(?:${DOSSIER}-|${POINTED}[ \u00a0-])[IVX]{1,5}[ABC]?`;
const CHAPTERS_ONLY = new RegExp(`^[ \u00a0]*${CHAPTER}(?:[ \u00a0]*(?:,|en)[ \u00a0]*${CHAPTER})*[ \u00a0]*$`);

function chaptersOnly(text: string, from: number, to: number): KamerstukMention[] {
  return CHAPTERS_ONLY.test(text.slice(from, to)) ? wholeItems(text, from, to) : [];
}

/** Each dossier (and toevoeging) between `from` and `to`, whole. */
function wholeItems(text: string, from: number, to: number): KamerstukMention[] {
  const out: KamerstukMention[] = [];
  for (const item of text.slice(from, to).matchAll(WHOLE_ITEMS)) {
    const ref = dossierRef(item[1]!, item[2]);
    if (!ref) return [];
    const start = from + item.index!;
    out.push({ ...ref, start, end: trimEnd(text, start, start + item[0].length), ondernummer: null });
  }
  return out;
}

/** Characters that, right before a bare number, mean it is part of something else (a URL, a decimal). */
const BAD_BEFORE = new RegExp(String.raw`[${LETTER}\d/.=:_#&?+-]`);
const BAD_AFTER = new RegExp(String.raw`[${LETTER}\d_/]`);

/** A hyphen that opens a list item ("-31066-503-Motie van ..."): at the line's start or after a space. */
function bulletBefore(text: string, s: number): boolean {
  return text[s - 1] === '-' && (s === 1 || /\s/.test(text[s - 2]!));
}

const SINGULAR_LIST = /^(?:[\s\u00a0]*(?:en|&|t\/m|tot en met)[\s\u00a0]*\d{1,4})+$/;

function fromMatch(text: string, m: RegExpMatchArray, base: number, prefixed: boolean): KamerstukMention[] {
  const [, dossierText, toevTextWritten, nrWordWritten, nrText, tail, dashNrTextWritten] = m;
  const dossier = dossierNumber(dossierText!);
  const nrWord = nrWordWritten?.toLowerCase();
  let toevText: string | undefined = toevTextWritten;
  let dashNrText: string | undefined = dashNrTextWritten;
  let matched = m[0];
  // "Kamerstuk 36465-2": outside dossier 21 501 one or two digits after the dash are the number. Without
  // the dash they are something else: a table of contents' page number ("Kamerstuk 33 990\n\n11").
  if (toevText && /^\d+$/.test(toevText) && dossier !== NUMERIC_TOEVOEGING_DOSSIER && nrText === undefined && dashNrText === undefined) {
    const between = m[0].slice(0, m[0].length - toevText.length);
    if (ENDS_IN_DASH.test(between)) dashNrText = toevText;
    else matched = between;
    toevText = undefined;
  }
  let toevoeging = normaliseToevoeging(toevText);
  if (toevText && !toevoeging) return [];
  // A kingdom act's R-number: kept apart from the toevoeging (see KamerstukMention.rijkswet). Only the first dossier's,
  // right after it: in "Kamerstukken 35 687 en 35 688 (R2151), nr. 14" the act is the second one.
  const rijkswet = toevText ? null : RIJKSWET_NUMBER.exec(m[0].slice(m[0].indexOf(dossierText!) + dossierText!.length).replace(RIJKSWET_LATER, ''));
  const act = rijkswet ? { rijkswet: `R${rijkswet[1]}` } : {};
  let dashNr: string | undefined = dashNrText;
  // "21 501-02" / "21501-20": a council's sub-dossier, not a number in dossier 21501; a leading zero
  // never starts an ondernummer either.
  if (!toevText && dashNr !== undefined && ((dossier === NUMERIC_TOEVOEGING_DOSSIER && dashNr.length <= 2) || dashNr.startsWith('0'))) {
    toevoeging = normaliseToevoeging(dashNr);
    dashNr = undefined;
  }
  const start = m.index!;
  let ondernummer: number | null = null;
  let end = start + matched.length;
  if (nrText !== undefined) ondernummer = Number(nrText);
  else if (dashNr !== undefined) ondernummer = Number(dashNr);
  if (ondernummer === null && !prefixed) return [];
  if (ondernummer === 0) return [];
  const out: KamerstukMention[] = [];
  const first: KamerstukMention = {
    kind: 'kamerstuk',
    start: base + start,
    end: base + trimEnd(text, start, end),
    text: '',
    dossier,
    toevoeging,
    ondernummer,
    ...act,
  };
  out.push(first);
  // "nrs. 36 en 37"; also written "nr. 36 en 37" (not "nr. 36, 37": a comma may start a page or a year).
  if (tail && (nrWord === 'nrs' || (nrWord === 'nr' && SINGULAR_LIST.test(tail)))) {
    const tailStart = end - tail.length;
    first.end = base + tailStart;
    const range = /^[\s\u00a0]*(?:t\/m|tot en met|\u2013|-)[\s\u00a0]*(\d{1,5})$/.exec(tail);
    if (range) {
      first.ondernummerTot = Number(range[1]);
      first.end = base + end;
    } else {
      for (const n of tail.matchAll(/\d{1,5}/g)) {
        const s = tailStart + n.index!;
        out.push({ kind: 'kamerstuk', start: base + s, end: base + s + n[0].length, text: n[0], dossier, toevoeging, ondernummer: Number(n[0]), ...act });
      }
    }
  }
  return out;
}

/**
 * Another number of the same dossier written right after a reference, without the dossier:
 * "26 271, nr. 6, p. 15-16; nr. 7", "36 600 VI, nr. 12 en nr. 13", an amended motion's "(30196, nr. 454, was nr. 434)".
 */
const NEXT_NUMBER = new RegExp(
  `^(?:,?${SO}(?:p|blz|pag)\\.${SO}\\d{1,4}(?:${SO}${DASH}${SO}\\d{1,4})?)?${SO}(?:;|,|en)${SO}(?:(?:en|was)${SP})?([Nn]r\\.?${SO})(\\d{1,5})(?!\\d)(?![ \\u00a0]{0,3}[(,][ \\u00a0]{0,3}\\d)`,
);

function followingNumbers(text: string, last: KamerstukMention): KamerstukMention[] {
  const out: KamerstukMention[] = [];
  for (let end = last.end, n = 0; n < 10; n++) {
    const m = NEXT_NUMBER.exec(text.slice(end, end + 60));
    if (!m) break;
    const start = end + m[0].length - m[1]!.length - m[2]!.length;
    end += m[0].length;
    out.push({ kind: 'kamerstuk', start, end, text: '', dossier: last.dossier, toevoeging: last.toevoeging, ondernummer: Number(m[2]) });
  }
  return out;
}

/**
 * The legal citation leaves out "nr.": "Kamerstukken II 2016/17, 34 516, 10", "..., 31 570, 20, p. 56".
 * Read only after a chamber or a vergaderjaar, and only where the citation visibly ends after the
 * number (punctuation, a page, a parenthesis), so "Kamerstukken II, 35 300, 35 301" stays two dossiers.
 */
const LEGAL_NUMBER = /[ \u00a0]?,[ \u00a0\n]{0,2}(\d{1,4})(?!\d)(?=[ \u00a0]{0,2}(?:[.;:)\]\n(]|, ?(?:p|pp|blz|pag|par|bijl)\.|$))/y;
const CHAMBER_OR_YEAR = new RegExp(String.raw`[Kk]amerstuk(?:ken)?[\s\u00a0]+I{1,2}(?![${LETTER}])|\d{4}`);
/** Or the singular "Kamerstuk" in parentheses, which names one document: "(Kamerstuk 22 112, 2962)" in a list of "(Kamerstuk 22 112, nr. 2961)". */
const ONE_DOCUMENT = /^[Kk]amerstuk[\s\u00a0]/;

/** An Eerste Kamer letter after a prefixed dossier: ", C", ", letter C"; the citation ends after it. */
const EK_LETTER = /[ \u00a0]?,[ \u00a0\n]{0,2}(?:letter )?([A-Z]{1,2})(?=[ \u00a0]{0,2}(?:[.;:),(\n]|$|en(?![a-z])))/y;

/**
 * The Eerste Kamer's Handelingen cite their motions by dossier and letter with no prefix: "(35788, letter D)",
 * "35925-VI, letter T", "haar motie 33709 onder de letter AH". Read only with the word "letter", from each ",
 * letter X" back to its dossier (a pattern that starts with a dossier is slow to try at every position of a text).
 */
const LETTER_WORD = new RegExp(String.raw`letters?[ \u00a0]+([A-Z]{1,2})(?![${LETTER}\d])`, 'y');
/** What stands between the dossier and "letter": ", " or " onder (de) ". */
const BEFORE_LETTER = /(?:,|[ \u00a0]onder(?:[ \u00a0]de)?)[ \u00a0]$/;
const DOSSIER_BEFORE = new RegExp(`(?<![${LETTER}\\d])(${DOSSIER})(?:${SO}${DASH}${SO}(${TOEV}))?${SO}$`);

function bareLetters(text: string): KamerstukMention[] {
  const out: KamerstukMention[] = [];
  // At each "letter" (a search that starts with a space or a comma would stop at every one of them).
  for (let word = text.indexOf('letter'); word >= 0; word = text.indexOf('letter', word + 6)) {
    LETTER_WORD.lastIndex = word;
    const m = LETTER_WORD.exec(text);
    const sep = m && BEFORE_LETTER.exec(text.slice(Math.max(0, word - 10), word));
    if (!m || !sep) continue;
    const at = word - sep[0].length;
    const from = Math.max(0, at - 24);
    const d = DOSSIER_BEFORE.exec(text.slice(from, at));
    const ref = d && dossierRef(d[1]!, d[2]);
    if (ref) out.push({ ...ref, start: from + d.index, end: word + m[0].length, ondernummer: null, letter: m[1]! });
  }
  return out;
}

/** The bare letters no other reading claimed. */
function addBareLetters(text: string, found: KamerstukMention[]): void {
  for (const k of bareLetters(text)) if (!found.some((f) => f.start < k.end && k.start < f.end)) found.push(k);
}

function ekLetter(text: string, k: KamerstukMention): KamerstukMention | null {
  if (k.ondernummer !== null) return null;
  EK_LETTER.lastIndex = k.end;
  const n = EK_LETTER.exec(text);
  return n ? { ...k, end: k.end + n[0].length, letter: n[1]! } : null;
}

function legalNumber(text: string, m: RegExpMatchArray, k: KamerstukMention): KamerstukMention | null {
  if (k.ondernummer !== null) return null;
  const cited = text.slice(m.index!, k.end);
  const chamberOrYear = CHAMBER_OR_YEAR.test(cited);
  if (!chamberOrYear && !(ONE_DOCUMENT.test(cited) && text.charCodeAt(m.index! - 1) === 0x28 /* ( */)) return null;
  LEGAL_NUMBER.lastIndex = k.end;
  const n = LEGAL_NUMBER.exec(text);
  if (!n || Number(n[1]) === 0 || (!chamberOrYear && text.charCodeAt(k.end + n[0].length) !== 0x29 /* ) */)) return null;
  return { ...k, end: k.end + n[0].length, ondernummer: Number(n[1]) };
}

/**
 * The Parlementaire Monitor's (parlement.com's publisher) metadata line lists the Kamerstukken a debate
 * is about after the label "Kenmerk": "33576;228; 33576;229" (dossier, semicolon, number), a bill's dossier alone
 * ("36342; 36369", older pages "19256, 19257, 19383, Blz. 4923 - 5002") and the Eerste Kamer's letters ("36418;K;
 * 36418;AA"). A number or letter sticks to its dossier's semicolon; items are parted by "; " or ", ". Read only
 * after that label.
 */
const KENMERK = /Kenmerk[:\s\u00a0]{1,3}(?=[1-3]\d{4}[;,])/g;
const KENMERK_ITEM = /([1-3]\d{4})(?:;(?:(\d{1,4})|([A-Z]{1,2})))?(?![\dA-Za-z])(?:[;,][ \u00a0]*)?/y;

/** An Eerste Kamer document's own line there: "Kenmerk 36600 XX, nr. G" (its letter written as a number). */
const KENMERK_LETTER = new RegExp(`Kenmerk[ \u00a0]{1,3}(([1-3]\\d{4})(?:[ \u00a0](${TOEV_LETTERS}))?,[ \u00a0]nr\\.[ \u00a0]?([A-Z]{1,2}))(?![A-Za-z\\d])`, 'g');

function kenmerkList(text: string): KamerstukMention[] {
  const out: KamerstukMention[] = [];
  for (const m of text.matchAll(KENMERK_LETTER)) {
    const ref = dossierRef(m[2]!, m[3]);
    const start = m.index! + m[0].length - m[1]!.length;
    if (ref) out.push({ ...ref, start, end: start + m[1]!.length, ondernummer: null, letter: m[4]! });
  }
  for (const k of text.matchAll(KENMERK)) {
    KENMERK_ITEM.lastIndex = k.index! + k[0].length;
    for (let m = KENMERK_ITEM.exec(text); m; m = KENMERK_ITEM.exec(text)) {
      const ref = { ...dossierRef(m[1]!, undefined)!, start: m.index, end: m.index + 5, ondernummer: null };
      const [, , nr, letter] = m;
      if (nr === undefined) out.push(letter ? { ...ref, end: ref.end + 1 + letter.length, letter } : ref);
      else if (Number(nr) > 0) out.push({ ...ref, end: ref.end + 1 + nr.length, ondernummer: Number(nr) });
    }
  }
  return out;
}

/** Whether [a, b) overlaps one of the sorted, disjoint spans. */
function overlapsSorted(spans: [number, number][], a: number, b: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < b) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && spans[last]![1] > a;
}

/**
 * Old Handelingen put a document filed in two dossiers in parentheses with a comma: "de motie-Melkert c.s.
 * (27127,27101 , nr. 71)". Bare, "A, B, nr. 71" could be a list; inside "(...)" it is one document, read
 * by its first dossier like "32 824 en 29 279, nr. 148". Where it applies: that dossier's start and number.
 */
const JOINT_BEFORE = /\([ \u00a0]*([1-3]\d[ \u00a0]?\d{3})[ \u00a0]*,[ \u00a0]*$/;
function jointFirstDossier(text: string, at: number, k: KamerstukMention): [number, number] | null {
  if (k.toevoeging !== null || !/^[ \u00a0]*\)/.test(text.slice(k.end, k.end + 4))) return null;
  const before = JOINT_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  if (!before) return null;
  return [at - before[0].length + before[0].indexOf(before[1]!), Number(before[1]!.replace(/\D/g, ''))];
}

/**
 * officielebekendmakingen.nl's metadata table read as text runs its cells together: "Tweede Kamer der
 * Staten-Generaal2020-202135806 nr. 2" (organisation, vergaderjaar, "35806 nr. 2"): the dossier right after the
 * session (afterGluedSession, as for case numbers).
 */
const GLUED_METADATA = new RegExp(
  `Staten-Generaal[ \u00a0]?(?:19|20)\\d\\d-(?:19|20)\\d\\d[ \u00a0]?(([1-3]\\d{4})(?:-(${TOEV}))?[ \u00a0]+nr\\.[ \u00a0]?(\\d{1,5}))(?!\\d)`,
  'y',
);

function gluedMetadata(text: string): KamerstukMention[] {
  const out: KamerstukMention[] = [];
  // Tried at each "Staten-Generaal" only: every motion's text names the Kamer, and a regex run over the whole text
  // tries every "S".
  for (let at = text.indexOf('Staten-Generaal'); at >= 0; at = text.indexOf('Staten-Generaal', at + 15)) {
    GLUED_METADATA.lastIndex = at;
    const m = GLUED_METADATA.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    const ref = afterGluedSession(text, start) ? dossierRef(m[2]!, m[3]) : null;
    if (ref) out.push({ ...ref, start, end, ondernummer: Number(m[4]) });
  }
  return out;
}

/**
 * rijksbegroting.nl prints a motion's number before its heading on one line, without "nr.": "35095 8 MOTIE VAN HET
 * LID LEIJTEN", "35300 VII 44 GEWIJZIGDE MOTIE VAN HET LID ÖZÜTOK". Only at a line's start, before that heading.
 */
const NUMBER_BEFORE_HEADING = new RegExp(
  `^[ \\t\u00a0]*(([1-3]\\d{4})(?:[ \u00a0](${TOEV}))?[ \u00a0](\\d{1,4}))[ \u00a0]+(?:(?:NADER[ \u00a0]+)?GEWIJZIGDE[ \u00a0]+)?$`,
);

function numbersBeforeHeadings(text: string): KamerstukMention[] {
  const out: KamerstukMention[] = [];
  // From each heading back to its line's start (a regex that starts at every line would try every character).
  for (let at = text.indexOf('MOTIE'); at >= 0; at = text.indexOf('MOTIE', at + 5)) {
    const line = text.lastIndexOf('\n', at - 1) + 1;
    const after = text.charCodeAt(at + 5);
    if (at - line > 40 || (after !== 0x20 && after !== 0xa0)) continue;
    const m = NUMBER_BEFORE_HEADING.exec(text.slice(line, at));
    if (!m) continue;
    const start = line + m[0].indexOf(m[1]!);
    const ref = dossierRef(m[2]!, m[3]);
    if (ref) out.push({ ...ref, start, end: start + m[1]!.length, ondernummer: Number(m[4]) });
  }
  return out;
}

const SLASH_THEN_REFERENCE = /^\/(?:\s|\d{4}[DZ]\d{5}(?!\d))/;

/** The spans the prefixed and the bare readings claimed, each kept sorted by start (a check is a binary search). */
interface ClaimedSpans {
  prefixed: [number, number][];
  bare: [number, number][];
}

const overlaps = (spans: ClaimedSpans, a: number, b: number) => overlapsSorted(spans.prefixed, a, b) || overlapsSorted(spans.bare, a, b);

/** Whether `k` is a whole dossier within [s, e) that one of `ks` gives a number. */
const numberedBy = (ks: KamerstukMention[], k: KamerstukMention, s: number, e: number) =>
  k.ondernummer === null && k.start >= s && k.end <= e && ks.some((n) => n.dossier === k.dossier && n.ondernummer !== null);

/**
 * Adds a later pass's mentions unless an earlier one claimed their text. A reading that gives a number
 * to a whole dossier read inside it still wins: "op stuk nr. 54 (Kamerstuk 32 201)" is document 54.
 */
function claim(found: KamerstukMention[], spans: ClaimedSpans, ks: KamerstukMention[]): void {
  const s = ks[0]!.start;
  const e = ks.at(-1)!.end;
  if (overlaps(spans, s, e)) {
    const inside = found.filter((k) => k.start < e && k.end > s);
    if (inside.length === 0 || !inside.every((k) => numberedBy(ks, k, s, e))) return;
    for (const k of inside) found.splice(found.indexOf(k), 1);
  }
  found.push(...ks);
}

export function detectKamerstukken(text: string): KamerstukMention[] {
  const found: KamerstukMention[] = [];
  const spans: ClaimedSpans = { prefixed: [], bare: [] };
  // String searches stop at each occurrence of their first letter: "merstuk" stops at every "m", "amerstuk" at every "a".
  // literalStarts finds no start where none of the words is in the text: no gate of its own (each search is a scan).
  // Where a prefix word reads as no reference: an old dossier may stand there (oldDossiers), found without a search of its own.
  const prefixMisses: number[] = [];
  for (const m of stickyMatches(text, literalStarts(text, PREFIX_WORDS), PREFIXED, prefixMisses)) {
    if (BLANK_LINE.test(m[0].slice(0, m[0].indexOf(m[1]!)))) continue;
    const mentions = fromMatch(text, m, 0, true);
    if (!mentions.length) continue;
    const legal = mentions.length === 1 ? (legalNumber(text, m, mentions[0]!) ?? ekLetter(text, mentions[0]!)) : null;
    if (legal) mentions[0] = legal;
    const last = mentions.at(-1)!;
    if (last.ondernummer !== null) mentions.push(...followingNumbers(text, last));
    // The regex runs from the word "Kamerstuk"; report from there.
    for (const k of mentions) found.push(k);
    spans.prefixed.push([m.index!, Math.max(m.index! + m[0].length, mentions.at(-1)!.end)]);
  }
  const misses: number[] = [];
  for (const m of bareMatches(text, misses)) {
    const s = m.index!;
    if (overlaps(spans, s, s + m[0].length)) continue;
    let start = s;
    if (text.slice(s - 4, s).toLowerCase() === 'kst-') start = s - 4;
    else if (s > 0 && BAD_BEFORE.test(text[s - 1]!) && !bulletBefore(text, s)) continue;
    const after = text[s + m[0].length];
    // A slash then a space separates two references ("34 300 B nr. 9/ 34 300 VII nr. 19"), and one glued to a document's
    // number ("onder nummer 32201-118/2025D23038", a minister's letter); else glued, it is a path or a fraction.
    if (after !== undefined && BAD_AFTER.test(after) && !(after === '/' && SLASH_THEN_REFERENCE.test(text.slice(s + m[0].length, s + m[0].length + 12)))) continue;
    const mentions = fromMatch(text, m, 0, false);
    if (!mentions.length) {
      misses.push(s); // "dossier 21501-03": a council's sub-dossier, whole, after a word that says so
      continue;
    }
    const first = mentions.length === 1 ? jointFirstDossier(text, s, mentions[0]!) : null;
    if (first) [start, mentions[0]!.dossier] = first;
    if (start !== s) mentions[0]!.start = start;
    mentions.push(...followingNumbers(text, mentions.at(-1)!));
    found.push(...mentions);
    spans.bare.push([start, Math.max(s + m[0].length, mentions.at(-1)!.end)]);
  }
  // Tried at each "(" (a regex that starts with a look-behind is tried at every character). Only a digit or a
  // space can follow the "(" of a dossier, an "n" or "N" that of "(nr. 28, 33000-IV)", "E", "T" and "K" those of "(EK
  // 35.788, V)", "(TK 36714)" and "(Kamerstuk 32 201)".
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const c = text.charCodeAt(open + 1);
    if ((c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0xa0 || c === 0x6e || c === 0x4e || c === 0x45 || c === 0x4b || c === 0x54) {
      const ks = parenthesisAt(text, open);
      if (ks.length > 0) claim(found, spans, ks);
    }
  }
  // In the text's order: the matches read as none came after the numbers that matched nothing.
  misses.sort((a, b) => a - b);
  for (const at of misses) {
    const k = (text.charCodeAt(at + 2) === 0x2e /* . */ ? pointedNumberedAt(text, at) : (wholeAfterWordAt(text, at) ?? gluedIdAt(text, at))) ?? chapterAloneAt(text, at);
    if (k) claim(found, spans, [k]);
    const last = k && text.startsWith('wetsvoorstellen', k.start) ? lastBillOfList(text, k.end) : null;
    if (last) claim(found, spans, [last]);
  }
  for (const k of oldDossiers(text, prefixMisses)) claim(found, spans, [k]);
  for (const k of gluedMetadata(text)) claim(found, spans, [k]);
  if (text.indexOf('Kenmerk') >= 0) for (const k of kenmerkList(text)) claim(found, spans, [k]);
  for (const k of numbersBeforeHeadings(text)) claim(found, spans, [k]);
  addBareLetters(text, found);
  for (const k of found) k.text = text.slice(k.start, k.end);
  return found.sort((a, b) => a.start - b.start);
}

