/**
 * Motions named in English texts on Dutch politics, read by the Dutch patterns: "Motion-Karimi (GroenLinks-PvdA) on
 * ODA budget allocation" (a Senate agenda in English), "the motion submitted by MP Sjoerd Sjoerdsma on consultations"
 * (a minister's letter in translation), "two motions of MP Joba van den Berg", "Wuite's motion" (Caribbean news). Not
 * a bare "Motion Picture" or "the Labour motion", which say nothing a reader could check.
 */
import { motiStarts } from './common';
import { motionAtStart, namedElsewhere, readAsLongForm } from './motion';
import type { MotionMention } from './types';

/** "motion-" and a capital: Dutch writes "motie-", one letter shorter. */
const HYPHENED = /(?<![A-Za-z])([Mm])otion-(?=[A-Z])/g;
/**
 * "motion (submitted) by (MP)", "a motion from opposition leader Geert Wilders" (BNO News, 2025): the members after it, with their title (also after their party: "a motion by JA21
 * parliamentarian Joost Eerdmans", Curaçao Chronicle 2025) or a party in parentheses after the first.
 */
const SUBMITTED_BY =
  /(?<![A-Za-z])[Mm]otions?(?:[ \u00a0]+[a-z]{2,14}){0,4}?,?[ \u00a0]+(?:(?:submitted|tabled|filed|introduced|proposed|presented)[ \u00a0]+)?(?:by|of|from)[ \u00a0]+(?:(?:the[ \u00a0]+)?((?:[A-Z][A-Za-z\d-]{1,20}[ \u00a0]+){0,2}(?:one-man[ \u00a0]+|(?:opposition|party)[ \u00a0]+)?(?:[Mm]embers?[ \u00a0]+of[ \u00a0]+[Pp]arliament(?:[ \u00a0]+\(MPs?\))?|MPs?|[Ss]enators?|[Mm]embers?|[Pp]arliamentarians?|[Ll]awmakers?|[Ll]eaders?|faction)[ \u00a0]+))?(?=[A-Z])/g;
