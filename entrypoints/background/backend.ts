/** Builds the Backend from the bundled data files (copied into the build as /data/*.json). */
import { parseDataset, type Dataset } from '../../lib/data/dataset';
import { TextsPending } from '../../lib/data/motion-texts';
import { LATER_FILE_NAMES } from '../../lib/data/schema';
import type { Backend } from './handler';
import { buildCardModel } from '../../lib/cards/build';
import type { MotionContext } from '../../lib/resolve/context';
import { statusOf } from './lookup';

export type ReadJson = (path: string) => Promise<unknown>;

const LATER = new Set<string>(LATER_FILE_NAMES.map((n) => `${n}.json`));

/** The names in data/files.json (the build's list of data files). */
async function dataFileNames(readJson: ReadJson): Promise<string[]> {
  const list = await readJson('/data/files.json');
  if (!Array.isArray(list) || !list.every((n) => typeof n === 'string' && /^[\w.-]+\.json$/.test(n))) {
    throw new Error('data/files.json: geen lijst met bestandsnamen');
  }
  if (list.length === 0) throw new Error('geen gegevens gebundeld');
  return list as string[];
}

async function readFiles(readJson: ReadJson, names: string[]): Promise<Record<string, unknown>> {
  const entries = await Promise.all(names.map(async (name) => [name.replace(/\.json$/, ''), await readJson(`/data/${name}`)] as const));
  return Object.fromEntries(entries);
}

/** Every bundled data file by name without ".json" ({ manifest, motions, ... }), as read. */
export async function loadDataFiles(readJson: ReadJson): Promise<Record<string, unknown>> {
  return readFiles(readJson, await dataFileNames(readJson));
}

/**
 * Parses the files with lib/data (a DatasetError names file and field) and answers from it. The
 * motion texts (a third of the bytes) are read after the rest: a card that does not show a motion's
 * text is answered without waiting for them.
 */
export async function loadBackend(readJson: ReadJson): Promise<Backend> {
  const names = await dataFileNames(readJson);
  const dataset = parseDataset(await readFiles(readJson, names.filter((n) => !LATER.has(n))));
  const texts = (async () => {
    for (const name of names.filter((n) => LATER.has(n))) dataset.attachMotionTexts(await readJson(`/data/${name}`));
  })();
  texts.catch(() => {}); // reported by the card that waits for them
  return backendFor(dataset, texts);
}

export function backendFor(dataset: Dataset, texts: Promise<void> = Promise.resolve()): Backend {
  /** Runs `answer`; if it needs the motion texts before they are read, runs it again once they are. */
  const withTexts = async <T>(answer: () => T): Promise<T> => {
    try {
      return answer();
    } catch (e) {
      if (!(e instanceof TextsPending)) throw e;
    }
    await texts;
    return answer();
  };
  return {
    status: (ref) => statusOf(dataset, ref),
    card: (ref) => withTexts(() => buildCardModel(dataset, { mention: ref.mention, key: ref.key, ...(ref.context ? { context: ref.context as MotionContext } : {}) })),
    search: (query, limit) => withTexts(() => dataset.search(query, limit)),
  };
}
