/** Builds the Backend from the bundled data files (copied into the build as /data/*.json). */
import { parseDataset, type Dataset } from '../../lib/data/dataset';
import type { Backend } from './handler';
import { buildCardModel } from '../../lib/cards/build';
import type { MotionContext } from '../../lib/resolve/context';
import { statusOf } from './lookup';

export type ReadJson = (path: string) => Promise<unknown>;

/** Every bundled data file by name without ".json" ({ manifest, motions, ... }), as read. */
export async function loadDataFiles(readJson: ReadJson): Promise<Record<string, unknown>> {
  const list = await readJson('/data/files.json');
  if (!Array.isArray(list) || !list.every((n) => typeof n === 'string' && /^[\w.-]+\.json$/.test(n))) {
    throw new Error('data/files.json: geen lijst met bestandsnamen');
  }
  if (list.length === 0) throw new Error('geen gegevens gebundeld');
  const entries = await Promise.all(
    (list as string[]).map(async (name) => [name.replace(/\.json$/, ''), await readJson(`/data/${name}`)] as const),
  );
  return Object.fromEntries(entries);
}

/** Parses the files with lib/data (a DatasetError names file and field) and answers from it. */
export async function loadBackend(readJson: ReadJson): Promise<Backend> {
  const dataset = parseDataset(await loadDataFiles(readJson));
  return backendFor(dataset);
}

export function backendFor(dataset: Dataset): Backend {
  return {
    status: (ref) => statusOf(dataset, ref),
    card: (ref) => buildCardModel(dataset, { mention: ref.mention, key: ref.key, ...(ref.context ? { context: ref.context as MotionContext } : {}) }),
    search: (query, limit) => dataset.search(query, limit),
  };
}
