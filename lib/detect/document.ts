import { touchesBefore } from './common';
import type { DocumentMention } from './types';

// "2025D52678", also inside tweedekamer.nl links ("...&did=2025D52678"). What may not come before it is
// checked after a match: a look-behind at the start of a pattern is tried at every character.
const DOCUMENT = /((?:19|20)\d{2})[Dd](\d{5})(?!\d)/g;

export function detectDocuments(text: string): DocumentMention[] {
  const out: DocumentMention[] = [];
  if (text.indexOf('D') < 0 && text.indexOf('d') < 0) return out;
  for (const m of text.matchAll(DOCUMENT)) {
    const start = m.index!;
    if (touchesBefore(text, start)) continue;
    const end = start + m[0].length;
    out.push({ kind: 'document', start, end, text: m[0], documentNummer: `${m[1]}D${m[2]}` });
  }
  return out;
}
