/** Outcome of a vote from Besluit.BesluitSoort ("Stemmen - aangenomen", "Stemmen - gestaakt", ...). */
import type { Outcome } from '../data/schema';

export function outcomeOf(besluitSoort: string): Outcome {
  const s = besluitSoort.toLowerCase();
  if (s.includes('aangenomen')) return 'aangenomen';
  if (s.includes('verworpen')) return 'verworpen';
  if (s.includes('staken') || s.includes('gestaakt')) return 'staken';
  return 'other';
}
