import type { CandidateMotion, MotionCorpus } from './motion';
import { lookUpWritten, misspeltKey, namesInTitle, signatoryKeys } from './names';

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
    for (const s of m.signatories) for (const key of signatoryKeys(s.surname)) add(key, m);
    for (const name of namesInTitle(m.title)) for (const key of signatoryKeys(name)) add(key, m);
  }
  const docs = new Set(documentKeys);
  return {
    motionsBySurname: (surname) => [...lookUpWritten(surname, (key) => bySurname.get(key))],
    misspelt: (surname) => misspeltKey(surname, bySurname.keys(), (key) => bySurname.get(key)?.[0]),
    motionByKey: (key) => byKey.get(key),
    hasDocument: (key) => docs.has(key) || byKey.has(key),
    isMotionDocument: () => false,
  };
}
