/**
 * What the text around a motion mention says about which motion it is. Built from a plain text
 * (CLI, tests, data build) by buildMotionContext; the content script fills the same shape from a page.
 */
import type { KamerstukMention, Mention } from '../detect/types';
import { THAT_PURPORT, normaliseToevoeging, recordedToevoeging } from '../detect/common';
import { unwrapLines } from '../detect/indent';
import { opensItem } from '../detect/line-wrap';
import { plainText } from '../detect/plain-text';
import { firstSentenceEnd, sentenceStart } from '../detect/sentence';
import { findDayMonth, findDutchDates, openingYearEnd, textDate } from './dates';
import { hyphenParts, surnameMatches } from './names';
import { OVER_SUBJECT, OVER_WHAT_CAME_BEFORE, contentWords } from './text-similarity';

export interface KamerstukRef {
  dossier: number;
  toevoeging: string | null;
  ondernummer: number | null;
  /** An Eerste Kamer document of the dossier, by letter ("35788, letter D"): never a Tweede Kamer number. */
  letter?: string;
}

export interface MotionContext {
  /** Text right after the mention, to the end of its sentence or list item (subject, date, reference). */
  after: string;
  /** The same sentence before the mention ("... verkenning naar aanleiding van de motie-X"). */
  before?: string;
  /** Kamerstuk references written right after the mention, in the same sentence. */
  adjacentRefs: KamerstukRef[];
  /**
   * The motion this one replaces, as its text says: "Gewijzigde motie ... (t.v.v. 36471-28)" is not
   * 36471-28 but the motion that took its place.
   */
  replacedRefs?: KamerstukRef[];
  /** A number written with the mention without its dossier: "nr. 27 Motie van het lid Eerdmans", "de motie op stuk nr. 10 van ...". */
  numbers?: number[];
  /** Kamerstuk references in the footnote the mention's marker points to. */
  footnoteRefs: KamerstukRef[];
  /**
   * The references written next to (or in the footnote of) an earlier mention of the same submitters in
   * the text: a letter names "de motie van het lid Marijnissen c.s. (Kamerstuk 35510-21)" once, then "de
   * motie Marijnissen c.s.".
   */
  earlierRefs?: KamerstukRef[];
  /**
   * The same for later mentions (the nearest, at most MAX_LATER_REFS): a page about one motion names it
   * first ("Motie van het lid Inge van Dijk c.s. over ...") and gives its Kamerstuk further down.
   */
  laterRefs?: KamerstukRef[];
  footnoteText?: string;
  /**
   * When this mention says nothing of what the motion is about ("de motie van Yesilgöz het niet heeft
   * gehaald"): what another mention of the same submitters in the text says about it, or the sentence before
   * (about the motion "De motie werd ingediend door ..." points back at, or what "een motie met die strekking" asks).
   */
  sameSubmittersSubject?: string;
  /**
   * What the sentence before says, for a motion "van die strekking" ("De Tweede Kamer wil zo snel mogelijk nieuwe
   * verkiezingen. Een motie van die strekking, ingediend door ... in het Kamerdebat over de kabinetsval"): its subject,
   * before any "over" later in its own sentence.
   */
  purportSubject?: string;
  /** What the nearest earlier mention of the same members says of its motion, when this one says something too. */
  earlierSubject?: string;
  /**
   * The text around the mention (NEARBY_CHARS each side; on a page, its neighbouring blocks): the words of a motion's
   * title found there tell a member's motions apart when nothing nearer does ("Een dinsdag aangenomen motie van Kamerlid
   * Daniëlle Hirsch hierover ...", then "sancties", "nederzettingen" in the paragraphs around it; RD 2025).
   */
  nearbyText?: string;
  /**
   * Every Kamerstuk reference elsewhere in the text or page: their dossiers, and in a text their numbers too
   * (a page's content script sends just the dossiers: { dossier, toevoeging, ondernummer: null }).
   */
  pageRefs: KamerstukRef[];
  /**
   * Document and case numbers written in the text ("2025D05200\n2024-2025\nMotie van het lid Wijen-Nass", a
   * summary service's page): a motion's own numbers name it.
   */
  documentNumbers?: string[];
  /** The date the text was written, ISO; null if it does not say. */
  pageDate: string | null;
  /**
   * The text states that date as its own (or the page's metadata gives it), rather than it being the
   * latest date near its start: only then are motions after it ruled out.
   */
  pageDateStated?: boolean;
  /** A date written right after the mention ("..., 7 november 2024"), ISO. */
  nearbyDate: string | null;
  /** A day and month after the mention written without a year ("op woensdag 27 augustus"), as "MM-DD". */
  nearbyDayMonth?: string;
  /** The latest date in the mention's sentence before it, on its line, ISO: the motion was there by then. */
  sentenceDate?: string;
  /**
   * The text is about the Eerste Kamer and never names the Tweede Kamer: a motion named in it is the
   * senate's, and none of the bundled (Tweede Kamer) motions.
   */
  senate?: boolean;
}

const MAX_DOCUMENT_NUMBERS = 50;
/** How much text on each side of a mention is its surroundings (see nearbyText). */
export const NEARBY_CHARS = 1500;

export const EMPTY_CONTEXT: MotionContext = {
  after: '',
  adjacentRefs: [],
  footnoteRefs: [],
  pageRefs: [],
  pageDate: null,
  nearbyDate: null,
};

const MAX_AFTER = 320;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A Kamerstuk mention as the reference the resolver reads. */
export function kamerstukRef(m: KamerstukMention): KamerstukRef {
  const ref: KamerstukRef = { dossier: m.dossier, toevoeging: recordedToevoeging(m), ondernummer: m.ondernummer };
  if (m.letter) ref.letter = m.letter;
  return ref;
}

/** What joins two motions of one list: ",", "en (de)", "of (het)". */
const LIST_SEPARATOR = String.raw`(?:,|(?:^|[\s\u00a0])(?:en|of))[\s\u00a0]+(?:(?:de|het)[\s\u00a0]+)?$`;
/** Between two motions of one list, nothing else. */
const LIST_JOIN = new RegExp(String.raw`^[\s\u00a0]*${LIST_SEPARATOR}`);
/** Before a second motion, a list goes on ("..., de motie-Y", "... en de motie-Y"): Y is not named in the subject. */
const LIST_GOES_ON = new RegExp(LIST_SEPARATOR);

/**
 * A motion named in another's subject: "de motie van het lid Beckerman over uitvoering geven aan de eerder
 * aangenomen motie-Beckerman/Hagen over pfas (Kamerstukken 28 089, nr. 238)". The reference after both is
 * the first one's; the clause of the first goes on past the second.
 */
function inSubjectOf(text: string, outerEnd: number, inner: Mention, mentions: Mention[]): boolean {
  if (inner.start - outerEnd > 200) return false;
  const between = text.slice(outerEnd, inner.start);
  if (!SUBJECT_START.test(between) || /[()\n.;:!?\u2013\u2014]/.test(between) || LIST_GOES_ON.test(between)) return false;
  // A reference between them ends the first one's item ("... ONTRADEN- 35000-VIII-70 – Motie van ...").
  return !startsBetween(mentions, outerEnd, inner.start);
}

