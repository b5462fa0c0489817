import { literalStarts, stickyMatches, touchesBefore, YEAR_STARTS } from './common';
import type { ZaakMention } from './types';

// "2024Z21887", also inside tweedekamer.nl links ("?id=2024Z21887"). Found as document.ts finds its numbers.
const ZAAK = /((?:19|20)\d{2})[Zz](\d{5})(?!\d)/y;

export function detectZaken(text: string): ZaakMention[] {
  const out: ZaakMention[] = [];
  for (const m of stickyMatches(text, literalStarts(text, YEAR_STARTS), ZAAK)) {
    const start = m.index;
    if (touchesBefore(text, start)) continue;
    out.push({ kind: 'zaak', start, end: start + m[0].length, text: m[0], zaakNummer: `${m[1]}Z${m[2]}` });
  }
  return out;
}
