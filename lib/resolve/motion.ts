/**
 * Named motion -> the exact motion. Candidates come from the signatories' surnames; what the text
 * around the mention says (an adjacent or footnoted reference, the subject, a date, other references
 * on the page, the page's own date) ranks them. Scores become probabilities with a softmax over
 * motion "families" (a motion and its amended versions), so a confidence means the same thing
 * whether there are two candidates or two hundred.
 */
import { capitaliseSurname } from '../detect/common';
import type { MotionMention } from '../detect/types';
import { SAID_OF_IT, type KamerstukRef, type MotionContext } from './context';
import { addedFirstName, givenNameFits, hyphenParts, initialsAgree, namesInTitle, normalizeSurname, surnameCore, surnameMatches } from './names';
import { ONLY_POINTS_BACK, OVER_SUBJECT, contentWords, wordsOverlap } from './text-similarity';
import { englishTerms, isEnglishMention, termsCover, termsOverlap } from './english';
import { compareStrings } from '../order';
import { senateLetter } from '../format/dutch';

/** At or above this confidence a card states the motion; below it, it asks "Bedoelde u ...". */
export const CONFIDENCE_THRESHOLD = 0.6;

export interface MotionSignatoryRecord {
  surname: string;
  initials?: string | null;
  party?: string | null;
  /** The name the member goes by (the members' list), where known. */
  firstName?: string | null;
}

export interface CandidateMotion {
  key: string;
  dossier: number;
  toevoeging: string | null;
  ondernummer: number;
  zaakNummer: string | null;
  documentNummer: string | null;
  /** ISO date the motion was submitted. */
  date: string | null;
  title: string;
  signatories: MotionSignatoryRecord[];
  /** Keys of the motions this one replaces ("gewijzigde motie ... t.v.v.") and that replace it. */
  replaces?: string[];
  replacedBy?: string[];
}

/** What the resolver needs from the dataset. */
export interface MotionCorpus {
  motionsBySurname(surname: string): CandidateMotion[];
  motionByKey(key: string): CandidateMotion | undefined;
  /** The member's key a surname no member has is a misspelling of (see misspeltKey), where the corpus can tell. */
  misspelt?(surname: string): string | null;
  /** Whether the dataset holds any document under this Kamerstuk key. */
  hasDocument(key: string): boolean;
  /**
   * Whether the document under this key is a motion the dataset knows only by its metadata (a motion
   * published after the snapshot's motions were taken, "Motie van het lid ... over ...").
   */
  isMotionDocument(key: string): boolean;
}

export type ResolutionStatus = 'resolved' | 'uncertain' | 'ambiguous' | 'none' | 'not-in-dataset';

export interface ScoredCandidate {
  motion: CandidateMotion;
  confidence: number;
  reasons: string[];
}

export interface MotionResolution {
  status: ResolutionStatus;
  best: CandidateMotion | null;
  /** For 'not-in-dataset': the reference the text gives for the motion. */
  reference?: KamerstukRef & { key: string };
  confidence: number;
  /** Runners-up, best first (the best is not repeated). */
  candidates: ScoredCandidate[];
  /** One Dutch sentence a card can show. */
  message: string;
}

export function refKey(r: { dossier: number; toevoeging: string | null; ondernummer: number | null }): string {
  return [r.dossier, r.toevoeging, r.ondernummer].filter((p) => p !== null && p !== undefined && p !== '').join('-');
}

interface Scored {
  motion: CandidateMotion;
  score: number;
  reasons: string[];
  /** Made after the text's date (or a date in its sentence). */
  late?: boolean;
  /** How much of the subject written its title shares (0..1). */
  overlap?: number;
  /** Named by the text's own reference (or as the one an amended motion replaced). */
  cited?: boolean;
  /** What its date shortly before the text's added to its score: it orders, it never makes a motion sure. */
  recency?: number;
}

type NamedMember = { surname: string; party?: string; initials?: string };

function nameList(named: NamedMember[], cs: boolean): string {
  const names = named.map((p) => p.surname).join(' en ');
  return cs ? `${names} c.s.` : names;
}

/** How the candidates' signatures write a member found by a key ("el abassi" is "El Abassi"). */
function recordedSurname(candidates: Scored[], key: string): string | undefined {
  for (const c of candidates) for (const s of c.motion.signatories) if (surnameMatches(key, s.surname)) return s.surname;
  return undefined;
}

/** The members a mention names: a speaker's joined "de motie Holman-Vedder" as two, where no member has that double name. */
function namedMembers(corpus: MotionCorpus, mention: MotionMention): NamedMember[] {
  const named: NamedMember[] = mention.signatories.length ? mention.signatories : mention.indieners.map((surname) => ({ surname }));
  if (named.length !== 1 || !named[0]!.surname.includes('-') || corpus.motionsBySurname(named[0]!.surname).length > 0) return named;
  const parts = hyphenParts(named[0]!.surname).map((part) => ({ surname: part.trim() }));
  return parts.every((p) => p.surname.length > 1) && corpus.motionsBySurname(parts[0]!.surname).length > 0 ? parts : named;
}

