/**
 * The context the motion resolver needs, taken from the page: the clause after the mention in its
 * block, the footnote its marker points to (a paragraph on the page starting with that number),
 * every other Kamerstuk reference on the page and the page's date. Pure (text in, data out).
 */
import type { KamerstukMention, Mention, MotionMention } from '../../lib/detect/types';
import type { MotionContextMessage } from '../../lib/messages';
import { asRecorded } from '../../lib/detect/common';
import { aboutSenate, buildMotionContext, footnoteMarker, clauseEnd, kamerstukRef, NEARBY_CHARS, type KamerstukRef } from '../../lib/resolve/context';
import type { Around } from './surroundings';
import { writtenContentWords } from '../../lib/resolve/text-similarity';

export interface PageFacts {
  /** Paragraph texts that start with a footnote number, by that number. */
  footnotes: Map<string, string>;
  /**
   * The dossiers of the Kamerstuk references marked on the page, each once (at most MAX_PAGE_REFS): the
   * resolver only asks whether a motion's dossier is among the page's, so each motion's message carries
   * these few instead of every reference.
   */
  pageDossiers: KamerstukRef[];
  /** ISO date of the page, or null. */
  pageDate: string | null;
  /** Whether the page states that date as its own (metadata, "Den Haag, ..."). */
  pageDateStated?: boolean;
  /** The page is about the Eerste Kamer and does not name the Tweede Kamer (its title or lead). */
  senate?: boolean;
  /** The Kamerstuk the page's own address names ("zoek.officielebekendmakingen.nl/kst-35570-XIX-14.html"). */
  ownRef?: KamerstukRef | null;
}

/** The Kamerstuk (with its number) an address names, as the detector reads its path ("kst-35570-XIX-14"). */
export function addressRef(address: string, detect: (text: string) => Mention[]): KamerstukRef | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(address).pathname);
  } catch {
    return null;
  }
  const k = safeDetect(detect, path).find((m): m is KamerstukMention => m.kind === 'kamerstuk' && m.ondernummer !== null);
  return k ? kamerstukRef(k) : null;
}

/** A motion's own title, in capitals ("MOTIE VAN HET LID STOFFER"): on a Kamerstuk's page, that Kamerstuk. */
function isOwnTitle(mention: MotionMention): boolean {
  return mention.text === mention.text.toUpperCase();
}

export const MAX_PAGE_REFS = 100;

/** The dossiers of references, each once, in order, capped; as references without a number. */
export function distinctDossiers(refs: Iterable<{ dossier: number; toevoeging: string | null; rijkswet?: string }>): KamerstukRef[] {
  const out = new Map<string, KamerstukRef>();
  for (const written of refs) {
    if (out.size >= MAX_PAGE_REFS) break;
    const r = asRecorded(written);
    const key = `${r.dossier}-${r.toevoeging ?? ''}`;
    if (!out.has(key)) out.set(key, { dossier: r.dossier, toevoeging: r.toevoeging, ondernummer: null });
  }
  return [...out.values()];
}

const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/** Footnote number a paragraph starts with ("3 Kamerstukken II ...", "³ ...", "3. ..."), or null. */
export function footnoteNumber(text: string): string | null {
  const m = /^\s*(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[\s.)]/u.exec(text);
  if (!m) return null;
  return [...m[1]!].map((c) => ('0' <= c && c <= '9' ? c : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)))).join('');
}

/**
 * The text around the mention in its block, and where that reaches the block's edge, the page's text beyond it; sent as
 * its content words, each once (all the resolver reads of it), not as the text.
 */
function withAround(blockText: string, near: string, around: (() => Around) | null): string {
  const [atStart, atEnd] = [blockText.startsWith(near), blockText.endsWith(near)];
  // The page is walked only for a motion that needs its surroundings and whose block they reach past.
  const page = around && (atStart || atEnd) ? around() : null;
  const before = page && atStart ? page.before.slice(-NEARBY_CHARS) : '';
  const after = page && atEnd ? page.after.slice(0, NEARBY_CHARS) : '';
  return cap([...writtenContentWords(`${before}\n${near}\n${after}`)].join(' '), MAX_NEARBY);
}