/** Only a parenthesis between a motion and its reference. */
const RIGHT_AFTER = /^[ \u00a0]*\([ \u00a0]*(?:Kamerstuk(?:ken)?[ \u00a0]+)?$/;

/**
 * The reference right after a motion named in another's subject, when a reference of the outer motion follows it in
 * that clause: "... van de motie-X (19637, nr. 836) (19637, nr. 920);" gives the inner motion 836.
 */
function ownRefBeforeOuters(text: string, kamerstukken: KamerstukMention[], inner: Mention, outerClause: number): KamerstukMention | null {
  const i = kamerstukken.findIndex((k) => k.start >= inner.end);
  const ref = i >= 0 ? kamerstukken[i]! : null;
  const next = i >= 0 ? kamerstukken[i + 1] : undefined;
  if (!ref || ref.ondernummer === null || !RIGHT_AFTER.test(text.slice(inner.end, ref.start))) return null;
  return next && next.start < outerClause ? ref : null;
}

/** Whether a mention of the list (sorted by start) starts in [from, to): a binary search, not a scan. */
function startsBetween(mentions: Mention[], from: number, to: number): boolean {
  let [lo, hi] = [0, mentions.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < mentions.length && mentions[lo]!.start < to;
}

/** End of the clause that follows a mention: sentence end, list bullet or the next motion. */
export function clauseEnd(text: string, from: number, mentions: Mention[]): number {
  const limit = Math.min(text.length, from + MAX_AFTER);
  const nextMotion = mentions.find((m) => m.kind === 'motion' && m.start >= from && !inSubjectOf(text, from, m, mentions));
  const end = Math.min(limit, nextMotion ? nextMotion.start : limit);
  const bullet = LIST_ITEM_START.exec(text.slice(from, end));
  const itemEnd = bullet ? from + bullet.index + 1 : end;
  // A blank line alone ends no clause: a reference may stand in a block of its own below the motion.
  const stop = firstSentenceEnd(text, from, itemEnd, false);
  return stop >= 0 ? stop + 1 : itemEnd;
}
/** A list item starts: a bullet or dash after a blank line, or a bullet on a new line. */
const LIST_ITEM_START = /\n\s*\n\s*[\u0336\u2022\-–•]|\n\s*[\u0336\u2022•]/u;

/** A footnote marker right after the mention or its clause: "(SGP)¹", "Boomsma.4", "...kan³". */
export function footnoteMarker(text: string, from: number, to: number): string | null {
  // From the mention's last character, so a digit stuck to it ("c.s.3", "Bikker3") is seen as one.
  const span = text.slice(Math.max(0, from - 1), Math.min(text.length, to + 4));
  const sup = new RegExp(`[${SUPERSCRIPT}]+`).exec(span);
  if (sup) return [...sup[0]].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
  const plain = /(?<=[\p{L})\].,])(\d{1,2})(?=[\s,.;:)]|$)/u.exec(span);
  return plain ? plain[1]! : null;
}

/**
 * The footnote text for a marker: the last line starting with that number after `from` (or anywhere),
 * also as the publications' text export writes it: "Noot 1: Kamerstuk 35 000 VII, nr. 18.", and their web page:
 * "X Noot\n1\n\nKamerstuk 35 300 VII, nr. 46".
 */
export function footnoteText(text: string, marker: string, from: number): { start: number; end: number } | null {
  const supMarker = [...marker].map((d) => SUPERSCRIPT[Number(d)]).join('');
  // Also the publications' web page: "X Noot" on a line, the number on the next, the note after a blank line.
  const re = new RegExp(
    `(?:^|\\n)[ \\t]*(?:(?:Noot[ \\t]+)?(?:${marker}|${supMarker})[ \\t.):]+|(?:X[ \\t]+)?Noot[ \\t]*\\r?\\n[ \\t]*${marker}[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?[ \\t]*)(?=\\S)`,
    'g',
  );
  let best: { start: number; end: number } | null = null;
  for (const m of text.matchAll(re)) {
    const start = m.index! + m[0].length;
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const hit = { start, end: Math.min(end, start + 400) };
    if (m.index! >= from) return hit;
    best = hit;
  }
  return best;
}

/**
 * A letter named between a motion and a reference is what the reference cites ("de motie ... en
 * informeren we u over de Kamerbrief van 12 september 2016 (Kamerstukken 32 824 en 29 279, nr. 148)"),
 * unless it is in the motion's own subject ("de motie ... over de brief van ...").
 */
const OTHER_DOCUMENT = /\b(?:[Kk]amer)?brief\b|\btoezegging/u;
const SUBJECT_START = /^[\s\u00a0]*over[\s\u00a0]/;
/**
 * A motion's own text begun between them ("Motie Ouwehand: ...\n\nDe Kamer,\n\ngehoord de beraadslaging,
 * constaterende dat de Kamer de motie 34000-XIII-80 heeft aangenomen"): the reference is one the motion cites.
 */
const MOTION_TEXT = /(?:^|\n)[ \t\u00a0]*De Kamer,[ \t\u00a0]*(?:\n|gehoord)|gehoord de beraadslaging/;
const citesOtherDocument = (between: string) => MOTION_TEXT.test(between) || (!SUBJECT_START.test(between) && OTHER_DOCUMENT.test(between));

/**
 * A list of letters (a committee's report) cites each letter at the end of its item, after the motion's
 * own reference if any: in "de brief ... d.d. 3 juli 2023 inzake uitvoering van de motie van de leden
 * Kröger en Piri over ... (Kamerstuk 19 637-3083) (Kamerstuk 19 637, nr. 3129);" the last reference is
 * the letter's, and in "de brief ... met reactie van het CPB op de motie van het lid X over Y (Kamerstuk
 * 33 400 XVI, nr. 125);" the only one is. ("Met deze brief geef ik uitvoering aan de motie ... over ...
 * (Kamerstuk ...)" cites the motion: the item must begin with "de brief".)
 */
const LETTER_ITEM = /^[\s\u00a0\u2022\u00b7*\-\u2013\u2014\u2212]*(?:\d{1,3}[.)][\s\u00a0]*)?(?:de|een)[\s\u00a0]+(?:[Kk]amer)?brief\b/iu;
const LETTER_ITEM_REACH = 700;

function inLetterItem(text: string, start: number): boolean {
  const from = Math.max(0, start - LETTER_ITEM_REACH);
  const window = text.slice(from, start);
  const item = itemStart(window);
  if (item === 0 && from > 0) return false;
  return LETTER_ITEM.test(window.slice(item));
}

/** What may stand before a list item's mark on its line (the mark itself: opensItem, as wrapped prose reads it too). */
const INDENT = /[ \t\u00a0]/;
/** A line that ends an item, a sentence or a paragraph. */
const LINE_ENDS_ITEM = /(?:[.;:][ \t\u00a0]*|\n[ \t\u00a0]*)$/;

/**
 * Where the list item that `window` ends in begins: the last line that opens with a bullet or number, or
 * follows a line that ends an item or a sentence. A report wrapped at a fixed width continues an item on
 * lines of its own ("– de brief van de Minister ... d.d. 5 november\n2024 inzake ... (Kamerstuk 22 054, nr.
 * 434);"), or 0: the window's start.
 */
