/** Surname normalisation for matching signatories: "van Dijk", "Van Dijk", "Dijk, van" -> "van dijk". */

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
  let s = foldDiacritics(name).toLowerCase().replace(/[.\u2019']/g, (c) => (c === '.' ? '' : "'"));
  const comma = /^([^,]+),\s*(.+)$/.exec(s);
  if (comma) s = `${comma[2]} ${comma[1]}`;
  return s.replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();
}

const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", 'op', 'la', 'le', 'du', 'da', 'el']);

/** The surname without tussenvoegsels: "van der Plas" -> "plas"; used as a looser second key. */
export function surnameCore(name: string): string {
  const parts = normalizeSurname(name).split(' ');
  const core = parts.filter((p) => !TUSSENVOEGSELS.has(p));
  return (core.length ? core : parts).join(' ');
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

/** A written surname matches a member's: exactly, or as one part of a double-barrelled name. */
export function surnameMatches(written: string, recorded: string): boolean {
  const w = normalizeSurname(written);
  const r = normalizeSurname(recorded);
  if (w === r) return true;
  return r.split('-').some((part) => part.trim() === w) || w.split('-').some((part) => part.trim() === r);
}
