/** Where an amount a text mentions is stated in the dataset's texts: exact matches first. */
import type { AmountMention } from '../detect/types';
import { compareStrings } from '../order';

export interface AmountOccurrence {
  value: number;
  /** The amount as written in the source ("€ 5.000"). */
  text: string;
  /** The sentence around it. */
  sentence: string;
  /** Kamerstuk key or DocumentNummer of the source. */
  documentKey: string;
  documentTitle?: string;
  date?: string | null;
  per?: string;
}

export interface AmountCorpus {
  /** Occurrences whose value lies in [min, max]. */
  amountsBetween(min: number, max: number): AmountOccurrence[];
}

export interface AmountSource extends AmountOccurrence {
  exact: boolean;
  /** 0..1: 1 for the same value and the same "per"; lower for rounding differences. */
  score: number;
}

/** Values within this relative distance count as the same amount rounded differently. */
export const APPROXIMATE_TOLERANCE = 0.05;

export function findAmountSources(corpus: AmountCorpus, amount: Pick<AmountMention, 'value' | 'per'>, limit = 20): AmountSource[] {
  // A negative amount ("een EMU-saldo van -43,3 miljard euro") is sought by its size: the records hold sizes ("een tekort van ...").
  const v = Math.abs(amount.value);
  if (!Number.isFinite(v) || v === 0) return [];
  const spread = v * APPROXIMATE_TOLERANCE;
  const out: AmountSource[] = [];
  for (const occ of corpus.amountsBetween(v - spread, v + spread)) {
    const exact = Math.abs(occ.value - v) < 0.005;
    let score = exact ? 1 : 1 - Math.abs(occ.value - v) / v / APPROXIMATE_TOLERANCE / 2;
    if (amount.per && occ.per && amount.per.toLowerCase() === occ.per.toLowerCase()) score += 0.5;
    else if (amount.per && !new RegExp(escapeRegExp(amount.per), 'i').test(occ.sentence)) score -= 0.2;
    out.push({ ...occ, exact, score: Math.max(0, Math.min(1, score / 1.5)) });
  }
  return out
    .sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.score - a.score ||
        compareStrings(b.date ?? '', a.date ?? '') ||
        compareStrings(a.documentKey, b.documentKey),
    )
    .slice(0, limit);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