/** Candidate motions signed by every named member, filtered by party or initials where the text gives them. */
export function candidatesFor(corpus: MotionCorpus, mention: MotionMention, named: NamedMember[] = namedMembers(corpus, mention)): Scored[] {
  if (named.length === 0) return [];
  const joined = named.length > mention.indieners.length;
  const first = corpus.motionsBySurname(named[0]!.surname);
  const pool = new Map<string, CandidateMotion>();
  for (const m of first) pool.set(m.key, m);
  // The versions that replaced them, though their own signatures are missing from the data (36471-16, the amended
  // motion-Yeşilgöz on the Spreidingswet, has none): the title still names the members.
  for (const m of first) {
    for (const key of m.replacedBy ?? []) {
      if (pool.has(key)) continue;
      const later = corpus.motionByKey(key);
      if (later) pool.set(key, later);
    }
  }
  const out: Scored[] = [];
  for (const motion of [...pool.values()].sort((a, b) => compareStrings(a.key, b.key))) {
    const reasons: string[] = [];
    let score = 0;
    let ok = true;
    for (const [i, person] of named.entries()) {
      const idx = motion.signatories.findIndex((s) => surnameMatches(person.surname, s.surname));
      if (idx < 0) {
        // A signature cut off in the publication: the title still names the member.
        if (!namesInTitle(motion.title).some((n) => surnameMatches(person.surname, n))) {
          ok = false;
          break;
        }
        continue;
      }
      const sig = motion.signatories[idx]!;
      const { party, initials } = person;
      if (party && sig.party) {
        if (!partiesAgree(party, sig.party)) ok = false;
        else score += 0.5;
      }
      if (initials && sig.initials) {
        if (!initialsAgree(initials, sig.initials)) ok = false;
        else score += 0.5;
      }
      const given = sig.firstName || sig.initials ? addedFirstName(person.surname, sig.surname) : null;
      // The Kamer's own title writes the name a member goes by ("Tony van Dijck" is A.P.C. van Dijck).
      if (given && !givenNameFits(given, sig) && !motion.title.toLowerCase().includes(person.surname.toLowerCase())) ok = false;
    }
    if (!ok) continue;
    // The title ("Motie van de leden Van Zanten en Boomsma over ...") gives the order as written; the
    // signatory metadata does not always keep it.
    if (namedInOrder(named.map((p) => p.surname), motion.title)) score += 0.75;
    // "de motie van X", "de motie-X": X is who submitted it, named first; a motion X only co-signed is less likely.
    // Members a speaker joined with a hyphen, all of whom signed it: only their order differs ("de motie Ceder-Six
    // Dijkstra" in a minister's letter is "Motie van de leden Six Dijkstra en Ceder"). A title's order is the Kamer's own.
    else if (!firstSigner(named[0]!.surname, motion)) score -= joined ? 0.5 : 1.5;
    if (!mention.cs && motion.signatories.length === named.length) score += 0.5;
    if (mention.cs && motion.signatories.length > named.length) score += 0.5;
    reasons.push(`ondertekend door ${nameList(named, mention.cs)}`);
    out.push({ motion, score, reasons });
  }
  return out;
}

/** Whether `surname` is the motion's first signatory, or named first in its title. */
function firstSigner(surname: string, motion: CandidateMotion): boolean {
  const first = motion.signatories[0]?.surname ?? namesInTitle(motion.title)[0];
  return first !== undefined && surnameMatches(surname, first);
}

/** Whether the title names these surnames first and in this order. */
function namedInOrder(surnames: string[], title: string): boolean {
  const written = namesInTitle(title);
  return written.length > 0 && surnames.every((s, i) => written[i] !== undefined && surnameMatches(s, written[i]!));
}

/** A party's name written out, as news writes it ("Ines Kostić (Partij voor de Dieren)"), by its short name. */
const PARTY_NAMES: Record<string, string> = {
  christenunie: 'cu',
  groenlinkspvda: 'glpvda',
  pvdagroenlinks: 'glpvda',
  pvdagl: 'glpvda',
  partijvoordedieren: 'pvdd',
  partijvandearbeid: 'pvda',
  partijvoordevrijheid: 'pvv',
  volkspartijvoorvrijheidendemocratie: 'vvd',
  christendemocratischappel: 'cda',
  democraten66: 'd66',
  socialistischepartij: 'sp',
  staatkundiggereformeerdepartij: 'sgp',
  nieuwsociaalcontract: 'nsc',
  boerburgerbeweging: 'bbb',
  forumvoordemocratie: 'fvd',
};

/** The same party, or one of the two that merged into the other's ("Frans Timmermans (PvdA)" of GroenLinks-PvdA). */
function partiesAgree(written: string, recorded: string): boolean {
  const [a, b] = [normalizeParty(written), normalizeParty(recorded)];
  if (a === b || (MERGED[a] !== undefined && MERGED[a] === b) || (MERGED[b] !== undefined && MERGED[b] === a)) return true;
  // The abbreviation and the name together: "Marieke Wijen-Nass (BBB BoerBurgerBeweging)" (a regional site, 2025).
  const words = written.trim().split(/\s+/);
  return words.length > 1 && words.some((w) => partiesAgree(w, recorded));
}
const MERGED: Record<string, string> = { pvda: 'glpvda', groenlinks: 'glpvda', gl: 'glpvda' };

function normalizeParty(p: string): string {
  const short = p.normalize('NFD').toLowerCase().replace(/[^a-z0-9]/g, '');
  return PARTY_NAMES[short] ?? short;
}

