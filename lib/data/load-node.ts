/** Node-only: read data/*.json from disk and parseDataset() them (CLI, tests, bench). */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset, DatasetError, parseDataset } from './dataset';
import { ALL_FILE_NAMES, DATA_FILE_NAMES } from './schema';

export const DEFAULT_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

const cannotRead = (path: string, name: string) => new DatasetError(`dataset: cannot read ${path} (run \`npm run data:build\` to create data/)`, name);

function parseJson(text: string, path: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DatasetError(`dataset: ${path} is not valid JSON (${(e as Error).message})`, name);
  }
}

/**
 * Read and parse the raw JSON files of a data directory (no validation yet). With `later: false`
 * the files of LATER_FILE_NAMES are left out (parseDataset reads them when needed: see loadDataset).
 */
export async function readDataFiles(dir: string = DEFAULT_DATA_DIR, options: { later?: boolean } = {}): Promise<Record<string, unknown>> {
  const names = ['manifest', ...(options.later === false ? DATA_FILE_NAMES : ALL_FILE_NAMES)];
  const paths = names.map((name) => join(dir, `${name}.json`));
  const texts = await Promise.all(paths.map((path, i) => readFile(path, 'utf8').catch(() => Promise.reject(cannotRead(path, names[i]!)))));
  return Object.fromEntries(names.map((name, i) => [name, parseJson(texts[i]!, paths[i]!, name)]));
}

/** Reads one file of LATER_FILE_NAMES when a record needs it, as the service worker does. */
function laterReader(dir: string): (name: string) => unknown {
  return (name) => {
    const path = join(dir, `${name}.json`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw cannotRead(path, name);
    }
    return parseJson(text, path, name);
  };
}

/** Read, check and index the dataset in `dir`; the motion text files are read when first needed. */
export async function readDataset(dir: string = DEFAULT_DATA_DIR): Promise<Dataset> {
  return parseDataset(await readDataFiles(dir, { later: false }), { readFile: laterReader(dir) });
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
