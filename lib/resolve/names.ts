/** Surname normalisation for matching signatories: "van Dijk", "Van Dijk", "Dijk, van" -> "van dijk". */
import { TUSSENVOEGSELS } from '../detect/common';

export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function normalizeSurname(name: string): string {
  let s = normalized.get(name);
  if (s === undefined) {
    if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
    s = normalizeUncached(name);
    normalized.set(name, s);
  }
  return s;
}

/** The resolver normalises the same few hundred surnames for every candidate: each is done once. */
const normalized = new Map<string, string>();
const NORMALIZED_KEPT = 10_000;

function normalizeUncached(name: string): string {
  // A signature the Kamer's data cut off after its comma ("Erkens,") is the surname alone.
  let s = foldDiacritics(name).toLowerCase().replace(/[.\u2019']/g, (c) => (c === '.' ? '' : "'")).replace(/[\s,]+$/, '');
  const comma = /^([^,]+),\s*(.+)$/.exec(s);
  if (comma) s = `${comma[2]} ${comma[1]}`;
  return s.replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();
}

/** Particles of a surname, also the French, Portuguese and Arabic ones some members' names have. */
const PARTICLES = new Set([...TUSSENVOEGSELS, 'la', 'le', 'du', 'da', 'el']);

/** The surname without tussenvoegsels: "van der Plas" -> "plas"; used as a looser second key. */
export function surnameCore(name: string): string {
  const parts = normalizeSurname(name).split(' ');
  const core = parts.filter((p) => !PARTICLES.has(p));
  return (core.length ? core : parts).join(' ');
}

/**
 * A normalised name without a leading first name: "inge van dijk" -> "van dijk", "six dijkstra" ->
 * "dijkstra"; null when it starts with a tussenvoegsel or has one word. The Kamer writes a first name
 * to tell namesakes apart ("Motie van de leden Diederik van Dijk en ..."); texts often leave it out.
 */
export function withoutFirstName(normalized: string): string | null {
  const space = normalized.indexOf(' ');
  if (space < 0) return null;
  const first = normalized.slice(0, space);
  if (PARTICLES.has(first) || first.includes('-')) return null;
  return normalized.slice(space + 1);
}

/** The first name a written name adds to a recorded one ("Diederik van Dijk" for "van Dijk"), normalised; else null. */
export function addedFirstName(written: string, recorded: string): string | null {
  const w = normalizeSurname(written);
  const bare = withoutFirstName(w);
  return bare !== null && bare === normalizeSurname(recorded) ? w.slice(0, w.length - bare.length - 1) : null;
}

/** The keys a recorded signatory is found by: the name, without a first name, each part of a double name, the core. */
export function signatoryKeys(recorded: string): string[] {
  const full = normalizeSurname(recorded);
  const keys = [full];
  const add = (k: string | null) => {
    if (k && !keys.includes(k)) keys.push(k);
  };
  const bare = withoutFirstName(full);
  add(bare);
  for (const name of [full, bare]) if (name?.includes('-')) for (const part of name.split('-')) add(part.trim());
  add(surnameCore(recorded));
  return keys;
}

/** The keys to look a written name up by, most exact first (the core only when nothing else is found). */
export function writtenKeys(written: string): { exact: string[]; loose: string } {
  const full = normalizeSurname(written);
  const bare = withoutFirstName(full);
  return { exact: bare ? [full, bare] : [full], loose: surnameCore(written) };
}

/**
 * What an index keyed by signatoryKeys() holds for a written name: everything under its exact keys
 * (with and without a first name), else what its core gives.
 */
export function lookUpWritten<T>(written: string, get: (key: string) => readonly T[] | undefined): readonly T[] {
  const { exact, loose } = writtenKeys(written);
  const found = exact.map((k) => get(k) ?? []).filter((items) => items.length > 0);
  if (found.length === 0) return get(loose) ?? [];
  return found.length === 1 ? found[0]! : [...new Set(found.flat())];
}

/** True when two written surnames can denote the same member ("Van Dijk" ~ "van Dijk", "Dijk" !~ "van Dijk"). */
export function sameSurname(a: string, b: string): boolean {
  return normalizeSurname(a) === normalizeSurname(b);
}

/** "H.D. van Dijk" -> { initials: "H.D.", surname: "van Dijk" }; "Eerdmans" -> { surname: "Eerdmans" }. */
export function splitFullName(full: string): { initials?: string; surname: string } {
  const m = /^((?:\p{Lu}{1,2}h?\.\s*)+)(.+)$/u.exec(full.trim());
  if (!m) return { surname: full.trim() };
  return { initials: m[1]!.replace(/\s+/g, ''), surname: m[2]!.trim() };
}

/** Written initials agree when one is a prefix of the other ("H." vs "H.D."). */
export function initialsAgree(a: string, b: string): boolean {
  const x = a.replace(/[^\p{L}]/gu, '').toLowerCase();
  const y = b.replace(/[^\p{L}]/gu, '').toLowerCase();
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Whether a first name written with a surname can be that member's: the name the member goes by where the members'
 * list has it ("Jasper van Dijk" is not Diederik van Dijk, D.J.H.), else its letter is one of the member's initials.
 * Members are called by a name that need not be their first ("Joost Eerdmans" is B.J.), but "Diederik van Dijk" is
 * not the Van Dijk whose initials are "I.".
 */
export function givenNameFits(given: string, member: { initials?: string | null; firstName?: string | null }): boolean {
  if (member.firstName) {
    const [a, b] = [given, member.firstName].map((n) => foldDiacritics(n).toLowerCase().trim());
    // A short form of the name ("Chris" for "Christianne") fits too.
    return a === b || (Math.min(a!.length, b!.length) >= 3 && (a!.startsWith(b!) || b!.startsWith(a!)));
  }
  const letter = given.charAt(0).toLowerCase();
  return (member.initials ?? '').toLowerCase().replace(/[^\p{L}]/gu, '').includes(letter);
}

/** A written surname matches a member's: exactly, or as one part of a double-barrelled name. */
export function surnameMatches(written: string, recorded: string): boolean {
  const w = normalizeSurname(written);
  const r = normalizeSurname(recorded);
  if (w === r) return true;
  if (partOf(w, r) || partOf(r, w)) return true;
  // One of the two carries a first name the other leaves out ("Van Dijk" ~ "Inge van Dijk"), maybe with a
  // double surname on either side ("Yesilgöz" ~ "Dilan Yeşilgöz-Zegerius", "Dilan Yeşilgöz" ~ "Yeşilgöz-Zegerius").
  const rCore = withoutFirstName(r);
  const wCore = withoutFirstName(w);
  const oneOf = (a: string, b: string) => a === b || partOf(a, b) || partOf(b, a);
  return (rCore !== null && oneOf(rCore, w)) || (wCore !== null && oneOf(wCore, r));
}

/** The members a speaker joins with a hyphen ("de motie-Timmermans-Koenders", "de motie Holman-Vedder"). */
export const hyphenParts = (surname: string): string[] => surname.split('-').filter((part) => part.trim() !== '');

/** Whether `name` is one part of the double surname `double` ("yesilgoz" of "yesilgoz-zegerius"). */
function partOf(name: string, double: string): boolean {
  if (double.split('-').some((part) => part.trim() === name)) return true;
  // A two-word surname without particles is a double name too: the Kamer writes "Six Dijkstra" under a motion and
  // "Six-Dijkstra" in its title, and news "Jesse Six" (2025).
  const words = double.split(' ');
  return words.length === 2 && !words.some((w) => PARTICLES.has(w)) && words.includes(name);
}

/**
 * The members a motion's title names, in its order: "Motie van de leden Van Zanten en Boomsma c.s. over ..."
 * -> ["Van Zanten", "Boomsma"]. The title is the Kamer's own; a signature under the text can be cut off
 * in the publication ("Grinwi" for Grinwis).
 */
export function namesInTitle(title: string): string[] {
  const who = /(?:lid|leden)\s+(.+?)(?:\s+over\s|$)/i.exec(title)?.[1];
  if (!who) return [];
  return who
    .split(/\s*(?:,|\ben\b)\s*/)
    .map((w) => w.replace(/\s*c\.s\.$/, '').replace(/\s*\([^)]*\)$/, '').trim())
    .filter(Boolean);
}

/** Whether a and b are one edit apart: a letter added, dropped or changed, or two neighbours swapped ("brug", "burg"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Shorter names are left alone: one letter makes another member of them ("Dijk", "Dik"), or a former member a member of
 * now ("Wuite", White).
 */
const MISSPELT_MIN = 6;

/**
 * The one member's key a written surname that matches no member is a misspelling of, one edit away ("el Albassi" for
 * El Abassi, "van der Brug" for Van der Burg); null when no member's or several members' keys are. The name is compared
 * as written (with its particles), and not with one part of a double name ("Von Martels" is not Martens-America).
 * `member` tells which member a key is of (keys of one member, "el abassi" and "abassi", are one answer).
 */
export function misspeltKey(written: string, keys: Iterable<string>, member: (key: string) => unknown): string | null {
  const tried = writtenKeys(written).exact.filter((k) => k.replace(/[^a-z]/g, '').length >= MISSPELT_MIN);
  if (tried.length === 0) return null;
  const all = [...keys];
  const parts = new Set(all.filter((k) => k.includes('-')).flatMap((k) => k.split('-').map((p) => p.trim())));
  let found: string | null = null;
  let who: unknown;
  for (const key of all) {
    if (parts.has(key) || !tried.some((t) => oneEditApart(t, key))) continue;
    const of = member(key);
    if (found !== null && of !== who) return null;
    if (found === null || key.length > found.length) found = key;
    who = of;
  }
  return found;
}