const QUOTED_REQUEST = /\b(?:verzo(?:cht|ekt|ekte)|vr(?:aagt|oeg|aagde)|roept|riep)\b[^«“„"]{0,60}[«“„"]([^»”"]{15,400})[»”"]/;

function subjectOf(mention: MotionMention, ctx: MotionContext, english: boolean): string {
  if (mention.subject) return mention.subject;
  // An English sentence's "over" is no Dutch one ("citing concerns over money laundering").
  if (english) return ctx.after.slice(0, 240);
  if (ctx.purportSubject) return ctx.purportSubject;
  // The request quoted after it: "de aangenomen motie Dobbe uit te voeren, waarmee de Kamer u verzocht om «om een
  // wervingscampagne op te zetten ...»" (a Kamervraag, 2025).
  const quoted = QUOTED_REQUEST.exec(ctx.after);
  if (quoted) return quoted[1]!;
  // Not an "over" in what the sentence says of the motion ("De motie van JA21-leider Joost Eerdmans werd vorige week al
  // behandeld, voordat premier Schoof naar een Europees topoverleg over Oekraïne reisde", NH Nieuws 2025).
  const over = SAID_OF_IT.test(ctx.after) ? null : OVER_SUBJECT.exec(ctx.after);
  if (over) return over[1]!.slice(0, 240);
  if (ctx.sameSubmittersSubject) return ctx.sameSubmittersSubject.slice(0, 240);
  return ONLY_POINTS_BACK.test(ctx.after) ? '' : ctx.after.slice(0, 240);
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

function rank(scored: Scored[], mention: MotionMention, ctx: MotionContext): void {
  const explicit = [...ctx.adjacentRefs, ...ctx.footnoteRefs];
  // An earlier mention's reference may be another motion of the same member: it counts for less than
  // a reference of this mention's own, so the subject can outweigh it.
  const earlierKeys = new Set((ctx.earlierRefs ?? []).filter((r) => r.ondernummer !== null).map(refKey));
  const explicitKeys = new Set(explicit.filter((r) => r.ondernummer !== null).map(refKey));
  const replaced = (ctx.replacedRefs ?? []).filter((r) => r.ondernummer !== null).map(refKey);
  // The motion an amended one replaced, where the data holds no version replacing it: it stands in for the amended one.
  const orphaned = (ctx.replacedRefs ?? []).filter((r) => r.ondernummer !== null && !replacedInData(scored, r)).map(refKey);
  const explicitDossiers = new Set([...explicit, ...(ctx.replacedRefs ?? [])].map((r) => `${r.dossier}-${r.toevoeging ?? ''}`));
  const pageDossiers = new Set(ctx.pageRefs.map((r) => `${r.dossier}-${r.toevoeging ?? ''}`));
  // A text (not a page: its content script sends dossiers only) may cite the motion itself elsewhere: a motion's
  // own page names it in its title and gives "kst-36704-58" in its metadata.
  const textKeys = new Set(ctx.pageRefs.filter((r) => r.ondernummer !== null).map(refKey));
  const numbers = new Set(ctx.numbers ?? []);
  const documentNumbers = new Set((ctx.documentNumbers ?? []).map((n) => n.toUpperCase()));
  // "een motie van wantrouwen" (or "van afkeuring"): the Kamer titles it "over het opzeggen van het vertrouwen in ...".
  const kind = KINDS.find((k) => k.written.test(`${mention.text} ${ctx.after.slice(0, 24)}`));
  // Against whom: "tegen de premier", "tegen het hele kabinet" (a minister the title names by office, not by name).
  const target = kind && TARGETS.find((t) => t.written.test(ctx.after.slice(0, 80)));
  // The words of the subject and of the text before are the same for every candidate: split them once.
  const english = isEnglishMention(mention);
  const subject = subjectOf(mention, ctx, english);
  // Words of an English text are read for the Dutch words they stand for (see english.ts).
  const read = english ? readEnglish : readDutch;
  const subjectWords = subject ? read(subject) : null;
  const beforeWords = ctx.before ? read(ctx.before) : null;
  const nearbyWords = ctx.nearbyText ? read(ctx.nearbyText) : null;
  const earlierWords = ctx.earlierSubject ? read(ctx.earlierSubject) : null;
  for (const c of scored) {
    const m = c.motion;
    const dossier = `${m.dossier}-${m.toevoeging ?? ''}`;
    const replacing = replaced.find((key) => (m.replaces ?? []).includes(key));
    const numbered = [m.documentNummer, m.zaakNummer].find((n) => n && documentNumbers.has(n.toUpperCase()));
    c.cited = explicitKeys.has(m.key) || !!replacing || orphaned.includes(m.key) || !!numbered;
    if (numbered) {
      c.score += 8;
      c.reasons.push(`de tekst noemt het nummer ${numbered}`);
    }
    if (explicitKeys.has(m.key)) {
      c.score += 12;
      c.reasons.push(`de tekst verwijst naar ${m.key}`);
    } else if (replacing) {
      c.score += 12;
      c.reasons.push(`vervangt ${replacing}, zoals de tekst zegt`);
    } else if (orphaned.includes(m.key)) {
      c.score += 12;
      c.reasons.push(`de tekst noemt deze als de motie die de gewijzigde vervangt; de gewijzigde zit niet in de gegevens`);
    } else if (numbers.has(m.ondernummer) && (explicitDossiers.has(dossier) || pageDossiers.has(dossier))) {
      // "nr. 27 Motie van het lid Eerdmans" in a text about dossier 36471.
      c.score += 8;
      c.reasons.push(`nr. ${m.ondernummer} in een dossier dat de tekst noemt (${m.dossier})`);
    } else if (numbers.has(m.ondernummer)) {
      c.score += 3;
      c.reasons.push(`zelfde nummer (nr. ${m.ondernummer})`);
    } else if (earlierKeys.has(m.key)) {
      c.score += 4;
      c.reasons.push(`eerder in de tekst genoemd als ${m.key}`);
    } else if (textKeys.has(m.key)) {
      c.score += 3;
      c.reasons.push(`elders in de tekst genoemd (${m.key})`);
    } else if (explicitDossiers.has(dossier)) {
      c.score += 2.5;
      c.reasons.push(`zelfde dossier als de verwijzing erbij (${m.dossier})`);
    } else if (pageDossiers.has(dossier)) {
      c.score += 0.75;
      c.reasons.push(`zelfde dossier als andere verwijzingen in de tekst`);
    }
    // Words written before the mention ("... verkenning naar verdragen, naar aanleiding van de motie-X") count for less.
    if (kind?.titled.test(m.title)) {
      c.score += 4;
      c.reasons.push(kind.reason);
      if (target?.titled.test(m.title)) {
        c.score += 2;
        c.reasons.push(target.reason);
      }
    }
    const titleWords = subjectWords || beforeWords || earlierWords ? contentWords(m.title) : null;
    const overlap = Math.max(
      subjectWords ? subjectWords.overlap(titleWords!) : 0,
      beforeWords ? 0.6 * beforeWords.overlap(titleWords!) : 0,
      earlierWords ? EARLIER_WEIGHT * earlierWords.overlap(titleWords!) : 0,
    );
    c.overlap = overlap;
    if (overlap > 0) {
      c.score += 5 * overlap;
      if (overlap >= 0.3) c.reasons.push(`onderwerp komt overeen (${Math.round(overlap * 100)}%)`);
    }
    if (nearbyWords) {
      // The share of the title's own words (after "over") that the text around the mention uses.
      const own = contentWords(TITLE_SUBJECT.exec(m.title)?.[1] ?? m.title);
      const near = nearbyWords.cover(own);
      c.score += NEARBY_WEIGHT * near;
      if (near >= 0.5) c.reasons.push(`woorden uit de titel staan in de tekst eromheen (${Math.round(near * 100)}%)`);
    }
    // The date written right after the mention; a day written without its year is that day of the motion's own year.
    const near = m.date && (ctx.nearbyDate ?? (ctx.nearbyDayMonth ? `${m.date.slice(0, 4)}-${ctx.nearbyDayMonth}` : null));
    if (near) {
      const d = daysBetween(near, m.date!);
      if (d < 1) {
        c.score += 3;
        c.reasons.push(`zelfde datum (${m.date})`);
      } else if (d <= 7) c.score += 1.5;
    }
    if (ctx.pageDate && m.date && m.date <= ctx.pageDate) {
      // A text tells most of the motions of the weeks before it (news of a vote, a letter answering it): of a member's
      // motions that fit as well, the recent ones first.
      const d = daysAfter(m.date, ctx.pageDate);
      c.recency = d <= RECENT_DAYS ? 1.5 : d <= LATELY_DAYS ? 0.75 : 0;
      c.score += c.recency;
      if (d <= RECENT_DAYS) c.reasons.push('ingediend kort voor de datum van de tekst');
    }
    if (ctx.pageDate && m.date && m.date > ctx.pageDate) {
      // Days after it, with the subject the text writes: a page's list of its other items may be newer than the page's
      // one date ("Motie Ouwehand over dierenleed voorkomen ..." under a motion page of the day before).
      c.score -= overlap >= 0.8 && daysAfter(ctx.pageDate, m.date) <= LIST_NEWER_DAYS ? 2 : 6;
      c.late = true;
      c.reasons.push('ingediend na de datum van de tekst');
    } else if (ctx.sentenceDate && m.date && m.date > ctx.sentenceDate) {
      c.score -= 6;
      c.late = true;
      c.reasons.push('ingediend na de datum in de zin');
    }
  }
}

/** A text's words, read for what a title shares with them: as Dutch words, or as English ones standing for Dutch stems. */
interface ReadWords {
  /** Share of the text's words that the title has. */
  overlap(title: ReadonlySet<string>): number;
  /** Share of the title's words that the text has. */
  cover(title: ReadonlySet<string>): number;
}

function readDutch(text: string): ReadWords {
  const words = contentWords(text);
  return { overlap: (title) => wordsOverlap(words, title), cover: (title) => wordsOverlap(title, words) };
}

function readEnglish(text: string): ReadWords {
  const terms = englishTerms(text);
  return { overlap: (title) => termsOverlap(terms, title), cover: (title) => termsCover(title, terms) };
}

/** A title's subject: what follows its "over". */
const TITLE_SUBJECT = /\sover\s([^]+)$/;
/** What an earlier mention of the same members says counts for less than what this one says. */
const EARLIER_WEIGHT = 0.6;
/** The text around a mention counts for half as much as the subject written with it. */
const NEARBY_WEIGHT = 2.5;

/** Motions of a kind the text names, and how the Kamer's titles say it. */
const KINDS = [
  { written: /[Mm]otie[\s\u00a0]+van[\s\u00a0]+wantrouwen|[Ww]antrouwensmotie/, titled: /vertrouwen[^.]{0,80}opzeg|opzeggen[^.]{0,20}vertrouwen/i, reason: 'een motie van wantrouwen' },
  { written: /[Mm]otie[\s\u00a0]+van[\s\u00a0]+afkeuring|[Aa]fkeuringsmotie/, titled: /afkeuring/i, reason: 'een motie van afkeuring' },
];

const TARGETS = [
  { written: /\btegen[\s\u00a0]+(?:de[\s\u00a0]+)?(?:premier|minister-president)\b/i, titled: /minister-president/i, reason: 'tegen de minister-president' },
  { written: /\btegen[\s\u00a0]+het[\s\u00a0]+(?:hele[\s\u00a0]+|voltallige[\s\u00a0]+)?kabinet\b/i, titled: /in het (?:demissionaire[\s\u00a0]+)?kabinet/i, reason: 'tegen het kabinet' },
];

/** Groups a motion with its amended versions; the family's representative is chosen afterwards. */
function families(scored: Scored[]): Scored[][] {
  const byKey = new Map(scored.map((s) => [s.motion.key, s]));
  const seen = new Set<string>();
  const out: Scored[][] = [];
  for (const s of scored) {
    if (seen.has(s.motion.key)) continue;
    const group: Scored[] = [];
    const stack = [s.motion.key];
    while (stack.length) {
      const key = stack.pop()!;
      if (seen.has(key)) continue;
      const member = byKey.get(key);
      if (!member) continue;
      seen.add(key);
      group.push(member);
      stack.push(...(member.motion.replaces ?? []), ...(member.motion.replacedBy ?? []));
    }
    out.push(group);
  }
  return out;
}

/** The sentence tells of a vote: the version voted on is the last one (an amended motion replaces the one before). */
const VOTED =
  /(?:^|[^\p{L}])(?:aangenomen|verworpen|verwierp|stemde|stemden|gestemd|Kamermeerderheid|meerderheid|adopted|rejected|passed|voted|majority)(?![\p{L}])/u;

/**
 * Within a family: the explicitly cited or best-scored version, else the latest amendment the page can know; where the
 * sentence tells of a vote, the latest the page can know unless the text cites another ("Tot ieders verrassing werd er een
 * motie aangenomen van VVD-leider Yesilgöz", NH Nieuws 2023: the amended motion-Yeşilgöz, 36471-16).
 */
function representative(group: Scored[], ctx: MotionContext, voted = false): Scored {
  if (voted && !group.some((s) => s.cited)) {
    const known = group.filter((s) => !ctx.pageDate || !s.motion.date || s.motion.date <= ctx.pageDate);
    const last = [...(known.length ? known : group)].sort((a, b) => compareStrings(b.motion.date ?? '', a.motion.date ?? '') || b.motion.ondernummer - a.motion.ondernummer)[0]!;
    const best = Math.max(...group.map((s) => s.score));
    if (last.score < best && (last.motion.replaces ?? []).length) last.reasons.push('gewijzigde motie');
    return last;
  }
  const sorted = [...group].sort(
    (a, b) =>
      b.score - a.score ||
      compareStrings(b.motion.date ?? '', a.motion.date ?? '') ||
      b.motion.ondernummer - a.motion.ondernummer,
  );
  const top = sorted[0]!;
  const tied = sorted.filter((s) => top.score - s.score < 0.5);
  const known = tied.filter((s) => !ctx.pageDate || !s.motion.date || s.motion.date <= ctx.pageDate);
  const latest = (known.length ? known : tied).sort((a, b) => compareStrings(b.motion.date ?? '', a.motion.date ?? ''))[0]!;
  if (latest !== top && (latest.motion.replaces ?? []).length) latest.reasons.push('gewijzigde motie');
  return latest;
}

const NEARBY_NUMBERS = 50;
/** A motion made up to a month before the text's date, or up to a quarter, is a little likelier to be the one meant. */
const RECENT_DAYS = 31;
const LATELY_DAYS = 92;
const LIST_NEWER_DAYS = 14;
const AMENDED_WITHIN_DAYS = 180;

function daysAfter(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** Whether the data holds a version of these members that replaced `ref`. */
function replacedInData(scored: Scored[], ref: KamerstukRef): boolean {
  return scored.some((s) => amends(s.motion, ref));
}

/**
 * Whether `m` is a version that replaced `ref`: its record says so, or it is an amended motion later in the dossier
 * whose record names none it replaced (a few lack the link).
 */
function amends(m: CandidateMotion, ref: KamerstukRef): boolean {
  const replaces = m.replaces ?? [];
  if (replaces.length) return replaces.includes(refKey(ref));
  return AMENDED_TITLE.test(m.title) && m.dossier === ref.dossier && (m.toevoeging ?? null) === (ref.toevoeging ?? null) && m.ondernummer > ref.ondernummer!;
}
const AMENDED_TITLE = /^(?:(?:tweede|nader)\s+)*gewijzigde\s+motie/i;

type MissingRef = KamerstukRef & { key: string; replaced?: boolean };

function notInDataset(corpus: MotionCorpus, mention: MotionMention, ctx: MotionContext, scored: Scored[]): MissingRef | null {
  // An earlier mention's reference only when this one says nothing of its own about which motion it is.
  const earlier = mention.subject ? [] : (ctx.earlierRefs ?? []);
  // The motion's own reference is an Eerste Kamer document ("(35788, letter D)"): a motion of the Eerste
  // Kamer, which the Tweede Kamer's data never holds, whatever its submitters' names match there.
  const senate = [...ctx.adjacentRefs, ...ctx.footnoteRefs].find((r) => r.letter);
  if (senate) return { ...senate, key: `${refKey(senate)}-${senate.letter}` };
  // The references with a number that may be a motion the data lacks.
  const missing = (refs: KamerstukRef[]) =>
    refs
      .filter((r) => r.ondernummer !== null)
      .map((r) => ({ ...r, key: refKey(r) }))
      .filter((r) => lacksMotion(corpus, r.key));
  // The mention's own parenthesis names the motion itself: only the data's amended version of it ("t.v.v.")
  // stands in for it ("de gewijzigde motie van het lid Soepboer over ... (Kamerstuk 27923-489)": 27923-483 is
  // the version 489 amended, 27923-506 another motion of hers).
  for (const ref of missing(ctx.adjacentRefs)) {
    if (!scored.some((s) => (s.motion.replaces ?? []).includes(ref.key))) return ref;
  }
  // An amended motion that names the one it replaces ("Gewijzigde motie ... (t.v.v. 33037-631)"), where the data holds
  // neither that motion nor a version replacing it: the text's own reference stands in for it.
  for (const ref of missing(ctx.replacedRefs ?? [])) {
    if (!replacedInData(scored, ref)) return { ...ref, replaced: true };
  }
  for (const ref of missing([...ctx.footnoteRefs, ...earlier])) {
    // A motion of these members a little before it in the same dossier may be the one meant (a footnote may cite
    // a letter about it), or a version amending it after it; a motion of theirs after it is another one ("de motie
    // van het lid Van der Plas (Kamerstuk 21 501-32, nr. 1572)", then "de motie van het lid Van der Plas": not her
    // nr. 1607). One hundreds of numbers away is another, years apart. Not one made long after the text was written
    // (an amended version follows within days; the text's date may be one it cites, hence the margin).
    const nearby = scored.some(
      ({ motion: m }) =>
        m.dossier === ref.dossier &&
        m.toevoeging === ref.toevoeging &&
        (m.ondernummer < ref.ondernummer! ? ref.ondernummer! - m.ondernummer <= NEARBY_NUMBERS : amends(m, ref)) &&
        !(ctx.pageDate && m.date && daysAfter(ctx.pageDate, m.date) > AMENDED_WITHIN_DAYS),
    );
    if (!nearby) return ref;
  }
  return null;
}

/**
 * No motion in the data can be the one meant. If another mention of the same submitters in the text gives
 * its own Kamerstuk, and the data lacks that motion too, it is most likely this one (a page about one
 * motion names it, then cites it); else none.
 */
function noneOrSibling(corpus: MotionCorpus, ctx: MotionContext, message: string): MotionResolution {
  return siblingResult(corpus, ctx) ?? { status: 'none', best: null, confidence: 0, candidates: [], message };
}

function siblingResult(corpus: MotionCorpus, ctx: MotionContext): MotionResolution | null {
  const nearestFirst = [...(ctx.laterRefs ?? []), ...[...(ctx.earlierRefs ?? [])].reverse()];
  const sibling = nearestFirst.find((r) => r.ondernummer !== null && !r.letter && lacksMotion(corpus, refKey(r)));
  if (!sibling) return null;
  const key = refKey(sibling);
  return notInDatasetResult({ ...sibling, key }, 0.6, `Elders in de tekst staat bij deze indieners Kamerstuk ${key}; die motie zit niet in de gebundelde gegevens.`);
}

/**
 * Whether a reference may be a motion the dataset lacks: not one of its motions, and not a document of
 * another kind ("de brief over de motie") unless the data knows that document as a motion.
 */
function lacksMotion(corpus: MotionCorpus, key: string): boolean {
  return !corpus.motionByKey(key) && (!corpus.hasDocument(key) || corpus.isMotionDocument(key));
}

function notInDatasetResult(reference: KamerstukRef & { key: string }, confidence: number, message: string): MotionResolution {
  return { status: 'not-in-dataset', best: null, reference, confidence, candidates: [], message };
}

/**
 * The motion the text's own reference names, when one of several named members signed it and another name matches
 * no signer (a name misspelt: "Dobben en Van Baarle (Kamerstuk 22 054, nr. 415)", the motion of Dobbe and Van Baarle).
 */
function citedWithANameAmiss(corpus: MotionCorpus, mention: MotionMention, ctx: MotionContext): Scored[] {
  const named = mention.signatories.length ? mention.signatories.map((s) => s.surname) : mention.indieners;
  if (named.length < 2) return [];
  const out: Scored[] = [];
  for (const ref of [...ctx.adjacentRefs, ...ctx.footnoteRefs]) {
    const motion = ref.ondernummer === null ? undefined : corpus.motionByKey(refKey(ref));
    if (!motion) continue;
    const signed = named.filter((n) => motion.signatories.some((s) => surnameMatches(n, s.surname)));
    if (signed.length === 0 || signed.length === named.length) continue;
    const amiss = named.filter((n) => !signed.includes(n));
    out.push({ motion, score: 0, reasons: [`ondertekend door ${signed.join(' en ')}; ${amiss.join(' en ')} staat er niet bij`] });
  }
  return out;
}

/**
 * Whether a motion in the data is signed by (or titled with) this name: found by its exact keys, or by the core alone
 * ("van den Burg" finds Van der Burg's motions by "burg", none of which a Van den Burg signed: a Council report, 2025).
 */
function signedBy(corpus: MotionCorpus, surname: string): boolean {
  return corpus
    .motionsBySurname(surname)
    .some((m) => m.signatories.some((s) => surnameMatches(surname, s.surname)) || namesInTitle(m.title).some((n) => surnameMatches(surname, n)));
}

/**
 * The members as the text means them where a name it writes is no member's but one letter off one ("motie van Ismail el
 * Albassi" for El Abassi, ANP 2025; "motie van der Brug", a minister's letter, 2025); null when no name is.
 */
function spelledRight(corpus: MotionCorpus, named: NamedMember[], signed: boolean[]): { named: NamedMember[]; amiss: string[] } | null {
  if (!corpus.misspelt) return null;
  const amiss: string[] = [];
  const right = named.map((person, i) => {
    if (signed[i]) return person;
    const key = corpus.misspelt!(person.surname);
    if (!key) return person;
    amiss.push(person.surname);
    return { ...person, surname: key };
  });
  return amiss.length ? { named: right, amiss } : null;
}

export function resolveMotion(corpus: MotionCorpus, mention: MotionMention, ctx: MotionContext): MotionResolution {
  // Who the mention names, read once: the candidates, the messages and the namesake check use the same members.
  const named = namedMembers(corpus, mention);
  const found = candidatesFor(corpus, mention, named);
  const cited = found.length > 0 ? found : citedWithANameAmiss(corpus, mention, ctx);
  if (cited.length === 0) {
    // Which names the data's motions bear, read once for both ways out below.
    const signed = named.map((p) => signedBy(corpus, p.surname));
    const right = spelledRight(corpus, named, signed);
    const respelled = right ? candidatesFor(corpus, mention, right.named) : [];
    if (respelled.length > 0) {
      // Found again under the names as the Kamer writes them, which its reasons and messages show.
      const meant = right!.named.map((p, i) => ({ ...p, surname: capitaliseSurname(recordedSurname(respelled, p.surname) ?? named[i]!.surname) }));
      const r = resolveAmong(corpus, mention, ctx, meant, candidatesFor(corpus, mention, meant));
      const wrote = right!.amiss.map((n) => `«${n}»`).join(' en ');
      // A guess at a name is no sure answer: a former member may be one letter off a member of now ("Veldman", Veltman).
      const status = r.status === 'resolved' ? 'uncertain' : r.status;
      const sought = nameList(meant, mention.cs);
      // "gezocht als Van der Burg c.s." ends its sentence with the point of "c.s.".
      return { ...r, status, message: `De tekst schrijft ${wrote}: geen Kamerlid heet zo; gezocht als ${sought}${sought.endsWith('.') ? '' : '.'} ${r.message}` };
    }
    // One of several names is no member's and no misspelling the data can tell ("Olger van Dijk en Piedk", a summary
    // service's slip for Pierik, 2025): the others' motions, never as a sure answer.
    const known = named.filter((_, i) => signed[i]);
    if (known.length > 0 && known.length < named.length) {
      // Read as "X c.s.": the motion has more signatures than the names left.
      const r = resolveAmong(corpus, { ...mention, cs: true }, ctx, known, candidatesFor(corpus, { ...mention, cs: true }, known));
      if (r.best) {
        const wrote = named.filter((p) => !known.includes(p)).map((p) => `«${p.surname}»`).join(' en ');
        return { ...r, status: r.status === 'resolved' ? 'uncertain' : r.status, message: `De tekst schrijft ook ${wrote}: geen Kamerlid heet zo; gezocht op de andere namen. ${r.message}` };
      }
    }
  }
  return resolveAmong(corpus, mention, ctx, named, cited);
}

/** Resolution among the motions found for the members as named (see resolveMotion). */
function resolveAmong(corpus: MotionCorpus, mention: MotionMention, ctx: MotionContext, named: NamedMember[], scored: Scored[]): MotionResolution {
  const names = nameList(named, mention.cs);
  const missing = notInDataset(corpus, mention, ctx, scored);
  if (missing) {
    const { replaced, ...reference } = missing;
    // The text's own number for the amended motion, given with another mention of it, is better than the one it replaced.
    const sibling = replaced ? siblingResult(corpus, ctx) : null;
    if (sibling) return sibling;
    return notInDatasetResult(
      reference,
      0.9,
      missing.letter
        ? `De tekst verwijst naar Kamerstuk ${refKey(missing)}, ${senateLetter(missing.letter)}: de moties van de Eerste Kamer zitten niet in de gebundelde gegevens.`
        : replaced
          ? `Deze gewijzigde motie vervangt Kamerstuk ${missing.key}; geen van beide zit in de gebundelde gegevens.`
          : `De tekst verwijst naar Kamerstuk ${missing.key}; die motie zit niet in de gebundelde gegevens.`,
    );
  }
  if (scored.length === 0) return noneOrSibling(corpus, ctx, `Geen motie van ${names} gevonden in de gebundelde gegevens.`);
  // Unless the motion's own reference names one of the data's motions (ranked below).
  if (ctx.senate && ctx.adjacentRefs.length === 0 && ctx.footnoteRefs.length === 0 && !ctx.numbers?.length) {
    return noneOrSibling(corpus, ctx, 'De tekst gaat over de Eerste Kamer: een motie van de Eerste Kamer; die zitten niet in de gebundelde gegevens.');
  }
  // Every motion of these members the data holds came after a date the motion was there by: none of them is meant.
  // The text's own date (an article of 2023 about "de moties van Van Baarle" is not about his motions of 2025), or
  // one in the mention's sentence ("de Kamer heeft op 20 februari 2020 de motie Omtzigt c.s. aangenomen").
  const bounds: [string | null | undefined, string][] = [
    [ctx.pageDateStated ? ctx.pageDate : null, 'de datum van de tekst'],
    [ctx.sentenceDate, 'de datum in de zin'],
  ];
  for (const [date, what] of bounds) {
    if (date && scored.every((s) => s.motion.date && s.motion.date > date)) {
      return noneOrSibling(corpus, ctx, `Geen motie van ${names} van vóór ${date} (${what}) in de gebundelde gegevens.`);
    }
  }
  rank(scored, mention, ctx);
  const voted = VOTED.test(`${ctx.before ?? ''} ${mention.text} ${ctx.after}`);
  const groups = families(scored).map((g) => ({ rep: representative(g, ctx, voted), max: Math.max(...g.map((s) => s.score)) }));
  const top = Math.max(...groups.map((g) => g.max));
  const weights = groups.map((g) => Math.exp(g.max - top));
  const total = weights.reduce((a, b) => a + b, 0);
  const ranked = groups
    .map((g, i) => ({ motion: g.rep.motion, reasons: g.rep.reasons, confidence: weights[i]! / total, rep: g.rep }))
    .sort((a, b) => b.confidence - a.confidence || compareStrings(a.motion.key, b.motion.key));
  const best = ranked[0]!;
  const runnersUp = ranked.slice(1, 6).map(({ motion, reasons, confidence }) => ({ motion, reasons, confidence: round(confidence) }));
  const confidence = round(best.confidence);
  // A motion made after the text's date is no sure answer, even as the only candidate ("Motie 151 van de leden Wilders en
  // Baudet" on a page about the votes of 18 March 2020 is not their motion of December 2023), unless its subject is
  // the one written or the text cites it (a list's date may be another item's).
  const contradicted = !!best.rep.late && !best.rep.cited && (best.rep.overlap ?? 0) < 0.5;
  // Ahead of the next only by being more recent: a likelier guess, no sure answer.
  const second = ranked[1];
  const onlyRecent = !!second && best.rep.score - (best.rep.recency ?? 0) <= second.rep.score - (second.rep.recency ?? 0);
  if (confidence >= CONFIDENCE_THRESHOLD && !contradicted && !onlyRecent) {
    return { status: 'resolved', best: best.motion, confidence, candidates: runnersUp, message: best.reasons.join('; ') };
  }
  // Nothing in the data comes close to fitting (a guess among many), and the text cites one of these members'
  // motions the data lacks ("Motie van het lid Dassen over ..." on the motion's own page, its number further
  // down): that one. A fitting candidate keeps its place (the other reference may be a letter about it).
  const sibling = confidence < MERE_GUESS ? siblingResult(corpus, ctx) : null;
  if (sibling) return sibling;
  const namesake = isNamesakeTie(named, ranked.slice(0, 4).map((r) => r.motion));
  return {
    status: namesake ? 'ambiguous' : 'uncertain',
    best: best.motion,
    confidence,
    candidates: runnersUp,
    message: namesake
      ? `Meerdere Kamerleden heten ${namesake}; de tekst zegt niet welke. Bedoelde u een van deze moties?`
      : contradicted
        ? `Geen motie van ${names} van vóór de datum van de tekst in de gebundelde gegevens. Bedoelde u ...`
        : `Niet zeker welke motie van ${names} bedoeld is. Bedoelde u ...`,
  };
}

/** A best candidate below this confidence is one of many equally unlikely ones. */
const MERE_GUESS = 0.1;

/** The surname of a named member that, among the top candidates, belongs to different people. */
function isNamesakeTie(named: NamedMember[], top: CandidateMotion[]): string | null {
  for (const person of named) {
    // Who signed, by their first initial and their surname's core: the Kamer writes one member now with initials ("de
    // Vries", "A."), now with the first name and none ("Aukje de Vries"), which tells nothing of who else there may be.
    const who = new Set<string>();
    for (const m of top) {
      const sig = m.signatories.find((s) => surnameMatches(person.surname, s.surname));
      if (sig?.initials) who.add(`${sig.initials.charAt(0).toUpperCase()}|${surnameCore(sig.surname)}`);
    }
    if (who.size > 1) return person.surname;
  }
  return null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
