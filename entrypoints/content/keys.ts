/** Normalised keys and Dutch accessible names for marked mentions. Pure. */
import type { Mention } from '../../lib/detect/types';
import { kamerstukKey } from '../../lib/data/keys';
import { recordedToevoeging } from '../../lib/detect/common';
import { euros, handelingenName, senateLetter } from '../../lib/format/dutch';

function kamerstukKeyOf(ref: { dossier: number; toevoeging: string | null; ondernummer: number | null; rijkswet?: string }): string {
  return kamerstukKey(ref.dossier, recordedToevoeging(ref), ref.ondernummer);
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The key in data-kw-key: "19637-3435", "2025D52678", "2024Z21887", "h-2024-2025-12-3", "motie:eerdmans", "21900000". */
export function mentionKey(m: Mention): string {
  switch (m.kind) {
    case 'kamerstuk':
      return m.letter ? `${kamerstukKeyOf(m)}-ek-${m.letter}` : kamerstukKeyOf(m);
    case 'document':
      return m.documentNummer.toUpperCase();
    case 'zaak':
      return m.zaakNummer.toUpperCase();
    case 'handelingen':
      return [m.aanhangsel ? 'ah' : 'h', m.eersteKamer ? 'ek' : '', m.vergaderjaar ?? '', String(m.nummer), m.item === undefined ? '' : String(m.item)]
        .filter((p) => p !== '')
        .join('-');
    case 'motion':
      return `motie:${m.indieners.map(slug).join('+')}`;
    case 'amount':
      return String(m.value);
  }
}

export { KIND_LABEL } from '../../lib/format/dutch';

/** What a screen reader announces: "Kamerstuk 19637, nr. 3435: toon details". */
export function ariaLabel(m: Mention): string {
  return `${referenceLabel(m)}: toon details`;
}

/** The reference in words: "Kamerstuk 19637, nr. 3435", "Motie Eerdmans", "Bedrag € 21.900.000". */
export function referenceLabel(m: Mention): string {
  let what: string;
  switch (m.kind) {
    case 'kamerstuk': {
      const toevoeging = recordedToevoeging(m);
      const dossier = toevoeging ? `${m.dossier}-${toevoeging}` : String(m.dossier);
      what =
        m.ondernummer === null
          ? `Kamerstuk ${dossier}${m.letter ? `, ${senateLetter(m.letter)}` : ''}`
          : m.ondernummerTot !== undefined
            ? `Kamerstukken ${dossier}, nrs. ${m.ondernummer} tot en met ${m.ondernummerTot}`
            : `Kamerstuk ${dossier}, nr. ${m.ondernummer}`;
      break;
    }
    case 'document':
      what = `Document ${m.documentNummer}`;
      break;
    case 'zaak':
      what = `Zaak ${m.zaakNummer}`;
      break;
    case 'handelingen':
      what = handelingenName(m);
      break;
    case 'motion':
      what = `Motie ${m.indieners.join(', ')}${m.cs ? ' c.s.' : ''}`;
      break;
    case 'amount':
      what = `Bedrag ${euros(m.value)}${m.per ? ` ${m.per}` : ''}`;
      break;
  }
  return what;
}
