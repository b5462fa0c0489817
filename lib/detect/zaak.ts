import { yearNumbers } from './common';
import type { ZaakMention } from './types';

// "2024Z21887", also inside tweedekamer.nl links ("?id=2024Z21887"), and with its digits grouped as in print ("2009Z17 465").
const ZAAK = /((?:19|20)\d{2})[Zz](\d{2})[ \u00a0]?(\d{3})(?!\d)/y;

export function detectZaken(text: string): ZaakMention[] {
  const out: ZaakMention[] = [];
  for (const m of yearNumbers(text, ZAAK, 'Z')) {
    out.push({ kind: 'zaak', start: m.index, end: m.index + m[0].length, text: m[0], zaakNummer: `${m[1]}Z${m[2]}${m[3]}` });
  }
  return out;
}
