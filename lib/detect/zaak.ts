import { touchesBefore } from './common';
import type { ZaakMention } from './types';

// "2024Z21887", also inside tweedekamer.nl links ("?id=2024Z21887"). As in document.ts, what may not
// come before it is checked after a match.
const ZAAK = /((?:19|20)\d{2})[Zz](\d{5})(?!\d)/g;

export function detectZaken(text: string): ZaakMention[] {
  const out: ZaakMention[] = [];
  if (text.indexOf('Z') < 0 && text.indexOf('z') < 0) return out;
  for (const m of text.matchAll(ZAAK)) {
    const start = m.index!;
    if (touchesBefore(text, start)) continue;
    out.push({ kind: 'zaak', start, end: start + m[0].length, text: m[0], zaakNummer: `${m[1]}Z${m[2]}` });
  }
  return out;
}
