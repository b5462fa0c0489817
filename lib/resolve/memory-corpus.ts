import type { CandidateMotion, MotionCorpus } from './motion';
import { normalizeSurname } from './names';

/** A MotionCorpus over a list of motions (tests, and the adapter over the bundled dataset). */
export function createMotionCorpus(motions: CandidateMotion[], documentKeys: Iterable<string> = []): MotionCorpus {
  const byKey = new Map(motions.map((m) => [m.key, m]));
  const bySurname = new Map<string, CandidateMotion[]>();
  const add = (name: string, m: CandidateMotion) => {
    const list = bySurname.get(name) ?? [];
    if (!list.includes(m)) list.push(m);
    bySurname.set(name, list);
  };
  for (const m of motions) {
    for (const s of m.signatories) {
      const full = normalizeSurname(s.surname);
      add(full, m);
      // Double-barrelled names are also written by their first part ("Faber" for "Faber-van de Klashorst").
      for (const part of full.split('-')) if (part !== full) add(part.trim(), m);
    }
  }
  const docs = new Set(documentKeys);
  return {
    motionsBySurname: (surname) => bySurname.get(normalizeSurname(surname)) ?? [],
    motionByKey: (key) => byKey.get(key),
    hasDocument: (key) => docs.has(key) || byKey.has(key),
  };
}
