import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../entrypoints/background/backend';

const files: Record<string, unknown> = {
  '/data/files.json': ['manifest.json', 'motions.json'],
  '/data/manifest.json': { dataDate: '2025-10-03' },
  '/data/motions.json': [{ key: '32317-919' }],
};
const read = async (path: string) => {
  if (!(path in files)) throw new Error(`${path}: HTTP 404`);
  return files[path];
};

describe('loading the bundled data files', () => {
  it('reads every listed file, by name', async () => {
    expect(await loadDataFiles(read)).toEqual({ manifest: { dataDate: '2025-10-03' }, motions: [{ key: '32317-919' }] });
  });

  it('fails with a clear message when the list is missing, odd or empty, or a file is missing', async () => {
    await expect(loadDataFiles(async () => ({ not: 'a list' }))).rejects.toThrow('data/files.json: geen lijst met bestandsnamen');
    await expect(loadDataFiles(async () => ['../../etc/passwd'])).rejects.toThrow('geen lijst');
    await expect(loadDataFiles(async () => [])).rejects.toThrow('geen gegevens gebundeld');
    await expect(loadDataFiles(async (p) => (p === '/data/files.json' ? ['x.json'] : read(p)))).rejects.toThrow('/data/x.json: HTTP 404');
  });

  it('asks for the files every load needs together with the list, reads each once, and drops one the list does not name', async () => {
    const asked: string[] = [];
    const counting = async (path: string) => {
      asked.push(path);
      return read(path);
    };
    const got = await loadDataFiles(counting, new Set(['links.json']), ['manifest.json', 'motions.json', 'links.json', 'members.json']);
    expect(got).toEqual({ manifest: { dataDate: '2025-10-03' }, motions: [{ key: '32317-919' }] });
    // Before the list: the expected files but the skipped one; members.json (not listed, missing) fails unseen.
    expect(asked.slice(0, 3)).toEqual(['/data/manifest.json', '/data/motions.json', '/data/members.json']);
    expect(asked.filter((p) => p === '/data/motions.json')).toHaveLength(1);
  });
});
