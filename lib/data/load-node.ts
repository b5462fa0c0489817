/** Node-only: read data/*.json from disk and parseDataset() them (CLI, tests, bench). */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset, DatasetError, parseDataset } from './dataset';
import { ALL_FILE_NAMES, DATA_FILE_NAMES, TEXT_FILE_NAMES } from './schema';

export const DEFAULT_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

/**
 * Read and parse the raw JSON files of a data directory (no validation yet). With `texts: false`
 * the motion text files are left out (parseDataset reads them when needed: see loadDataset).
 */
export async function readDataFiles(dir: string = DEFAULT_DATA_DIR, options: { texts?: boolean } = {}): Promise<Record<string, unknown>> {
  const names = ['manifest', ...(options.texts === false ? DATA_FILE_NAMES : ALL_FILE_NAMES)];
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

/** Reads one motion text file when a record needs it, as the service worker does. */
function textReader(dir: string): (shard: number) => unknown {
  return (shard) => {
    const path = join(dir, `${TEXT_FILE_NAMES[shard]}.json`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new DatasetError(`dataset: cannot read ${path} (run \`npm run data:build\` to create data/)`, TEXT_FILE_NAMES[shard]);
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new DatasetError(`dataset: ${path} is not valid JSON (${(e as Error).message})`, TEXT_FILE_NAMES[shard]);
    }
  };
}

/** Read, check and index the dataset in `dir`; the motion text files are read when first needed. */
export async function readDataset(dir: string = DEFAULT_DATA_DIR): Promise<Dataset> {
  return parseDataset(await readDataFiles(dir, { texts: false }), { readTexts: textReader(dir) });
}

let cached: { dir: string; dataset: Promise<Dataset> } | null = null;

/** Load, validate and index the dataset in `dir` (default: the repository's data/); cached per dir. */
export function loadDataset(dir: string = DEFAULT_DATA_DIR): Promise<Dataset> {
  if (cached && cached.dir === dir) return cached.dataset;
  const dataset = readDataset(dir);
  cached = { dir, dataset };
  dataset.catch(() => {
    if (cached?.dataset === dataset) cached = null;
  });
  return dataset;
}
