/** Node-only: stream a gzip JSON Lines file of the snapshot, validating each line. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { z } from 'zod';
import { SnapshotError, parseLine } from './schema';

export async function* readJsonl<T>(path: string, schema: z.ZodType<T>, label = path): AsyncGenerator<T> {
  const input = createReadStream(path);
  const lines = createInterface({ input: path.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new SnapshotError(`${label}, line ${n}: not valid JSON (${(e as Error).message})`);
    }
    yield parseLine(schema, value, label, n);
  }
}

export async function readAll<T>(path: string, schema: z.ZodType<T>, label?: string): Promise<T[]> {
  const out: T[] = [];
  for await (const r of readJsonl(path, schema, label)) out.push(r);
  return out;
}
