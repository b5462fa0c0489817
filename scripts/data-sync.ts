/**
 * `npm run data:sync -- --out DIR [--since YYYY-MM-DD] [--base ../shared/tk-snapshot]`
 *
 * Fetches what changed since the manifest's data date from the live OData API and writes it in the
 * snapshot's format (gzip JSON Lines) into DIR. With --base, the changed records replace those with
 * the same Id in the base snapshot, so DIR is a complete snapshot for `npm run data:build -- --snapshot DIR`.
 * It needs internet access (none here): it is tested against recorded responses.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ManifestSchema } from '../lib/data/schema';
import { ODataClient, ODataError, type FetchLike } from '../lib/snapshot/odata';
import { readJsonl } from '../lib/snapshot/read-node';
import { SNAPSHOT_FILES } from '../lib/snapshot/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface SyncOptions {
  out: string;
  since: string;
  base?: string;
  fetch: FetchLike;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

type Rec = { Id: string } & Record<string, unknown>;

/** Run the sync; returns the number of changed records per snapshot file. */
export async function sync(opts: SyncOptions): Promise<Record<string, number>> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const client = new ODataClient({ fetch: opts.fetch, log, sleep: opts.sleep });
  const changed: Record<string, Rec[]> = {};
  const collect = async (file: string, it: AsyncIterable<unknown>) => {
    const list: Rec[] = [];
    for await (const r of it) {
      list.push(r as Rec);
      if (list.length % 1000 === 0) log(`data:sync: ${file}: ${list.length}`);
    }
    changed[file] = list;
    log(`data:sync: ${file}: ${list.length} changed`);
  };
  await collect(SNAPSHOT_FILES.zaken.file, client.changedMotions(opts.since));
  await collect(SNAPSHOT_FILES.documents.file, client.changedDocuments(opts.since));
  await collect(SNAPSHOT_FILES.personen.file, client.personen());
  await collect(SNAPSHOT_FILES.fracties.file, client.fracties());
  const pubs: Rec[] = [];
  for (const z of changed[SNAPSHOT_FILES.zaken.file]) {
    for (const d of (z.Document as { Id: string; DocumentNummer?: string | null; Soort?: string | null }[] | undefined) ?? []) {
      if (!(d.Soort ?? '').startsWith('Motie')) continue;
      const p = await client.publicationXml(d.Id);
      if (p) pubs.push({ Id: p.Id, Document_Id: d.Id, DocumentNummer: d.DocumentNummer ?? null, ContentType: 'application/xml', xml: p.xml });
    }
  }
  changed[SNAPSHOT_FILES.publicaties.file] = pubs;
  log(`data:sync: ${SNAPSHOT_FILES.publicaties.file}: ${pubs.length} publications`);

  await mkdir(opts.out, { recursive: true });
  const counts: Record<string, number> = {};
  for (const { file, schema } of Object.values(SNAPSHOT_FILES)) {
    const fresh = changed[file] ?? [];
    counts[file] = fresh.length;
    let records: Rec[] = fresh;
    const basePath = opts.base ? join(opts.base, file) : null;
    if (basePath && existsSync(basePath)) {
      const byId = new Map<string, Rec>();
      for await (const r of readJsonl(basePath, schema as never, file)) byId.set((r as Rec).Id, r as Rec);
      for (const r of fresh) byId.set(r.Id, r);
      records = [...byId.values()];
    }
    records.sort((a, b) => (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0));
    const tmp = join(opts.out, `${file}.tmp`);
    await writeFile(tmp, gzipSync(records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '')));
    await rename(tmp, join(opts.out, file));
  }
  return counts;
}

async function manifestDate(): Promise<string> {
  const path = join(ROOT, 'data/manifest.json');
  const m = ManifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!m.success) throw new Error(`${path} is not a valid manifest; pass --since YYYY-MM-DD`);
  return m.data.dataDate;
}

export async function main(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = arg('--out');
  if (!out) {
    process.stderr.write('usage: npm run data:sync -- --out DIR [--since YYYY-MM-DD] [--base SNAPSHOT_DIR]\n');
    return 2;
  }
  const since = arg('--since') ?? (await manifestDate());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) {
    process.stderr.write(`data:sync: --since must be a date YYYY-MM-DD, got '${since}'\n`);
    return 2;
  }
  try {
    const counts = await sync({ out: resolve(out), since, base: arg('--base'), fetch: globalThis.fetch as unknown as FetchLike });
    process.stderr.write(`data:sync: changes since ${since} written to ${resolve(out)}: ${JSON.stringify(counts)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ODataError) {
      process.stderr.write(`data:sync: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
