/** `kamerwijzer search [--json] [--limit N] WORDS`: fuzzy search over motions and documents. */
import { loadDataset } from '../data/load-node';

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  let limit = 10;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') continue;
    if (args[i] === '--limit') {
      limit = Number(args[++i]);
      if (!Number.isInteger(limit) || limit < 1) {
        process.stderr.write('search: --limit needs a positive whole number\n');
        return 2;
      }
    } else words.push(args[i]);
  }
  const query = words.join(' ').trim();
  if (!query) {
    process.stderr.write('usage: kamerwijzer search [--json] [--limit N] WORDS\n');
    return 2;
  }
  const ds = await loadDataset();
  const hits = ds.search(query, limit);
  if (json) {
    process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    return hits.length ? 0 : 1;
  }
  if (!hits.length) {
    process.stderr.write(`search: nothing found for '${query}'\n`);
    return 1;
  }
  for (const h of hits) {
    if (h.kind === 'motion') {
      const m = h.motion;
      process.stdout.write(`${h.score.toFixed(2)}  motie ${m.key} ${m.date ?? ''} ${m.title} [${m.outcome === 'unknown' ? 'uitslag onbekend' : m.outcome}]\n`);
    } else {
      const d = h.document;
      process.stdout.write(`${h.score.toFixed(2)}  ${d.kind} ${d.key ?? d.id} ${d.date ?? ''} ${d.subject ?? d.title}\n`);
    }
  }
  return 0;
}
