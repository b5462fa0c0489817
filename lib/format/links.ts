/** Official links built from a reference alone, for cards of records the dataset lacks. Pure. */
import type { Mention } from '../detect/types';

export interface OfficialLink {
  label: string;
  href: string;
}

const OB = 'https://zoek.officielebekendmakingen.nl';
const TK = 'https://www.tweedekamer.nl';

export function officialLinks(m: Mention): OfficialLink[] {
  switch (m.kind) {
    case 'kamerstuk': {
      const dossier = m.toevoeging ? `${m.dossier}-${m.toevoeging}` : String(m.dossier);
      if (m.ondernummer === null && m.letter) {
        return [
          { label: 'officielebekendmakingen.nl', href: `${OB}/kst-${dossier}-${m.letter}.html` },
          { label: 'officielebekendmakingen.nl (dossier)', href: `${OB}/dossier/${dossier}` },
        ];
      }
      if (m.ondernummer === null) {
        return [
          { label: 'officielebekendmakingen.nl', href: `${OB}/dossier/${dossier}` },
          { label: 'tweedekamer.nl', href: `${TK}/kamerstukken/dossiers?dos=${encodeURIComponent(dossier)}` },
        ];
      }
      return [
        { label: 'officielebekendmakingen.nl', href: `${OB}/kst-${dossier}-${m.ondernummer}.html` },
        { label: 'tweedekamer.nl', href: `${TK}/zoeken?qry=${encodeURIComponent(`${dossier} nr. ${m.ondernummer}`)}` },
      ];
    }
    case 'document':
      return [{ label: 'tweedekamer.nl', href: `${TK}/kamerstukken/detail?did=${encodeURIComponent(m.documentNummer)}` }];
    case 'zaak':
      return [{ label: 'tweedekamer.nl', href: `${TK}/kamerstukken/detail?id=${encodeURIComponent(m.zaakNummer)}` }];
    case 'handelingen': {
      const year = m.vergaderjaar?.replace('-', '') ?? '';
      const prefix = `${m.aanhangsel ? 'ah' : 'h'}-${m.eersteKamer ? 'ek' : 'tk'}`;
      return year
        ? [{ label: 'officielebekendmakingen.nl', href: `${OB}/${prefix}-${year}-${m.nummer}${m.item === undefined ? '' : `-${m.item}`}.html` }]
        : [{ label: 'officielebekendmakingen.nl', href: `${OB}/resultaten?q=${encodeURIComponent(m.text)}` }];
    }
    case 'motion':
      return [
        { label: 'tweedekamer.nl', href: `${TK}/zoeken?qry=${encodeURIComponent(`motie ${m.indieners.join(' ')}`)}` },
      ];
    case 'amount':
      return [];
  }
}

/** Only official https pages are ever linked from a card. */
export const OFFICIAL_URL = /^https:\/\/(zoek\.officielebekendmakingen\.nl|www\.tweedekamer\.nl)\/[^\s"<>]*$/;
