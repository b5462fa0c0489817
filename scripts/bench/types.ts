/** A figure is a number, or the median/min/max of several runs. */
export type Figure = number | { median: number; min: number; max: number; runs: number };

export interface BenchPart {
  figures: Record<string, Figure>;
  /** Budget per figure key, e.g. `{ text: '>= 100 MB/s', ok: true }`. */
  budgets?: Record<string, { text: string; ok: boolean }>;
  /** What could not be measured, and why ("no Chromium at /usr/bin/chromium"). */
  unavailable?: string[];
}

export function summarize(samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: sorted.length };
}

/** A figure's median (a single number is its own). */
export function med(f: Figure): number {
  return typeof f === 'number' ? f : f.median;
}
