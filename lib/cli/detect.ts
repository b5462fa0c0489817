/** `kamerwijzer detect [--json] FILE`: the mentions in a text file, motions resolved against the dataset. */
import { detect } from '../detect';
import { euros, handelingenName, senateLetter } from '../format/dutch';
import { readInputFile } from './input';
import { recordedToevoeging } from '../detect/common';
import type { Mention } from '../detect/types';
import { resolveMotionsInText, toResolved } from '../resolve';

function fieldsOf(m: Mention): string {
  switch (m.kind) {
    case 'kamerstuk':
      return [m.dossier, recordedToevoeging(m), m.ondernummer].filter((p) => p !== null).join('-') + (m.ondernummerTot ? ` t/m ${m.ondernummerTot}` : '') + (m.letter ? `, ${senateLetter(m.letter)}` : '');
    case 'document':
      return m.documentNummer;
    case 'zaak':
      return m.zaakNummer;
    case 'handelingen':
      return handelingenName(m);
    case 'motion': {
      const r = m.resolved;
      const who = m.indieners.join(', ') + (m.cs ? ' c.s.' : '');
      return r ? `${who} = ${[r.dossier, r.toevoeging, r.ondernummer].filter((p) => p !== null).join('-')} (${Math.round(r.confidence * 100)}%)` : who;
    }
    case 'amount':
      return `${euros(m.value)}${m.per ? ` ${m.per}` : ''}`;
  }
}

/** Adds `resolved` to motion mentions when the bundled dataset loads; without it they stay as detected. */
async function enrich(mentions: Mention[], text: string): Promise<{ mentions: Mention[]; warning?: string }> {
  if (!mentions.some((m) => m.kind === 'motion')) return { mentions };
  try {
    const { loadDataset } = await import('../data/load-node');
    const dataset = await loadDataset();
    for (const { mention, resolution } of resolveMotionsInText(dataset, text, mentions)) mention.resolved = toResolved(resolution);
    return { mentions };
  } catch (error) {
    return { mentions, warning: `motions not resolved: ${(error as Error).message}` };
  }
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const input = await readInputFile('detect', args, 'detect [--json] FILE');
  if ('exit' in input) return input.exit;
  const { text } = input;
  const { mentions, warning } = await enrich(detect(text), text);
  if (warning) process.stderr.write(`kamerwijzer detect: ${warning}\n`);
  if (json) {
    process.stdout.write(`${JSON.stringify({ mentions })}\n`);
    return 0;
  }
  for (const m of mentions) {
    const written = m.text.replace(/\s+/g, ' ');
    process.stdout.write(`${String(m.start).padStart(6)}:${String(m.end).padEnd(6)} ${m.kind.padEnd(11)} ${written}  -> ${fieldsOf(m)}\n`);
  }
  process.stdout.write(`${mentions.length} mention(s)\n`);
  return 0;
}