/** A member's possessive before "motion": "Wuite’s motion", "Van den Berg’s motion", "Omtzigt's amended motion". */
const POSSESSIVE =
  /(?<![A-Za-z\u00c0-\u024f'\u2019-])((?:(?:[Vv]an|[Dd]e|[Tt]er)[ \u00a0](?:(?:de|den|der)[ \u00a0])?)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u017e]+(?:-[A-Z][a-z\u00df-\u00ff]+)?)['\u2019]s?[ \u00a0](?:(?:adopted|amended|rejected|new|first|second|earlier|latest|own)[ \u00a0])?motion(?![A-Za-z])/g;
/** Where POSSESSIVE may match: "Wuite's motion", "Eerdmans' first motion" (DutchNews 2025). */
const POSSESSIVE_GATE = /(?:s|['\u2019])[ \u00a0](?:(?:adopted|amended|rejected|new|first|second|earlier|latest|own)[ \u00a0])?motion/;
/** Capitalised words an English text puts before "'s motion" that are no member. */
const NOT_A_MEMBER = new Set(
  ('Parliament House Senate Government Cabinet Commission Council Committee Party Chamber Minister Netherlands Holland Europe ' +
    'Kingdom Labour Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April ' +
    'May June July August September October November December Week Year Speaker Opposition Coalition Island State ' +
    'Picture Ukraine Russia Israel Hungary Germany France Belgium Britain America China Turkey Poland Nato Brussels').split(' '),
);
/**
 * A surname before "motion" or after a headline's "Motion": "the Eerdmans motion", "Motion Omtzigt" (an English weblog,
 * 2019). Only a surname the text gives a member elsewhere ("Pieter Omtzigt's motion", "a motion from the one-man faction
 * Eerdmans"): "the Gaza motion" and "the Dutch motion" name no one.
 */
const NAME_WITH_MOTION =
  /(?<![A-Za-z\u00c0-\u024f'\u2019-])(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)[ \u00a0]+((?:(?:[Vv]an|[Dd]e|[Tt]er)[ \u00a0](?:(?:de|den|der)[ \u00a0])?)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u017e]+(?:-[A-Z][a-z\u00df-\u00ff]+)?)[ \u00a0]+motion(?![A-Za-z])|Motion[ \u00a0]+((?:(?:Van|De|Ter)[ \u00a0](?:(?:de|den|der)[ \u00a0])?)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u017e]+(?:-[A-Z][a-z\u00df-\u00ff]+)?)(?![A-Za-z\u00c0-\u024f'\u2019-]))/g;
/** "motion" with the members right after it, read only when the first has a party in parentheses (see PARTY_AFTER_FIRST). */
const MEMBERS_RIGHT_AFTER = /(?<![A-Za-z])motions?[ \u00a0]+(?=[A-Z])/g;
/** The first member's party as a party is written: a capital or a digit first ("(GroenLinks-Pvda)", "(D66)"), not "(the state)". */
const PARTY_RIGHT_AFTER = /^[A-Z][^\s(),.;]*(?:[ \u00a0][A-Za-z][^\s(),.;]*){0,3}[ \u00a0]\([A-Z\d][A-Za-z\d/-]{1,29}\)/;
const PARTY_AFTER_FIRST = /^[A-Z][^\s(),.;]*(?:[ \u00a0][A-Za-z][^\s(),.;]*){0,3}[ \u00a0]\([A-Za-z\d/ -]{2,30}\)/;

export function detectEnglishMotions(text: string): MotionMention[] {
  // From the scan for "moti" the Dutch motions make (one for "otion" would stop at every "o" of a Dutch text).
  if (!motiStarts(text).some((at) => text.startsWith('on', at + 4))) return [];
  const out: MotionMention[] = [];
  for (const m of text.matchAll(HYPHENED)) {
    const at = m.index!;
    const read = motionAtStart(`${m[1]}otie-${text.slice(at + 7, at + 300)}`);
    // "motie-" is one character shorter than "motion-".
    if (!read || read.start !== 0) continue;
    const end = at + read.end + 1;
    out.push({ ...read, start: at, end, text: text.slice(at, end) });
  }
  if (POSSESSIVE_GATE.test(text)) {
    for (const m of text.matchAll(POSSESSIVE)) {
      const name = m[1]!;
      if (name.split(/[ \u00a0-]/).some((w) => NOT_A_MEMBER.has(w))) continue;
      // The same check of the name (no party, no municipality) as in Dutch.
      const read = readAsLongForm('motie van het lid ', name);
      if (!read || read.end !== name.length) continue;
      const end = m.index! + m[0].length;
      out.push({ kind: 'motion', start: m.index!, end, text: text.slice(m.index!, end), indieners: read.people.map((p) => p.surname), signatories: read.people, cs: read.cs });
    }
  }
  // A name without a title or party counts where the text names that member so elsewhere ("Another motion from Van
  // Nispen urges ..." after "One significant motion, proposed by MP Van Nispen (SP)", Curaçao Chronicle 2024).
  const bare: MotionMention[] = [];
  const heads = [
    ...[...text.matchAll(SUBMITTED_BY)].map((m) => ({ m, connected: true })),
    ...[...text.matchAll(MEMBERS_RIGHT_AFTER)].map((m) => ({ m, connected: false })),
  ].sort((a, b) => a.m.index! - b.m.index!);
  for (const { m, connected } of heads) {
    const from = m.index! + m[0].length;
    // "and" as Dutch "en", padded to keep every offset.
    const rest = text.slice(from, from + 300).replace(/ and /g, ' en  ');
    const titled = !!m[1] || PARTY_AFTER_FIRST.test(rest);
    // Right after "motion", only members with their party: "a motion Kati Piri (GroenLinks-Pvda) and Derk Boswijk (CDA)".
    if (!connected && !PARTY_RIGHT_AFTER.test(rest)) continue;
    // Read as "motie van de leden ...": the same check of the names (no party, no municipality) as in Dutch.
    const read = readAsLongForm('motie van de leden ', rest);
    if (!read || (!connected && read.people.some((p) => p.surname.split(/[ \u00a0-]/).some((w) => NOT_A_MEMBER.has(w))))) continue;
    const end = from + read.end;
    (titled ? out : bare).push({ kind: 'motion', start: m.index!, end, text: text.slice(m.index!, end), indieners: read.people.map((p) => p.surname), signatories: read.people, cs: read.cs });
  }
  if (out.length > 0) {
    const known = surnamesOf(out);
    // With a member of another motion, the others may be named elsewhere with a first name or title ("a second motion of
    // Van den Berg and Kuiken" after "Van den Berg's motion, which was co-signed by MP Attje Kuiken", The Daily Herald 2023).
    const isKnown = (n: string) => known.has(n.split(/[ \u00a0]+/).pop()!);
    out.push(...bare.filter((b) => b.indieners.some(isKnown) && b.indieners.every((n) => isKnown(n) || namedElsewhere(text, n))));
    out.push(...namedWithMotion(text, out));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The last word of each member the motions found name: "Pieter Omtzigt" gives "Omtzigt". */
function surnamesOf(motions: MotionMention[]): Set<string> {
  return new Set(motions.flatMap((m) => m.indieners.map((n) => n.split(/[ \u00a0]+/).pop()!)));
}

function namedWithMotion(text: string, found: MotionMention[]): MotionMention[] {
  const known = surnamesOf(found);
  const out: MotionMention[] = [];
  for (const m of text.matchAll(NAME_WITH_MOTION)) {
    const name = (m[1] ?? m[2])!;
    const start = m[1] ? m.index! + m[0].indexOf(name) : m.index!;
    const end = m.index! + m[0].length;
    if (!known.has(name.split(/[ \u00a0]+/).pop()!) || found.some((f) => f.start < end && start < f.end)) continue;
    const read = readAsLongForm('motie van het lid ', name);
    if (!read || read.end !== name.length) continue;
    out.push({ kind: 'motion', start, end, text: text.slice(start, end), indieners: read.people.map((p) => p.surname), signatories: read.people, cs: read.cs });
  }
  return out;
}
