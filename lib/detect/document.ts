import { yearNumbers } from './common';
import type { DocumentMention } from './types';

// "2025D52678", also inside tweedekamer.nl links ("...&did=2025D52678"), and with its digits grouped as in print ("2009D17 465").
const DOCUMENT = /((?:19|20)\d{2})[Dd](\d{2})[ \u00a0]?(\d{3})(?!\d)/y;

export function detectDocuments(text: string): DocumentMention[] {
  const out: DocumentMention[] = [];
  for (const m of yearNumbers(text, DOCUMENT, 'D')) {
    out.push({ kind: 'document', start: m.index, end: m.index + m[0].length, text: m[0], documentNummer: `${m[1]}D${m[2]}${m[3]}` });
  }
  return out;
}
