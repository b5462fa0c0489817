/**
 * Motions by signatory: for each key of a signatory's surname (signatoryKeys(): "van dijk", "dijk"),
 * the rows of the motions signed, newest first. It is built with the dataset and stored in
 * motions.json: built in a cold service worker it took 12-30 ms of a named motion's first card.
 */
import { z } from 'zod';
import { compareStrings } from '../order';
import { namesInTitle, signatoryKeys } from '../resolve/names';
import { invalidAt } from './errors';

export interface SignedMotion {
  key: string;
  date: string | null;
  title: string | null;
  /** personId null: the signature was matched to no member. */
  signatories: readonly { surname: string; personId: string | null }[];
}

/** Key -> motion rows, newest first (then by key, descending); keys in sorted order. */
export function signatoryIndex(motions: readonly SignedMotion[]): Record<string, number[]> {
  const lists = new Map<string, number[]>();
  const keysOf = new Map<string, string[]>();
  motions.forEach((m, row) => {
    const seen = new Set<string>();
    const add = (surname: string) => {
      let keys = keysOf.get(surname);
      if (!keys) keysOf.set(surname, (keys = signatoryKeys(surname)));
      for (const k of keys) {
        if (!k || seen.has(k)) continue;
        seen.add(k);
        const list = lists.get(k);
        if (list) list.push(row);
        else lists.set(k, [row]);
      }
    };
    for (const s of m.signatories) add(s.surname);
    // A signature no member was found for may be cut off ("Grinwi"): the title's names find the motion too.
    if (m.signatories.some((s) => s.personId === null)) for (const name of namesInTitle(m.title ?? '')) add(name);
  });
  const newestFirst = (a: number, b: number) =>
    compareStrings(motions[b]!.date ?? '', motions[a]!.date ?? '') || compareStrings(motions[b]!.key, motions[a]!.key);
  return Object.fromEntries([...lists].sort(([a], [b]) => compareStrings(a, b)).map(([k, rows]) => [k, rows.sort(newestFirst)]));
}

/** At load only the index's shape is checked; a key's rows are checked when first looked up. */
const SignatoryIndexSchema = z.record(z.string(), z.custom<unknown[]>((v) => Array.isArray(v), 'expected an array of motion rows'));
/** Where motions.json keeps it. */
export const StoredIndexSchema = z.object({ bySignatory: SignatoryIndexSchema });

/** The stored index, each list checked (whole numbers, rows of motions.json) the first time it is read. */
export class SignatoryLookup {
  private readonly checked = new Set<string>();

  constructor(
    private readonly lists: Record<string, unknown[]>,
    private readonly motionCount: number,
  ) {}

  /** Every name key the motions are found by. */
  keys(): string[] {
    return Object.keys(this.lists);
  }

  get(key: string): readonly number[] | undefined {
    if (!Object.hasOwn(this.lists, key)) return undefined;
    const rows = this.lists[key]!;
    if (!this.checked.has(key)) {
      const bad = rows.findIndex((r) => !Number.isInteger(r) || (r as number) < 0 || (r as number) >= this.motionCount);
      if (bad >= 0) throw invalidAt('motions', `bySignatory.${key}.${bad}`, 'expected a row of motions.json');
      this.checked.add(key);
    }
    return rows as number[];
  }
}
