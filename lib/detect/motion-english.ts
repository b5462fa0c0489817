/**
 * Motions named in English texts on Dutch politics, read by the Dutch patterns: "Motion-Karimi (GroenLinks-PvdA) on
 * ODA budget allocation" (a Senate agenda in English), "the motion submitted by MP Sjoerd Sjoerdsma on consultations"
 * (a minister's letter in translation). Only these two forms: a bare "Motion Picture" or "the Labour motion" says
 * nothing a reader could check.
 */
import { motionAtStart, readAsLongForm } from './motion';
import type { MotionMention } from './types';

/** "motion-" and a capital: Dutch writes "motie-", one letter shorter. */
const HYPHENED = /(?<![A-Za-z])([Mm])otion-(?=[A-Z])/g;
/** "motion (submitted) by (MP)": the members after it, with their title or a party in parentheses after the first. */
const SUBMITTED_BY = /(?<![A-Za-z])[Mm]otions?[ \u00a0]+(?:(?:submitted|tabled|filed|introduced|proposed)[ \u00a0]+)?by[ \u00a0]+(?:(?:the[ \u00a0]+)?((?:MPs?|[Ss]enators?|[Mm]embers?)[ \u00a0]+))?(?=[A-Z])/g;
const PARTY_AFTER_FIRST = /^[A-Z][^\s(),.;]*(?:[ \u00a0][A-Za-z][^\s(),.;]*){0,3}[ \u00a0]\([A-Za-z\d/ -]{2,30}\)/;

export function detectEnglishMotions(text: string): MotionMention[] {
  // Two searches that stop at each "m" and "M": one for "otion" would stop at every "o" of a Dutch text.
  if (text.indexOf('motion') < 0 && text.indexOf('Motion') < 0) return [];
  const out: MotionMention[] = [];
  for (const m of text.matchAll(HYPHENED)) {
    const at = m.index!;
    const read = motionAtStart(`${m[1]}otie-${text.slice(at + 7, at + 300)}`);
    // "motie-" is one character shorter than "motion-".
    if (!read || read.start !== 0) continue;
    const end = at + read.end + 1;
    out.push({ ...read, start: at, end, text: text.slice(at, end) });
  }
  for (const m of text.matchAll(SUBMITTED_BY)) {
    const from = m.index! + m[0].length;
    // "and" as Dutch "en", padded to keep every offset.
    const rest = text.slice(from, from + 300).replace(/ and /g, ' en  ');
    if (!m[1] && !PARTY_AFTER_FIRST.test(rest)) continue;
    // Read as "motie van de leden ...": the same check of the names (no party, no municipality) as in Dutch.
    const read = readAsLongForm('motie van de leden ', rest);
    if (!read) continue;
    const end = from + read.end;
    out.push({ kind: 'motion', start: m.index!, end, text: text.slice(m.index!, end), indieners: read.people.map((p) => p.surname), signatories: read.people, cs: read.cs });
  }
  return out;
}
