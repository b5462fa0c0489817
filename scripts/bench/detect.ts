// Detector throughput on the motion texts of the snapshot (publication XML, tags stripped).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { detect } from '../../lib/detect';
import { summarize, type BenchPart } from './types.ts';

const SNAPSHOT = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'tk-snapshot');
const FILE = resolve(SNAPSHOT, 'DocumentPublicatie-motie.jsonl.gz');

async function motionTexts(): Promise<string[]> {
  const texts: string[] = [];
  const lines = createInterface({ input: createReadStream(FILE).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const xml = (JSON.parse(line) as { xml?: string }).xml ?? '';
    texts.push(xml.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#?\w+;/g, ' '));
  }
  return texts;
}

function adversarial(): string {
  const pieces = ['9'.repeat(5000), ' nr. nr. nr.'.repeat(3000), '.'.repeat(20000), ' '.repeat(20000), '-'.repeat(20000), '('.repeat(20000), '19 637, nr. nr. -'.repeat(2000)];
  let text = '';
  while (text.length < 1_000_000) text += pieces.join(' Kamerstuk 19 637, nr. 3435 ');
  return text.slice(0, 1_000_000);
}

export async function measure(): Promise<BenchPart> {
  if (!existsSync(FILE)) return { figures: {}, unavailable: [`detect_mb_per_s: no snapshot at ${FILE} (put ../shared/tk-snapshot beside the repository)`] };
  const texts = await motionTexts();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of texts.slice(0, 500)) detect(t); // warm up
  const rates: number[] = [];
  let mentions = 0;
  for (let run = 0; run < 5; run++) {
    mentions = 0;
    const t0 = performance.now();
    for (const t of texts) mentions += detect(t).length;
    const ms = performance.now() - t0;
    rates.push(bytes / 1e6 / (ms / 1000));
  }
  const adv = adversarial();
  const advMs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    detect(adv);
    advMs.push(performance.now() - t0);
  }
  const rate = summarize(rates);
  const advFig = summarize(advMs);
  return {
    figures: { detect_mb_per_s: rate, detect_corpus_mb: Math.round(bytes / 1e4) / 100, detect_mentions: mentions, adversarial_1mb_ms: advFig },
    budgets: {
      detect_mb_per_s: { text: '>= 100 MB/s', ok: typeof rate === 'object' && rate.median >= 100 },
      adversarial_1mb_ms: { text: '< 100 ms', ok: typeof advFig === 'object' && advFig.median < 100 },
    },
  };
}
