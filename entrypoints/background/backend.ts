/** Builds the Backend from the bundled data files (copied into the build as /data/*.json). */
import type { Backend } from './handler';

export type ReadJson = (path: string) => Promise<unknown>;

// TODO(content): use lib/data's parseDataset and lib/cards' buildCardModel once they land.
export async function loadBackend(readJson: ReadJson): Promise<Backend> {
  const list = await readJson('/data/files.json');
  if (!Array.isArray(list)) throw new Error('data/files.json: geen lijst');
  return {
    status: () => 'unknown',
    card: () => null,
    search: () => [],
  };
}
