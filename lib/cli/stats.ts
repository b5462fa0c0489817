/** `kamerwijzer stats [--json]`: counts, data date, sizes and provenance of the bundled dataset. */
import { loadDataset } from '../data/load-node';

export async function run(args: string[]): Promise<number> {
  const t = performance.now();
  const ds = await loadDataset();
  const loadMs = Math.round(performance.now() - t);
  const m = ds.manifest;
  const motions = ds.motions;
  const outcomes: Record<string, number> = {};
  for (const x of motions) outcomes[x.outcome] = (outcomes[x.outcome] ?? 0) + 1;
  const stats = {
    dataDate: m.dataDate,
    period: m.period,
    source: m.source,
    counts: m.counts,
    outcomes,
    signatoriesWithParty: motions.reduce((s, x) => s + x.signatories.filter((g) => g.party).length, 0),
    signatories: motions.reduce((s, x) => s + x.signatories.length, 0),
    provenance: m.provenance,
    bytes: Object.values(m.files).reduce((s, f) => s + f.bytes, 0),
    files: m.files,
    loadMs,
  };
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  }
  const out = [
    `stand van de gegevens: ${stats.dataDate} (periode ${m.period.from} t/m ${m.period.to})`,
    `bron: ${m.source}`,
    ...Object.entries(m.counts).map(([k, v]) => `  ${k.padEnd(16)} ${v}`),
    `uitslagen: ${Object.entries(outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `indieners met partij: ${stats.signatoriesWithParty} van ${stats.signatories}`,
    'herleid in de snapshot (records):',
    ...Object.entries(m.provenance).map(([k, v]) => `  ${v}  ${k}`),
    `grootte: ${(stats.bytes / 1e6).toFixed(2)} MB`,
    ...Object.entries(m.files).map(([k, f]) => `  ${k.padEnd(16)} ${String(f.bytes).padStart(9)} B  ${f.sha256.slice(0, 12)}`),
    `geladen in ${loadMs} ms`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
