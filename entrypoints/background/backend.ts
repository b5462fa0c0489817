/** Builds the Backend from the bundled data files (copied into the build as /data/*.json). */
import type { Backend } from './handler';

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

// TODO(content): parse with lib/data's parseDataset and answer with lib/cards' buildCardModel once they land.
export async function loadBackend(readJson: ReadJson): Promise<Backend> {
  await loadDataFiles(readJson);
  return {
    status: () => 'unknown',
    card: () => null,
    search: () => [],
  };
}
