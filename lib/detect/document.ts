import { literalStarts, stickyMatches, touchesBefore, YEAR_STARTS } from './common';
import type { DocumentMention } from './types';

// "2025D52678", also inside tweedekamer.nl links ("...&did=2025D52678"). Tried where a year starts; what
// may not come before it is checked after a match.
const DOCUMENT = /((?:19|20)\d{2})[Dd](\d{5})(?!\d)/y;

export function detectDocuments(text: string): DocumentMention[] {
  const out: DocumentMention[] = [];
  for (const m of stickyMatches(text, literalStarts(text, YEAR_STARTS), DOCUMENT)) {
    const start = m.index;
    if (touchesBefore(text, start)) continue;
    out.push({ kind: 'document', start, end: start + m[0].length, text: m[0], documentNummer: `${m[1]}D${m[2]}` });
  }
  return out;
}