/** The most of the words around a mention a message carries. */
export const MAX_NEARBY = 4 * NEARBY_CHARS;

export function motionContext(
  blockText: string,
  mention: MotionMention,
  detect: (text: string) => Mention[],
  page: PageFacts,
  /** The footnote number of a <sup> right after the mention on the page, if any. */
  domMarker: string | null = null,
  /** Reads the page's text before and after the block (see textAround), when the resolver needs it. */
  around: (() => Around) | null = null,
): MotionContextMessage {
  const mentions = safeDetect(detect, blockText);
  const self = mentions.find((m) => m.kind === 'motion' && m.start === mention.start) ?? mention;
  const ctx = buildMotionContext(blockText, mentions, self);
  let footnoteText = ctx.footnoteText;
  let footnoteRefs = ctx.footnoteRefs;
  // The footnote itself lives elsewhere on the page: a paragraph that starts with the marker.
  const marker = domMarker ?? footnoteMarker(blockText, self.end, clauseEnd(blockText, self.end, mentions));
  const note = marker ? page.footnotes.get(marker) : undefined;
  if (note && footnoteRefs.length === 0) {
    footnoteText = note.replace(/^\s*\S+?[\s.)]+/, '');
    footnoteRefs = safeDetect(detect, footnoteText)
      .filter((m): m is KamerstukMention => m.kind === 'kamerstuk')
      .map(kamerstukRef);
  }
  // The resolver reads the page's references by dossier only (see PageFacts).
  const pageRefs = distinctDossiers([...ctx.pageRefs, ...page.pageDossiers]);
  return {
    // The footnote marker the page put in a <sup> right after the mention is not part of the clause.
    after: cap(domMarker ? ctx.after.replace(/^[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/u, '') : ctx.after, 2000),
    ...(ctx.before ? { before: cap(ctx.before, 2000) } : {}),
    adjacentRefs: ctx.adjacentRefs.length === 0 && page.ownRef && isOwnTitle(self as MotionMention) ? [page.ownRef] : ctx.adjacentRefs.slice(0, 50),
    ...(ctx.replacedRefs ? { replacedRefs: ctx.replacedRefs.slice(0, 50) } : {}),
    ...(ctx.numbers ? { numbers: ctx.numbers.slice(0, 10) } : {}),
    footnoteRefs: footnoteRefs.slice(0, 50),
    ...(ctx.earlierRefs ? { earlierRefs: ctx.earlierRefs.slice(0, 50) } : {}),
    ...(ctx.laterRefs ? { laterRefs: ctx.laterRefs.slice(0, 50) } : {}),
    ...(footnoteText ? { footnoteText: cap(footnoteText, 2000) } : {}),
    ...(ctx.sameSubmittersSubject ? { sameSubmittersSubject: cap(ctx.sameSubmittersSubject, 2000) } : {}),
    ...(ctx.purportSubject ? { purportSubject: cap(ctx.purportSubject, 2000) } : {}),
    ...(ctx.earlierSubject ? { earlierSubject: cap(ctx.earlierSubject, 2000) } : {}),
    ...(ctx.nearbyText ? { nearbyText: withAround(blockText, ctx.nearbyText, around) } : {}),
    ...(ctx.documentNumbers ? { documentNumbers: ctx.documentNumbers } : {}),
    pageRefs,
    pageDate: page.pageDate ?? ctx.pageDate,
    ...((page.pageDate ? page.pageDateStated : ctx.pageDateStated) ? { pageDateStated: true } : {}),
    nearbyDate: ctx.nearbyDate,
    ...(ctx.nearbyDayMonth ? { nearbyDayMonth: ctx.nearbyDayMonth } : {}),
    ...(ctx.sentenceDate ? { sentenceDate: ctx.sentenceDate } : {}),
    // The block's start is no lead: only the motion's own sentence counts here, the page's lead in PageFacts.
    ...(page.senate || aboutSenate(blockText, ctx.before, 0) ? { senate: true } : {}),
  };
}

function safeDetect(detect: (text: string) => Mention[], text: string): Mention[] {
  try {
    return detect(text);
  } catch {
    return [];
  }
}
