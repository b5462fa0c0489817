/** Builds the Backend from the bundled data files (copied into the build as /data/*.json). */
import { parseDataset, type Dataset } from '../../lib/data/dataset';
import { FilePending } from '../../lib/data/errors';
import { DATA_FILE_NAMES, LATER_FILE_NAMES } from '../../lib/data/schema';
import type { Backend } from './handler';
import { buildCardModel } from '../../lib/cards/build';
import type { MotionContext } from '../../lib/resolve/context';
import { resolveRef, statusOf } from './lookup';
import type { MotionResolution } from '../../lib/resolve/motion';
import type { MentionRef } from '../../lib/messages';

export type ReadJson = (path: string) => Promise<unknown>;

const LATER = new Set<string>(LATER_FILE_NAMES.map((n) => `${n}.json`));
/** What every load reads: asked for at once. */
const AT_LOAD = ['manifest', ...DATA_FILE_NAMES].map((n) => `${n}.json`);

/**
 * The bundled data files listed in data/files.json, by name without ".json" ({ manifest, motions, ... }),
 * as read; the names in `skip` are left for later. The `expected` files are asked for together with the
 * list instead of after it (a cold worker waited 5-18 ms for the list first); one the list does not
 * name is dropped.
 */
export async function loadDataFiles(readJson: ReadJson, skip: ReadonlySet<string> = new Set(), expected: readonly string[] = []): Promise<Record<string, unknown>> {
  const early = new Map<string, Promise<unknown>>();
  for (const name of expected) {
    if (skip.has(name)) continue;
    const read = readJson(`/data/${name}`);
    read.catch(() => undefined); // handled below if the list names it
    early.set(name, read);
  }
  const list = await readJson('/data/files.json');
  if (!Array.isArray(list) || !list.every((n) => typeof n === 'string' && /^[\w.-]+\.json$/.test(n))) {
    throw new Error('data/files.json: geen lijst met bestandsnamen');
  }
  if (list.length === 0) throw new Error('geen gegevens gebundeld');
  const names = (list as string[]).filter((n) => !skip.has(n));
  const entries = await Promise.all(names.map(async (name) => [name.replace(/\.json$/, ''), await (early.get(name) ?? readJson(`/data/${name}`))] as const));
  return Object.fromEntries(entries);
}

/** Reads a file of LATER_FILE_NAMES (name without .json) into the dataset. */
export type ReadLater = (name: string) => Promise<void>;

/**
 * Parses the files with lib/data (a DatasetError names file and field) and answers from it. The
 * files of LATER_FILE_NAMES (the motion texts, the documents outside a dossier: half the bytes) are
 * read when a card, a status or search needs them.
 */
export async function loadBackend(readJson: ReadJson): Promise<Backend> {
  const dataset = parseDataset(await loadDataFiles(readJson, LATER, AT_LOAD));
  const reading = new Map<string, Promise<void>>();
  const readLater: ReadLater = (name) => {
    let read = reading.get(name);
    if (!read) {
      read = readJson(`/data/${name}.json`).then((raw) => dataset.attachFile(name, raw));
      reading.set(name, read);
      // A failed read is tried again by the next card that needs it.
      read.catch(() => reading.delete(name));
    }
    return read;
  };
  return backendFor(dataset, readLater);
}

const notBundled: ReadLater = (name) => Promise.reject(new Error(`${name}.json: niet gebundeld`));

/** How many motion mentions' resolutions are kept: a page's worth. */
const RESOLUTIONS_KEPT = 500;

/**
 * A motion mention's resolution, worked out once: a page asks for its status, then maybe for its
 * card, with the same mention and context (the dataset does not change while the worker lives).
 */
function resolutions(dataset: Dataset): (ref: MentionRef) => MotionResolution | null {
  const kept = new Map<string, MotionResolution | null>();
  return (ref) => {
    if (ref.mention.kind !== 'motion') return null;
    const key = JSON.stringify([ref.mention, ref.context ?? null]);
    let r = kept.get(key);
    if (r === undefined) {
      r = resolveRef(dataset, ref);
      if (kept.size >= RESOLUTIONS_KEPT) kept.delete(kept.keys().next().value!);
      kept.set(key, r);
    }
    return r;
  };
}

export function backendFor(dataset: Dataset, readLater: ReadLater = notBundled): Backend {
  /** Runs `answer`; each time it needs a file not read yet, reads that file and runs it again. */
  const withFiles = async <T>(answer: () => T): Promise<T> => {
    for (let tries = 0; ; tries++) {
      try {
        return answer();
      } catch (e) {
        if (!(e instanceof FilePending) || tries > LATER_FILE_NAMES.length) throw e;
        await readLater(e.file!);
      }
    }
  };
  const resolve = resolutions(dataset);
  return {
    status: (ref) => withFiles(() => statusOf(dataset, ref, resolve(ref))),
    card: (ref) =>
      withFiles(() => {
        const resolution = resolve(ref);
        return buildCardModel(dataset, { mention: ref.mention, key: ref.key, ...(ref.context ? { context: ref.context as MotionContext } : {}), ...(resolution ? { resolution } : {}) });
      }),
    // Search reads every motion's request and every document: all files first.
    search: async (query, limit) => {
      await Promise.all(dataset.missingFiles().map(readLater));
      return withFiles(() => dataset.search(query, limit));
    },
  };
}
