import { yearNumbers } from './common';
import type { DocumentMention } from './types';

// "2025D52678", also inside tweedekamer.nl links ("...&did=2025D52678").
const DOCUMENT = /((?:19|20)\d{2})[Dd](\d{5})(?!\d)/y;

export function detectDocuments(text: string): DocumentMention[] {
  const out: DocumentMention[] = [];
  for (const m of yearNumbers(text, DOCUMENT)) {
    out.push({ kind: 'document', start: m.index, end: m.index + m[0].length, text: m[0], documentNummer: `${m[1]}D${m[2]}` });
  }
  return out;
}
