/** detect(text): every mention a reader of Dutch parliamentary texts would want explained. */
import { detectAmounts } from './amount';
import { detectDocuments } from './document';
import { detectHandelingen } from './handelingen';
import { detectKamerstukken } from './kamerstuk';
import { detectMotions } from './motion';
import type { Mention } from './types';
import { detectZaken } from './zaak';

export type { Mention, MentionKind } from './types';
export { detectAmounts, detectDocuments, detectHandelingen, detectKamerstukken, detectMotions, detectZaken };
export { kamerstukKey } from './kamerstuk';

/** Longer, more specific mentions win where two kinds claim the same text. */
const PRIORITY: Record<Mention['kind'], number> = { handelingen: 6, kamerstuk: 5, motion: 4, document: 3, zaak: 3, amount: 2 };

export function detect(text: unknown): Mention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const all: Mention[] = [
    ...detectHandelingen(text),
    ...detectKamerstukken(text),
    ...detectMotions(text),
    ...detectDocuments(text),
    ...detectZaken(text),
    ...detectAmounts(text),
  ];
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PRIORITY[b.kind] - PRIORITY[a.kind]);
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      const better = PRIORITY[m.kind] > PRIORITY[last.kind] || (PRIORITY[m.kind] === PRIORITY[last.kind] && m.end - m.start > last.end - last.start);
      if (better) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