function itemStart(window: string): number {
  for (let end = window.length; ; ) {
    // (lastIndexOf reads a negative start as 0: a window that opens with a line break would be read again and again.)
    const nl = end > 0 ? window.lastIndexOf('\n', end - 1) : -1;
    if (nl < 0) return 0;
    const line = nl + 1;
    let first = line;
    while (first < window.length && INDENT.test(window.charAt(first))) first++;
    if (opensItem(window, first) || LINE_ENDS_ITEM.test(window.slice(Math.max(0, nl - 4), nl))) return line;
    end = nl;
  }
}

/**
 * A list of motions numbers each one first: "-31066-503-Motie van het lid Omtzigt c.s. om ...",
 * "| 36471-27 | Motie van het lid Eerdmans", a vote list's "34 376, nr. 5 -de motie-Voortman/Recourt over ...";
 * rijksbegroting.nl a motion's heading: "35300 VII 44 GEWIJZIGDE MOTIE VAN HET LID ÖZÜTOK".
 * Only a separator, "de" and "(nader) gewijzigde" may stand between the number and the motion.
 */
const NUMBERED_ITEM_GAP = /^[ \t\u00a0]*[-\u2013\u2014:|]?[ \t\u00a0]*(?:de[ \t\u00a0]+)?(?:(?:nader|NADER)[ \t\u00a0]+)?(?:gewijzigde|GEWIJZIGDE)?[ \t\u00a0]*$/;

function numberBefore(text: string, kamerstukken: KamerstukMention[], mention: Mention): KamerstukMention | null {
  const k = kamerstukken.filter((m) => m.end <= mention.start).at(-1);
  // Room for "GEWIJZIGDE " or "NADER GEWIJZIGDE " between them.
  if (!k || k.ondernummer === null || mention.start - k.end > 24) return null;
  const gap = text.slice(k.end, mention.start);
  if (mention.kind === 'motion' && mention.numberBefore) return k;
  if (NUMBERED_ITEM_GAP.test(gap) || (LINE_BREAK_GAP.test(gap) && opensEntry(text, k.start))) return k;
  // A motion's own heading below its number on a line of its own, blank lines between ("33 770 nr. 4\n\n\nMOTIE VAN HET LID ...").
  return BLANK_LINES_GAP.test(gap) && mention.kind === 'motion' && mention.heading && LINE_START_BEFORE.test(text.slice(Math.max(0, k.start - 40), k.start)) ? k : null;
}

const BLANK_LINES_GAP = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+$/;
const LINE_START_BEFORE = /(?:^|\n)[ \t\u00a0]*$/;

/**
 * A list of entries, each opened by its number on a line of its own after a blank line (a site's list of
 * votes: "\n\n32820-439\nMotie van het lid Westerveld c.s. over ...\nVERWORPEN\n\n32820-440\n...").
 */
const LINE_BREAK_GAP = /^[ \t\u00a0]*\n[ \t\u00a0]*$/;
const ENTRY_OPENS = /(?:^|\n[ \t\u00a0]*\n)[ \t\u00a0]*$/;

function opensEntry(text: string, start: number): boolean {
  return ENTRY_OPENS.test(text.slice(Math.max(0, start - 40), start));
}

/** "t.v.v." (ter vervanging van) right before a reference: the motion it names was replaced by this one. */
const REPLACES = String.raw`(?:t\.[\s\u00a0]?v\.[\s\u00a0]?v\.|ter[\s\u00a0]+vervanging[\s\u00a0]+van)`;
const REPLACES_BEFORE = new RegExp(`${REPLACES}[\\s\\u00a0]*$`);
/** The same after the amended motion's own number: "(36410-VIII, nr. 105, was nr. 56)" (Handelingen, 2024). */
const REPLACED_AFTER_OWN = new RegExp(`(?:${REPLACES}|,[\\s\\u00a0]*was)[\\s\\u00a0]*$`);
/** An amended motion's title starts with "(Tweede) (nader) gewijzigde" before "motie". */
const AMENDED = String.raw`(?:(?:tweede[\s\u00a0]+)?(?:nader[\s\u00a0]+)?gewijzigde[\s\u00a0]+)?`;
/**
 * A number without its dossier right before the motion ("nr. 27 Motie van ...", a Kamerstuk's own "Nr. 1506
 * GEWIJZIGDE MOTIE VAN ...") or right after it ("Eerdmans nr. 30").
 */
const NUMBER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])nr\.?[\s\u00a0]*(\d{1,5})[\s\u00a0]*[-\u2013:|]?[\s\u00a0]*${AMENDED}$`, 'iu');
const NUMBER_AFTER = /^[\s\u00a0]*,?[\s\u00a0]*(?:op[\s\u00a0]+stuk[\s\u00a0]+)?[Nn]r\.?[\s\u00a0]*(\d{1,5})(?!\d)/;
const NUMBER_IN_MENTION = /op[\s\u00a0]+stuk[\s\u00a0]+nr\.?[\s\u00a0]*(\d{1,5})/;

/**
 * A Kamerstuk's own head: its dossier at the start of a line ("35 570 XIX Vaststelling van de
 * begrotingsstaten ...", "21 501-20 Europese Raad", or the number alone with the title below), and
 * further down the document's number right before its title ("Nr. 14 MOTIE VAN HET LID STOFFER", also
 * on lines of their own). The title's motion is that document.
 */
const HEAD_DOSSIER = /(?:^|\n)[ \t\u00a0]*([1-3]\d[ \u00a0]?\d{3})(?:[ \u00a0]*-[ \u00a0]*(\d{1,2})|[ \u00a0]+([IVXLC]{1,6}[A-Z]?|[A-Z]))?(?:[ \u00a0]+(?=[A-Z\u00c0-\u00de])|[ \t\u00a0]*(?=\r?\n))/g;
const OWN_NUMBER_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t\u00a0]*Nr\.[ \u00a0]*(\d{1,5})[\s\u00a0]+${AMENDED}$`, 'i');
const TOEVOEGING_THEN_NUMBER = /^[ \u00a0]+(?:[IVXLC]{1,6}[A-Z]?|[A-Z])[ \u00a0]+\d/;
/** How far above its title a Kamerstuk's dossier line may stand. */
const HEAD_SPAN = 1500;

function ownHeadRef(text: string, kamerstukken: KamerstukMention[], mention: Mention): KamerstukMention | null {
  const own = OWN_NUMBER_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  if (!own) return null;
  const numberAt = mention.start - (own[0].length - own[0].search(/nr\./i));
  const head = headAbove(text, kamerstukken, numberAt);
  if (head === undefined) return amendedInDossierOfReplaced(text, kamerstukken, mention, own, numberAt);
  return head && { ...head, ondernummer: Number(own[1]) };
}

