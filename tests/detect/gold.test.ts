import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import type { Mention } from '../../lib/detect/types';

const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared');
const GOLD = resolve(SHARED, 'gold', 'seeds.gold.json');

interface Gold {
  kind: Mention['kind'];
  start: number;
  end: number;
  optional?: boolean;
  [field: string]: unknown;
}

/** The matching rule of ../shared/gold/README.md. */
function matches(d: Mention, g: Gold): boolean {
  if (d.kind !== g.kind || d.start >= g.end || g.start >= d.end) return false;
  switch (d.kind) {
    case 'kamerstuk':
      return d.dossier === g.dossier && d.toevoeging === g.toevoeging && d.ondernummer === g.ondernummer;
    case 'amount':
      return Math.abs(d.value - (g.value as number)) <= 0.5;
    case 'document':
      return d.documentNummer === g.documentNummer;
    case 'zaak':
      return d.zaakNummer === g.zaakNummer;
    case 'handelingen':
      return d.vergaderjaar === g.vergaderjaar && d.nummer === g.nummer;
    case 'motion':
      return true;
  }
}

describe.runIf(existsSync(GOLD))('the seeds against the hand-labelled gold mentions', () => {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: { file: string; mentions: Gold[] }[] };
  const tally = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const doc of gold.documents) {
    const text = readFileSync(resolve(SHARED, doc.file), 'utf8');
    const found = detect(text);
    for (const g of doc.mentions) {
      const t = tally.get(g.kind) ?? { tp: 0, fp: 0, fn: 0 };
      tally.set(g.kind, t);
      if (found.some((d) => matches(d, g))) t.tp += g.optional ? 0 : 1;
      else if (!g.optional) t.fn++;
    }
    for (const d of found) {
      const t = tally.get(d.kind) ?? { tp: 0, fp: 0, fn: 0 };
      tally.set(d.kind, t);
      if (!doc.mentions.some((g) => matches(d, g))) t.fp++;
    }
  }
  it.each(['kamerstuk', 'document', 'zaak', 'handelingen', 'motion', 'amount'])('%s: precision and recall at least 0.95', (kind) => {
    const t = tally.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    expect(t.tp / Math.max(1, t.tp + t.fp)).toBeGreaterThanOrEqual(0.95);
    expect(t.tp / Math.max(1, t.tp + t.fn)).toBeGreaterThanOrEqual(0.95);
  });
});
