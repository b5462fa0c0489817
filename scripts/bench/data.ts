/**
 * Bench part "data": size of the bundled dataset and the time to read, check and index it in node
 * (every index built once, a record of each kind read and validated; the files read later, motion
 * texts and documents outside a dossier, are read when a record needs one, as the service worker does).
 * Each run is a fresh node process (a cold load, as the service worker does once).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize, type BenchPart } from './types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'data');
const RUNS = 5;
const MAX_BYTES = 15 * 1024 * 1024;
const MAX_MS = 300;

const CHILD = `
const { readDataset } = await import(${JSON.stringify(join(ROOT, 'lib/data/load-node.ts'))});
const t = performance.now();
// As the service worker loads it: the later files are read when a record needs one.
const ds = await readDataset(${JSON.stringify(DATA)});
// Indexes are built on first use: use each once, so the figure covers them all.
const found = [ds.document('19637-3435'), ds.document('2025D27010'), ds.motion('2024Z21744'), ds.motion('36600-VI-127'), ds.documentsInDossier(19637, null, 1)[0], ds.motionsBySurname('Eerdmans')[0]];
const ms = performance.now() - t;
if (found.some((x) => !x)) throw new Error('the dataset lacks a record the bench looks up');
process.stdout.write(String(ms));
`;

export async function measure(): Promise<BenchPart> {
  let files: string[];
  try {
    files = readdirSync(DATA).filter((f) => f.endsWith('.json'));
  } catch {
    return { figures: {}, unavailable: ['data: no data/ directory (run npm run data:build)'] };
  }
  const dataBytes = files.reduce((s, f) => s + statSync(join(DATA, f)).size, 0);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], { cwd: ROOT, encoding: 'utf8' });
    samples.push(Number(out.trim()));
  }
  const load = summarize(samples);
  const median = typeof load === 'number' ? load : load.median;
  return {
    figures: { data_bytes: dataBytes, data_load_ms: load },
    budgets: {
      data_bytes: { text: '< 15 MB', ok: dataBytes < MAX_BYTES },
      data_load_ms: { text: '< 300 ms', ok: median < MAX_MS },
    },
  };
}