/** The Kamerstuk's dossier line above `at` (undefined where there is none, null where it cannot be read). */
function headAbove(text: string, kamerstukken: KamerstukMention[], at: number): KamerstukMention | null | undefined {
  let head: RegExpExecArray | null = null;
  HEAD_DOSSIER.lastIndex = Math.max(0, at - HEAD_SPAN);
  for (let m = HEAD_DOSSIER.exec(text); m && m.index < at; m = HEAD_DOSSIER.exec(text)) head = m;
  if (!head) return undefined;
  const start = head.index + head[0].indexOf(head[1]!);
  // A line that is itself a reference with its own number is a citation, not the head.
  if (kamerstukken.some((k) => k.start <= start && k.end > start && k.ondernummer !== null)) return null;
  const toevoeging = normaliseToevoeging(head[2] ?? head[3]);
  if ((head[2] ?? head[3]) && !toevoeging) return null;
  const dossier = Number(head[1]!.replace(/\D/g, ''));
  const end = head.index + head[0].trimEnd().length;
  // "35300 VII 44 GEWIJZIGDE MOTIE ...": a toevoeging and a number the pattern took for the title's start.
  if (!toevoeging && TOEVOEGING_THEN_NUMBER.test(text.slice(end, end + 16))) return null;
  return { kind: 'kamerstuk', start, end, text: text.slice(start, end), dossier, toevoeging, ondernummer: null };
}

/**
 * An amended motion's own title, then "Ter vervanging van die gedrukt onder nr. 631": the motion it replaces, in the
 * dossier of the Kamerstuk's head (a preview whose own number is not filled in yet: "33 037 Mestbeleid\nNr.\n\n
 * GEWIJZIGDE MOTIE VAN HET LID GRINWIS C.S.\n\nTer vervanging van die gedrukt onder nr. 631").
 */
const PRINTED_UNDER = /^[\s\u00a0]*ter[\s\u00a0]+vervanging[\s\u00a0]+van[\s\u00a0]+die[\s\u00a0]+gedrukt[\s\u00a0]+onder[\s\u00a0]+nr\.?[\s\u00a0]*(\d{1,5})(?!\d)/i;

function replacedUnderHead(text: string, kamerstukken: KamerstukMention[], mention: Mention): KamerstukMention | null {
  const printed = PRINTED_UNDER.exec(text.slice(mention.end, mention.end + 80));
  const head = printed && headAbove(text, kamerstukken, mention.start);
  return head ? { ...head, ondernummer: Number(printed[1]) } : null;
}

/**
 * An amended motion's own number with no dossier line above it ("Nr. 81 GEWIJZIGDE MOTIE VAN HET LID SIMONS
 * C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 72", a vote page that cites "(t.v.v. 35925-XV-72)"): the
 * motion it replaces is in the same dossier.
 */
function amendedInDossierOfReplaced(text: string, kamerstukken: KamerstukMention[], mention: Mention, own: RegExpExecArray, numberAt: number): KamerstukMention | null {
  if (!/gewijzigde/i.test(own[0])) return null;
  const replaced = kamerstukken.find((k) => k.ondernummer !== null && REPLACES_BEFORE.test(text.slice(Math.max(0, k.start - 30), k.start)));
  if (!replaced || Math.abs(replaced.start - mention.start) > HEAD_SPAN) return null;
  return { ...replaced, start: numberAt, end: mention.start, text: text.slice(numberAt, mention.start), ondernummer: Number(own[1]) };
}

function numbersOf(text: string, kamerstukken: KamerstukMention[], mention: Mention): number[] {
  const claimed = (at: number) => kamerstukken.some((k) => k.start <= at && k.end > at);
  const out: number[] = [];
  const inside = NUMBER_IN_MENTION.exec(mention.text);
  if (inside) out.push(Number(inside[1]));
  const from = Math.max(0, mention.start - 48);
  const before = NUMBER_BEFORE.exec(text.slice(from, mention.start));
  if (before && !claimed(from + before.index + before[0].indexOf(before[1]!))) out.push(Number(before[1]));
  const after = NUMBER_AFTER.exec(text.slice(mention.end, mention.end + 24));
  if (after && !claimed(mention.end + after[0].length - 1)) out.push(Number(after[1]));
  return out;
}

/**
 * The Kamerstuk references written right after a mention (or numbering it, right before it), and in the
 * footnote its marker points to. A reference after "t.v.v." is the motion this one replaced.
 */
/**
 * A table flattened into paragraphs ("Omschrijving | Vindplaats | Stand van zaken"): the motion's paragraph,
 * then a line that is nothing but a Kamerstuk reference ("Kamerstukken II 2022/23, 36200 IV, nr. 12"). That
 * reference is the motion's, when its paragraph names no other motion.
 */
function referenceLineAfter(text: string, mentions: Mention[], kamerstukken: KamerstukMention[], mention: Mention): KamerstukMention | null {
  let lineEnd = text.indexOf('\n', mention.end);
  if (lineEnd < 0) return null;
  const paragraphStart = text.lastIndexOf('\n', mention.start) + 1;
  if (mentions.some((m) => m !== mention && m.kind === 'motion' && m.start >= paragraphStart && m.start < lineEnd)) return null;
  for (let lines = 0; lines <= MAX_STATUS_LINES; lines++) {
    const gap = /^(?:[ \t\u00a0]*\r?\n)+[ \t\u00a0]*/.exec(text.slice(lineEnd, lineEnd + 80));
    if (!gap) return null;
    const lineStart = lineEnd + gap[0].length;
    const k = kamerstukken.find((m) => m.start === lineStart);
    if (k) {
      if (k.ondernummer === null) return null;
      const rest = text.slice(k.end, (text.indexOf('\n', k.end) + 1 || text.length + 1) - 1);
      return REFERENCE_LINE_REST.test(rest) ? k : null;
    }
    // The Kamer's vote results put the decision between the title and the number ("Besluit: Aangenomen.").
    lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || !STATUS_LINE.test(text.slice(lineStart, lineEnd))) return null;
  }
  return null;
}
const STATUS_LINE = /^(?:Besluit|Status|Uitslag|Stemmingsuitslag)[ \t\u00a0]*:[^\n]{0,60}$/;
/** After the reference on its line: nothing, or the motion it replaced ("Kamerstukken II 2018/19, 34477, nr. 64 (t.v.v. 58)"). */
const REFERENCE_LINE_REST = new RegExp(String.raw`^[\s.;,)]*(?:\(${REPLACES}[^()\n]{1,30}\)[\s.;,]*)?$`);
const MAX_STATUS_LINES = 2;

/**
 * A budget's annex of motions flattened into one line per row ("Omschrijving motie | Vindplaats | Stand van
 * zaken"): "Motie van Haverkamp over ... . Onderzoek ... is toegezegd. 27-02-2008 Spoeddebat CAO-onderhandelingen
 * politie (29 628, nr. 77) De Tweede Kamer wordt ...". A row that starts with the motion: the first reference
 * after the date of the debate is where the motion is found.
 */
