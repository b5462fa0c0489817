/** Builds the Backend from the bundled data files (copied into the build as /data/*.json). */
import { parseDataset, type Dataset } from '../../lib/data/dataset';
import { TextsPending } from '../../lib/data/motion-texts';
import { TEXT_FILE_NAMES } from '../../lib/data/schema';
import type { Backend } from './handler';
import { buildCardModel } from '../../lib/cards/build';
import type { MotionContext } from '../../lib/resolve/context';
import { statusOf } from './lookup';

export type ReadJson = (path: string) => Promise<unknown>;

const LATER = new Set<string>(TEXT_FILE_NAMES.map((n) => `${n}.json`));

/**
 * The bundled data files listed in data/files.json, by name without ".json" ({ manifest, motions, ... }),
 * as read; the names in `skip` are left for later.
 */
export async function loadDataFiles(readJson: ReadJson, skip: ReadonlySet<string> = new Set()): Promise<Record<string, unknown>> {
  const list = await readJson('/data/files.json');
  if (!Array.isArray(list) || !list.every((n) => typeof n === 'string' && /^[\w.-]+\.json$/.test(n))) {
    throw new Error('data/files.json: geen lijst met bestandsnamen');
  }
  if (list.length === 0) throw new Error('geen gegevens gebundeld');
  const names = (list as string[]).filter((n) => !skip.has(n));
  const entries = await Promise.all(names.map(async (name) => [name.replace(/\.json$/, ''), await readJson(`/data/${name}`)] as const));
  return Object.fromEntries(entries);
}

/** Reads text file `shard` (TEXT_FILE_NAMES) into the dataset. */
export type ReadTexts = (shard: number) => Promise<void>;

/**
 * Parses the files with lib/data (a DatasetError names file and field) and answers from it. The
 * motion texts (a third of the bytes, in TEXT_SHARDS files) are read when a card or search needs them.
 */
export async function loadBackend(readJson: ReadJson): Promise<Backend> {
  const dataset = parseDataset(await loadDataFiles(readJson, LATER));
  const reading = new Map<number, Promise<void>>();
  const readTexts: ReadTexts = (shard) => {
    let read = reading.get(shard);
    if (!read) {
      read = readJson(`/data/${TEXT_FILE_NAMES[shard]}.json`).then((raw) => dataset.attachMotionTexts(shard, raw));
      reading.set(shard, read);
      // A failed read is tried again by the next card that needs it.
      read.catch(() => reading.delete(shard));
    }
    return read;
  };
  return backendFor(dataset, readTexts);
}

const noTexts: ReadTexts = (shard) => Promise.reject(new Error(`${TEXT_FILE_NAMES[shard]}.json: niet gebundeld`));

export function backendFor(dataset: Dataset, readTexts: ReadTexts = noTexts): Backend {
  /** Runs `answer`; each time it needs a text file not read yet, reads that file and runs it again. */
  const withTexts = async <T>(answer: () => T): Promise<T> => {
    for (let tries = 0; ; tries++) {
      try {
        return answer();
      } catch (e) {
        if (!(e instanceof TextsPending) || tries > TEXT_FILE_NAMES.length) throw e;
        await readTexts(e.shard);
      }
    }
  };
  return {
    status: (ref) => statusOf(dataset, ref),
    card: (ref) => withTexts(() => buildCardModel(dataset, { mention: ref.mention, key: ref.key, ...(ref.context ? { context: ref.context as MotionContext } : {}) })),
    // Search reads every motion's request: all text files first.
    search: async (query, limit) => {
      await Promise.all(dataset.missingTextFiles().map(readTexts));
      return withTexts(() => dataset.search(query, limit));
    },
  };
}
