/** Node-only: read data/*.json from disk and parseDataset() them (CLI, tests, bench). */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset, DatasetError, parseDataset } from './dataset';
import { ALL_FILE_NAMES } from './schema';

export const DEFAULT_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

/** Read and parse the raw JSON files of a data directory (no validation yet). */
export async function readDataFiles(dir: string = DEFAULT_DATA_DIR): Promise<Record<string, unknown>> {
  const names = ['manifest', ...ALL_FILE_NAMES];
  const texts = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, `${name}.json`);
      try {
        return await readFile(path, 'utf8');
      } catch {
        throw new DatasetError(`dataset: cannot read ${path} (run \`npm run data:build\` to create data/)`, name);
      }
    }),
  );
  const files: Record<string, unknown> = {};
  names.forEach((name, i) => {
    try {
      files[name] = JSON.parse(texts[i]);
    } catch (e) {
      throw new DatasetError(`dataset: ${join(dir, `${name}.json`)} is not valid JSON (${(e as Error).message})`, name);
    }
  });
  return files;
}

let cached: { dir: string; dataset: Promise<Dataset> } | null = null;

/** Load, validate and index the dataset in `dir` (default: the repository's data/); cached per dir. */
export function loadDataset(dir: string = DEFAULT_DATA_DIR): Promise<Dataset> {
  if (cached && cached.dir === dir) return cached.dataset;
  const dataset = readDataFiles(dir).then(parseDataset);
  cached = { dir, dataset };
  dataset.catch(() => {
    if (cached?.dataset === dataset) cached = null;
  });
  return dataset;
}