const ROW_DATE = /(?:^|[\s(])\d{1,2}-\d{1,2}-(?:19|20)\d\d(?=\s)/;
const ROW_SPAN = 600;

function vindplaatsInRow(text: string, mentions: Mention[], kamerstukken: KamerstukMention[], mention: Mention): KamerstukMention | null {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  if (text.slice(lineStart, mention.start).trim() !== '') return null;
  let lineEnd = text.indexOf('\n', mention.end);
  if (lineEnd < 0) lineEnd = text.length;
  lineEnd = Math.min(lineEnd, mention.end + ROW_SPAN);
  if (mentions.some((m) => m !== mention && m.kind === 'motion' && m.start > mention.start && m.start < lineEnd)) return null;
  const k = kamerstukken.find((r) => r.start > mention.end && r.start < lineEnd && r.ondernummer !== null);
  return k && ROW_DATE.test(text.slice(mention.end, k.start)) ? k : null;
}

/**
 * The chair, after a motion is read out: "Deze motie is voorgesteld door de leden Beckerman, Nijboer ...
 * Naar mij blijkt, wordt de indiening ervan voldoende ondersteund. Zij krijgt nr. 537 (33529)." The number
 * it is given, a little further on and before any other motion, is that motion's.
 */
const GETS_NUMBER_BEFORE = /\bkrijg(?:t|en)[\s\u00a0]+$/;
const GETS_NUMBER_SPAN = 400;

function numberGiven(text: string, mentions: Mention[], kamerstukken: KamerstukMention[], mention: Mention): KamerstukMention | null {
  const nextMotion = mentions.find((m) => m.kind === 'motion' && m.start >= mention.end);
  const limit = Math.min(mention.end + GETS_NUMBER_SPAN, nextMotion?.start ?? text.length);
  return (
    kamerstukken.find(
      (k) => k.start >= mention.end && k.start < limit && k.ondernummer !== null && GETS_NUMBER_BEFORE.test(text.slice(Math.max(0, k.start - 12), k.start)),
    ) ?? null
  );
}

/** How far from a motion "op stuk nr. N" a reference with that number is taken for it. */
const SAME_NUMBER_SPAN = 2000;

/**
 * A debate names a motion by its number alone ("de motie op stuk nr. 157 over beschut werk van mevrouw
 * Vermeij") and the chair gives its dossier a little further on ("haar motie (30545, nr. 157)"): a
 * reference nearby with the same number, when only one dossier has it there.
 */
function sameNumberNearby(kamerstukken: KamerstukMention[], mention: Mention, numbers: number[]): KamerstukMention | null {
  if (numbers.length === 0) return null;
  const near = kamerstukken.filter(
    (k) => k.ondernummer !== null && numbers.includes(k.ondernummer) && Math.abs(k.start - mention.start) <= SAME_NUMBER_SPAN,
  );
  if (near.length === 0 || near.some((k) => k.dossier !== near[0]!.dossier || k.toevoeging !== near[0]!.toevoeging)) return null;
  return near.reduce((a, b) => (Math.abs(b.start - mention.start) < Math.abs(a.start - mention.start) ? b : a));
}

type ExplicitRefs = ReturnType<typeof findExplicitRefs>;

/** Earlier mentions' references a context keeps (the nearest); a message carries at most 50. */
const MAX_EARLIER_REFS = 50;
const MAX_LATER_REFS = 10;

/**
 * explicitRefs() of each mention, kept per mentions list: every motion's context reads those of the
 * other mentions of the same submitters, so a text with a thousand motions of one member would
 * otherwise work them out a million times.
 */
const explicitMemo = new WeakMap<Mention[], Map<Mention, { refs: ExplicitRefs; subject?: string | null }>>();

function memoOf(text: string, mentions: Mention[], kamerstukken: KamerstukMention[], mention: Mention) {
  let memo = explicitMemo.get(mentions);
  if (!memo) explicitMemo.set(mentions, (memo = new Map()));
  let entry = memo.get(mention);
  if (!entry) memo.set(mention, (entry = { refs: findExplicitRefs(text, mentions, kamerstukken, mention) }));
  return entry;
}

function explicitRefs(text: string, mentions: Mention[], kamerstukken: KamerstukMention[], mention: Mention): ExplicitRefs {
  return memoOf(text, mentions, kamerstukken, mention).refs;
}

/** "De motie" opening the mention's sentence points back at the motion the sentence before spoke of. */
const POINTS_BACK = /^(?:De|Deze|Die)$/;
/** An unnamed motion with its subject: "nam de Tweede Kamer een motie aan over visserijvrije zones". */
const UNNAMED_WITH_SUBJECT = /\b[Mm]otie\b[^.;!?]{0,60}?\bover[ \u00a0]+([^.;!?]{3,240})[.;!?]?[\s\u00a0]*$/;

/**
 * The sentence before, for a motion "with that purport": "De Tweede Kamer wil het asielbeleid niet controversieel
 * verklaren. Een motie met die strekking van Joost Eerdmans kreeg ruime steun", "Een motie van JA21-Kamerlid Joost
 * Eerdmans die hiertoe opriep".
 */
function sentenceBefore(text: string, start: number): string | null {
  const window = text.slice(Math.max(0, start - 400), start);
  const end = window.replace(/[.!?]?["'\u201d\u2019]?[\s\u00a0]*$/, '').length;
  const sentence = window.slice(sentenceStart(window, 0, end), end).replace(/\s+/g, ' ').trim();
  return sentence.length >= 10 ? sentence : null;
}

/**
 * The subject the sentence before gives, for a mention that gives none: "Op dinsdag nam de Tweede Kamer een motie aan
 * over visserijvrije zones voor beroepsvissers. De motie werd ingediend door Caroline van der Plas (BBB)".
 */
function subjectPointedBack(text: string, start: number, before: string): string | null {
  if (!POINTS_BACK.test(before)) return null;
  const m = UNNAMED_WITH_SUBJECT.exec(text.slice(Math.max(0, start - 400), start));
  return m ? m[1]!.replace(/\s+/g, ' ').trim() : null;
}

/**
 * The sentence after says what the motion asks: "De Kamer nam ook een motie aan die werd ingediend door Marieke Koekkoek
 * van Volt. Deze motie roept de regering op om ... een aanspreekpunt voor de Chemours-problematiek op te zetten", "een motie
 * van Kamerlid Bente Becker ... aangenomen. Hierin verzocht zij de regering om gegevens over ... bij te houden".
 */
const NEXT_SAYS = /^[^.!?\n]{0,120}[.!?]["'\u201d\u2019]?[\s\u00a0]+(?:(?:Deze|De|Die)[\s\u00a0]+motie|(?:Hierin|Daarin)(?:[\s\u00a0]+(?:zij|hij|ze|de[\s\u00a0]+Kamer|werd|wordt))?)[\s\u00a0]+((?:roept|riep|vraagt|vroeg|verzoekt|verzocht|wil|wilde|eist|eiste|draagt|droeg|stelt|stelde|de[\s\u00a0]+regering|het[\s\u00a0]+kabinet)[\s\u00a0][^.!?]{10,300})/;

function subjectNext(text: string, end: number): string | null {
  const m = NEXT_SAYS.exec(text.slice(end, end + 460));
  return m ? m[1]!.replace(/\s+/g, ' ').trim() : null;
}

/** A motion named "with that purport" (the detector's words for it, in the mention's text). */
const PURPORT = new RegExp(`(?<![A-Za-z])(?:${THAT_PURPORT})(?![A-Za-z])`);
/** The same said right after the members: "... Joost Eerdmans die hiertoe opriep", "..., die daartoe verzocht". */
const PURPORT_AFTER = new RegExp(`^[\\s\\u00a0]*(?:\\([^()]{1,40}\\)[\\s\\u00a0]*)?,?[\\s\\u00a0]*(?:${THAT_PURPORT})(?![A-Za-z])`);

/** What another mention says of its subject (see ownSubject), kept like its references. */
function siblingSubjectOf(text: string, mentions: Mention[], kamerstukken: KamerstukMention[], m: Mention): string | null {
  const entry = memoOf(text, mentions, kamerstukken, m);
  // What it says itself, else what the sentence after says of it ("... de motie van Becker. Daarin werd de regering opgeroepen ...").
  if (entry.subject === undefined) entry.subject = ownSubject(text, m, text.slice(m.end, entry.refs.clause)) ?? subjectNext(text, m.end);
  return entry.subject;
}

/**
 * Motions named in a row, then one reference with as many numbers ("de motie van de leden Van Nispen en
 * Groothuizen en de motie van het lid Van Dam c.s. (Kamerstuk 28 844, nrs. 207 en 209)"): each its number, in order.
 */
function pairedRef(text: string, mentions: Mention[], kamerstukken: KamerstukMention[], mention: Mention): KamerstukMention | null {
  const { motions, indexByStart } = motionsOf(mentions);
  const at = indexByStart.get(mention.start) ?? -1;
  if (at < 0) return null;
  const joined = (a: Mention, b: Mention) => LIST_JOIN.test(text.slice(a.end, b.start));
  let first = at;
  while (first > 0 && joined(motions[first - 1]!, motions[first]!)) first--;
  let last = at;
  while (last + 1 < motions.length && joined(motions[last]!, motions[last + 1]!)) last++;
  if (first === last) return null;
  const end = motions[last]!.end;
  const refs = kamerstukken.filter((k) => k.start >= end && k.start < end + PAIRED_REACH);
  const list = refs.length > 0 ? refs.filter((k) => k.dossier === refs[0]!.dossier && k.toevoeging === refs[0]!.toevoeging) : [];
  // One parenthesis right after the last motion, nothing else in it.
  const close = list.length > 0 ? text.indexOf(')', list.at(-1)!.end) : -1;
  if (list.length !== last - first + 1 || !/^[\s\u00a0]*\(/.test(text.slice(end, list[0]!.start).replace(/Kamerstuk(?:ken)?[\s\u00a0]*$/, '')) || close < 0) return null;
  if (!/^[\s\u00a0]*$/.test(text.slice(list.at(-1)!.end, close)) || list.some((k) => k.ondernummer === null)) return null;
  return list[at - first]!;
}
const PAIRED_REACH = 80;

/** A mentions list's motions and where each starts, worked out once per list (not once per motion). */
const motionsMemo = new WeakMap<Mention[], { motions: Mention[]; indexByStart: Map<number, number>; documentNumbers: string[] }>();

function motionsOf(mentions: Mention[]) {
  let entry = motionsMemo.get(mentions);
  if (!entry) {
    const motions = mentions.filter((m) => m.kind === 'motion');
    const indexByStart = new Map<number, number>();
    motions.forEach((m, i) => {
      if (!indexByStart.has(m.start)) indexByStart.set(m.start, i);
    });
    // The text's document and case numbers, the same for each of its motions.
    const documentNumbers = [...new Set(mentions.flatMap((m) => (m.kind === 'document' ? [m.documentNummer] : m.kind === 'zaak' ? [m.zaakNummer] : [])))].slice(0, MAX_DOCUMENT_NUMBERS);
    motionsMemo.set(mentions, (entry = { motions, indexByStart, documentNumbers }));
  }
  return entry;
}

function findExplicitRefs(text: string, mentions: Mention[], kamerstukken: KamerstukMention[], mention: Mention) {
  const clause = clauseEnd(text, mention.end, mentions);
  const { motions, indexByStart } = motionsOf(mentions);
  const at = indexByStart.get(mention.start);
  const outer = at === undefined ? motions.findLast((m) => m.end <= mention.start) : motions[at - 1];
  if (outer && inSubjectOf(text, outer.end, mention, mentions)) {
    // Named in the subject of the motion before it: what follows is that motion's, unless this one's own reference
    // comes right after it and the other's after that ("de motie-X over het alsnog uitvoeren van de motie-X (19637,
    // nr. 836) (19637, nr. 920);").
    const own = ownRefBeforeOuters(text, kamerstukken, mention, clauseEnd(text, outer.end, mentions));
    return { clause, adjacent: own ? [own] : [], replaced: [], footnote: [], note: undefined, numbers: numbersOf(text, kamerstukken, mention) };
  }
  let following = kamerstukken.filter((m) => m.start >= mention.end && m.start < clause && !citesOtherDocument(text.slice(mention.end, m.start)));
  // A motion named in this one's subject with its own reference right after it: that reference is the inner one's.
  const inner = following.length > 1 ? motions.find((m) => m.start > mention.end && m.start < following.at(-1)!.start && inSubjectOf(text, mention.end, m, mentions)) : undefined;
  const innerRef = inner ? ownRefBeforeOuters(text, kamerstukken, inner, clause) : null;
  if (innerRef) following = following.filter((m) => m !== innerRef);
  const last = following.at(-1);
  // (Unless another motion of the item comes after it: "reactie op de motie van X over ... (Kamerstuk
  // 35 632, nr. 7) en op de motie van Y over ... (Kamerstuk 35 632, nr. 12) (Kamerstuk ..., nr. 254);".)
  const nextMotionAfter = mentions.some((m) => m.kind === 'motion' && m.start === clause);
  if (last && !nextMotionAfter && inLetterItem(text, mention.start) && SUBJECT_START.test(text.slice(mention.end, last.start))) following = following.slice(0, -1);
  // Once the motion's own reference is given, a reference on a later line is something else: a page's
  // metadata ("... (Kamerstuk 35 526, L)\nDocument date ...\nReference 35526, nr. 60").
  const lineEnd = following.length ? text.indexOf('\n', following[0]!.end) : -1;
  if (lineEnd >= 0) following = following.filter((m) => m.start < lineEnd);
  const replaced = following.filter((m) => REPLACED_AFTER_OWN.test(text.slice(Math.max(mention.end, m.start - 30), m.start)));
  let adjacent = following.filter((m) => !replaced.includes(m));
  const paired = pairedRef(text, mentions, kamerstukken, mention);
  if (paired) adjacent = [paired];
  // Numbers written with the mention without their dossier ("op stuk nr. 157", "nr. 27 Motie ..."): worked out once here.
  const numbers = numbersOf(text, kamerstukken, mention);
  const numbered = numberBefore(text, kamerstukken, mention) ?? ownHeadRef(text, kamerstukken, mention);
  if (numbered) {
    // A list numbered first ("34 376, nr. 5 -de motie-Voortman/Recourt over ...\n34 376, nr. 6 -de motie-..."):
    // a reference on a later line is the next item's.
    const lineEnd = text.indexOf('\n', mention.end);
    if (lineEnd >= 0) adjacent = adjacent.filter((m) => m.start < lineEnd);
    adjacent.unshift(numbered);
  } else if (adjacent.length === 0 && replaced.length === 0) {
    // A preview whose own number is not filled in yet names only the motion it replaces.
    const printed = replacedUnderHead(text, kamerstukken, mention);
    if (printed) replaced.push(printed);
  }
  if (!numbered && adjacent.length === 0 && replaced.length === 0) {
    const row =
      referenceLineAfter(text, mentions, kamerstukken, mention) ??
      vindplaatsInRow(text, mentions, kamerstukken, mention) ??
      numberGiven(text, mentions, kamerstukken, mention) ??
      sameNumberNearby(kamerstukken, mention, numbers);
    if (row) adjacent.push(row);
  }
  let footnote: KamerstukMention[] = [];
  let note: string | undefined;
  const marker = footnoteMarker(text, mention.end, clause);
  if (marker) {
    const span = footnoteText(text, marker, clause);
    if (span) {
      note = text.slice(span.start, span.end).trim();
      footnote = kamerstukken.filter((m) => m.start >= span.start && m.start < span.end);
    }
  }
  // A marker stuck to the members ("de motie van de leden Van der Graaf en van der Molen1 en het hierbij betrekken van ...
  // (Kamerstuk 35 300 B, nr. 9)"): the footnote is the motion's, a reference later in the sentence another document's.
  if (marker && footnote.length > 0 && !numbered && footnoteMarker(text, mention.end, mention.end) === marker) {
    adjacent = adjacent.filter((m) => /^[\s\u00a0(]*$/.test(text.slice(mention.end + marker.length, m.start)));
  }
  return { clause, adjacent, replaced, footnote, note, numbers };
}

/**
 * Whether two mentions name the same submitters, and so are taken for one motion: "de motie van Dilan
 * Yeşilgöz-Zegerius (VVD)" and "de motie van Yesilgöz", not "de motie-Klaver c.s." and "de motie-Klaver".
 */
function sameSubmitters(a: Mention, b: Mention): boolean {
  if (a.kind !== 'motion' || b.kind !== 'motion' || a.cs !== b.cs) return false;
  let [x, y] = [a.indieners, b.indieners];
  // "de motie-Timmermans-Koenders" is also how a speaker says "de motie-Timmermans/Koenders".
  if (x.length !== y.length) [x, y] = [x.flatMap(hyphenParts), y.flatMap(hyphenParts)];
  return x.length === y.length && x.every((n, i) => surnameMatches(n, y[i]!));
}

/**
 * A debate names a motion by its first submitter once it is proposed: "Deze motie is voorgesteld door de
 * leden Peters en Duyvendak. Zij krijgt nr. 37 (31209)." ... "de motie van mevrouw Peters"; "de motie-Slob c.s."
 * ... "de motie-Slob". An earlier mention's reference counts for less than the motion's own, so another motion
 * of hers can still win.
 */
function ledBy(earlier: Mention, mention: Mention): boolean {
  if (earlier.kind !== 'motion' || mention.kind !== 'motion' || mention.cs || mention.indieners.length !== 1) return false;
  // Its co-signers written out, or as "c.s." ("In stemming komt de motie-Slob c.s. (30300-VII, nr. 21)" ... "De motie-Slob").
  if (earlier.indieners.length < 2 && !earlier.cs) return false;
  return surnameMatches(earlier.indieners[0]!, mention.indieners[0]!);
}


/** A verb right after the mention: the sentence says something of the motion, not what it is about. */
export const SAID_OF_IT = /^[\s\u00a0]*(?:is|was|werd|wordt|kreeg|krijgt|haalde|haalt|zorgde|zorgt|leidde|leidt|blijkt|bleek|lijkt|leek|bleef|blijft)[\s\u00a0]/;
/** The verb of an inverted sentence right before the motion: what follows the mention is its object. */
const VERB_BEFORE = /(?:^|[^\p{L}])(?:kreeg|krijgt|kregen|krijgen|haalde|haalt|haalden|behaalde|verdiende|verdient|oogstte|oogst)(?:[\s\u00a0]+(?:ook|wel|toch|nog|geen))?[\s\u00a0]+(?:de|deze|die|een)[\s\u00a0]+$/u;
/** "een andere motie van", "nog een motie van": another motion of members named before. */
const ANOTHER_BEFORE = /(?:^|[^\p{L}])(?:andere|tweede|derde|vierde|volgende|nog[\s\u00a0]+een)[\s\u00a0]+$/iu;

/** What a motion mention's own words say it is about: its "over ..." subject, else its clause if that says something. */
function ownSubject(text: string, mention: Mention, after: string): string | null {
  if (mention.kind === 'motion' && mention.subject) return mention.subject;
  // Nor the object of a verb before it: "Wel kreeg de motie van Boswijk steun van partijen als PvdD" (a blog, 2024).
  if (VERB_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return null;
  // Words on the next line are not the mention's own: a headline's "motie Becker", then the article. Nor what the
  // sentence says of the motion with its verb right after it ("De motie van Piri is een moreel kompas, geen splijtzwam").
  return contentWords(after).size >= 3 && !/^[ \t\u00a0]*\r?\n/.test(after) && !SAID_OF_IT.test(after) && !OVER_WHAT_CAME_BEFORE.test(after) ? after.trim() : null;
}

/** The last text unwrapped and its prose: the mentions of one text are resolved one after the other. */
let unwrapped = { text: '', prose: '' };

export function buildMotionContext(original: string, mentions: Mention[], mention: Mention): MotionContext {
  // A text wrapped at a fixed width is read as its writer wrote it: its subjects and names run on across the lines.
  if (unwrapped.text !== original) unwrapped = { text: original, prose: unwrapLines(plainText(original)) };
  const text = unwrapped.prose;
  const kamerstukken = mentions.filter((m): m is KamerstukMention => m.kind === 'kamerstuk');
  const { clause, adjacent, replaced, footnote, note, numbers } = explicitRefs(text, mentions, kamerstukken, mention);
  const after = text.slice(mention.end, clause);
  // Other mentions of the same submitters, nearest first on either side: the references of the earlier
  // ones (at most MAX_EARLIER_REFS), and when this one says nothing of its subject, the nearest one's.
  const earlier: KamerstukMention[] = [];
  let siblingSubject: string | null = null;
  let siblingDistance = Infinity;
  // "Een andere motie van Kröger": not the one of these members named before, whose subject and references are not its own.
  const another = ANOTHER_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start));
  // The sentence right after says what this one asks: nearer than another mention of the same members.
  const saysNothing = ownSubject(text, mention, after) === null && !another;
  const nextSays = saysNothing ? subjectNext(text, mention.end) : null;
  const needsSubject = saysNothing && !nextSays;
  // Where the mention is in the list (or would be, when it is not in it).
  const self = mentions.indexOf(mention);
  let next = self + 1;
  if (self < 0) {
    next = mentions.findIndex((m) => m.start > mention.start);
    if (next < 0) next = mentions.length;
  }
  const at = self >= 0 ? self : next;
  // The chair's "Deze motie is voorgesteld door ..." names the motion just proposed, never one named before it.
  const proposed = mention.kind === 'motion' && mention.proposed;
  for (let i = proposed || another ? -1 : at - 1, subjectSought = needsSubject; i >= 0 && (earlier.length < MAX_EARLIER_REFS || subjectSought); i--) {
    const m = mentions[i]!;
    const same = sameSubmitters(m, mention);
    if (!same && !ledBy(m, mention)) continue;
    const refs = explicitRefs(text, mentions, kamerstukken, m);
    if (earlier.length < MAX_EARLIER_REFS) earlier.unshift(...refs.adjacent, ...refs.footnote);
    if (subjectSought && same) {
      const subject = siblingSubjectOf(text, mentions, kamerstukken, m);
      if (subject) {
        [siblingSubject, siblingDistance] = [subject, mention.start - m.start];
        subjectSought = false;
      }
    }
  }
  for (let i = next; needsSubject && i < mentions.length && mentions[i]!.start - mention.start < siblingDistance; i++) {
    const m = mentions[i]!;
    if (!sameSubmitters(m, mention)) continue;
    const subject = siblingSubjectOf(text, mentions, kamerstukken, m);
    if (subject) {
      siblingSubject = subject;
      break;
    }
  }
  // What an earlier mention of the same members says, for one that says something itself: in news a motion named
  // again ("De motie-Ceder vraagt om hetzelfde te blijven doen", RD 2025) is most often the one named before.
  // Not for one with a subject of its own ("Motie Teunissen c.s. over ... schoolpleinen" after "Motie Teunissen c.s. over
  // ... Lelystad Airport", a party's list of its motions).
  let earlierSubject: string | null = null;
  const ownOver = (mention.kind === 'motion' && !!mention.subject) || OVER_SUBJECT.test(after);
  for (let i = proposed || another || needsSubject || ownOver ? -1 : at - 1; i >= 0 && !earlierSubject; i--) {
    if (sameSubmitters(mentions[i]!, mention)) earlierSubject = siblingSubjectOf(text, mentions, kamerstukken, mentions[i]!);
  }
  const later: KamerstukMention[] = [];
  for (let i = next; i < mentions.length && later.length < MAX_LATER_REFS; i++) {
    const m = mentions[i]!;
    if (!sameSubmitters(m, mention)) continue;
    const refs = explicitRefs(text, mentions, kamerstukken, m);
    later.push(...refs.adjacent, ...refs.footnote);
  }
  const used = new Set<Mention>([...adjacent, ...replaced, ...footnote]);
  const pageRefs = kamerstukken.filter((m) => !used.has(m)).map(kamerstukRef);
  const { documentNumbers } = motionsOf(mentions);
  const nearby = findDutchDates(after)[0]?.iso ?? null;
  const dayMonth = nearby ? null : findDayMonth(after);
  const date = textDate(text);
  const beforeStart = sentenceBeforeStart(text, mention.start, mentions);
  const before = text.slice(beforeStart, mention.start).replace(/\s+/g, ' ').trim();
  // Stronger than words after the mention that are no subject ("... door X (BBB) tijdens de begrotingsbehandeling").
  // "Een motie van die strekking": the sentence before is its subject, also over a later "over" in its own sentence.
  const isPurport = PURPORT.test(mention.text) || PURPORT_AFTER.test(after);
  const purport = isPurport ? sentenceBefore(text, beforeStart) : null;
  // The sentence after is read once: nextSays holds it where the mention says nothing itself.
  if (!siblingSubject && !ownOver) siblingSubject = (isPurport ? purport : subjectPointedBack(text, beforeStart, before)) ?? (saysNothing ? nextSays : subjectNext(text, mention.end));
  if (!siblingSubject && nextSays) siblingSubject = nextSays;
  const byThen = dateBefore(text, beforeStart, mention.start);
  return {
    after,
    ...(before ? { before } : {}),
    adjacentRefs: adjacent.map(kamerstukRef),
    ...(replaced.length ? { replacedRefs: replaced.map(kamerstukRef) } : {}),
    ...(numbers.length ? { numbers } : {}),
    footnoteRefs: footnote.map(kamerstukRef),
    ...(earlier.length ? { earlierRefs: earlier.map(kamerstukRef) } : {}),
    ...(later.length ? { laterRefs: later.slice(0, MAX_LATER_REFS).map(kamerstukRef) } : {}),
    ...(note ? { footnoteText: note } : {}),
    ...(siblingSubject ? { sameSubmittersSubject: siblingSubject } : {}),
    ...(purport ? { purportSubject: purport } : {}),
    ...(earlierSubject ? { earlierSubject } : {}),
    // Not for a motion named with its subject ("Motie van het lid X over ...") or its own reference or number, which say
    // more: a page then sends no surroundings for each title of a list or each motion's own heading ("Nr. 439 MOTIE VAN
    // HET LID ..."). After "een andere motie van ..." the text before is about the one named before.
    ...((mention.kind === 'motion' && mention.subject) || adjacent.length > 0 || footnote.length > 0 || numbers.length > 0
      ? {}
      : { nearbyText: text.slice(another ? mention.start : Math.max(0, mention.start - NEARBY_CHARS), Math.min(text.length, mention.end + NEARBY_CHARS)) }),
    ...(documentNumbers.length ? { documentNumbers } : {}),
    pageRefs,
    pageDate: date.date,
    ...(date.stated ? { pageDateStated: true } : {}),
    nearbyDate: nearby,
    ...(dayMonth ? { nearbyDayMonth: dayMonth } : {}),
    ...(byThen ? { sentenceDate: byThen } : {}),
    ...(aboutSenate(text, before) ? { senate: true } : {}),
  };
}

const SENATE = /Eerste[ \u00a0-]?Kamer|[Ss]enator(?:en)?\b|[Ss]enaat\b/;
const HOUSE = /Tweede[ \u00a0-]?Kamer/i;
/** How much of a text's start is its title and lead. */
const LEAD_CHARS = 300;
let lastHouseText: string | null = null;
let lastNamesHouse = false;

/** Whether a text names the Tweede Kamer (memoised: every motion of a text asks). */
function namesHouse(text: string): boolean {
  if (text !== lastHouseText) [lastHouseText, lastNamesHouse] = [text, HOUSE.test(text)];
  return lastNamesHouse;
}

/**
 * A text whose lead, or the motion's own sentence before it ("senator Faber ...", "de Eerste Kamer nam de
 * motie-X aan"), is about the Eerste Kamer, and that never names the Tweede Kamer. A part of a page has no lead
 * of its own (`lead` 0): the page's title and lead are judged apart.
 */
export function aboutSenate(text: string, sentence = '', lead = LEAD_CHARS): boolean {
  return (SENATE.test(sentence) || (lead > 0 && SENATE.test(text.slice(0, lead)))) && !namesHouse(text);
}

/** Where the mention's sentence starts before it: up to 240 characters back, never across another motion. */
function sentenceBeforeStart(text: string, start: number, mentions: Mention[]): number {
  let from = Math.max(0, start - 240);
  const previous = mentions.filter((m) => m.kind === 'motion' && m.end <= start).at(-1);
  if (previous && previous.end > from) from = previous.end;
  return sentenceStart(text, from, start);
}

/**
 * The latest date written in the mention's sentence before it, on its own line ("Is het waar dat de Kamer op 20
 * februari 2020 de motie Omtzigt c.s. heeft aangenomen"): the motion was there by then. Not a date on a line
 * above (a list of documents, each with its own date).
 */
function dateBefore(text: string, sentenceStart: number, start: number): string | null {
  const from = Math.max(sentenceStart, text.lastIndexOf('\n', start - 1) + 1);
  const latest = findDutchDates(text, from, start).map((d) => d.iso).sort().at(-1);
  // Or the year the sentence opens with ("In 2022 nam de Tweede Kamer de motie-Van Kent aan").
  return latest ?? (from === sentenceStart ? openingYearEnd(text.slice(from, start)) : null);
}
