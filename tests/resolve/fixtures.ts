import type { MotionMention } from '../../lib/detect/types';
import type { CandidateMotion } from '../../lib/resolve/motion';

/** Motions as in the snapshot (titles, dates, signatories), then made-up ones (dossier 99999) for edge cases. */
export const MOTIONS: CandidateMotion[] = [
  m('32317-919', '2024-12-11', 'Motie van het lid Eerdmans over het voorbereiden van een plan voor de terugkeer van Syriërs zodra dit veilig en verantwoord kan', [['J.J. ', 'Eerdmans', 'JA21']]),
  m('32317-951', '2025-06-11', 'Motie van de leden Van Zanten en Boomsma over een verkenning naar verdragen die mogelijk moeten worden herzien of opgezegd', [['H.J. ', 'van Zanten', 'BBB'], ['D.J.G. ', 'Boomsma', 'NSC']], { replacedBy: ['32317-961'] }),
  m('32317-961', '2025-06-12', 'Gewijzigde motie van de leden Van Zanten en Boomsma over een verkenning naar verdragen die mogelijk moeten worden gemoderniseerd of herzien (t.v.v. 32317-951)', [['H.J. ', 'van Zanten', 'BBB'], ['D.J.G. ', 'Boomsma', 'NSC']], { replaces: ['32317-951'] }),
  m('36600-XX-29', '2024-11-07', 'Motie van het lid Van Nispen over uiterlijk 1 december met een plan komen om uitvoering te geven aan het uitgangspunt dat kinderen worden opgevangen op locaties met de juiste voorzieningen', [['M.', 'van Nispen', 'SP']]),
  m('36349-15', '2024-04-17', 'Motie van het lid Van Nispen over een plan van aanpak voor het verkorten van beslistermijnen in asiel- en nareiszaken en het wegwerken van wachtlijsten', [['M.', 'van Nispen', 'SP']]),
  m('36410-VI-81', '2024-02-12', 'Motie van het lid Piri over de Kamer informeren hoe de achterstanden bij de BRP-registratie weggewerkt zullen worden', [['K.', 'Piri', 'GroenLinks-PvdA']]),
  // Made up: two different members named Van Dijk, and more motions by one member.
  m('99999-1', '2024-11-28', 'Motie van de leden Ceder en Van Dijk over lokale schuldhulpverlening', [['D.G.', 'Ceder', 'ChristenUnie'], ['I.', 'van Dijk', 'CDA']]),
  m('99999-2', '2024-12-03', 'Motie van de leden Ceder en Van Dijk over de kostendelersnorm', [['D.G.', 'Ceder', 'ChristenUnie'], ['D.', 'van Dijk', 'SGP']]),
  m('99999-3', '2024-10-01', 'Motie van het lid Eerdmans over het strikt toepassen van de Dublinverordening', [['J.J.', 'Eerdmans', 'JA21']]),
  m('99999-4', '2024-09-01', 'Motie van het lid Eerdmans over de strafmaat voor geweld tegen hulpverleners', [['J.J.', 'Eerdmans', 'JA21']]),
  // Made up, as the publications sign them: a first name for namesakes, a double surname, a signature cut off.
  m('99999-5', '2025-02-01', 'Motie van de leden Diederik van Dijk en Podt over kleinschalige opvangvoorzieningen', [['', 'Diederik van Dijk', ''], ['', 'Podt', '']]),
  m('99999-6', '2025-02-02', 'Motie van het lid Grinwis c.s. over de financieringsruimte van drinkwaterbedrijven', [['', 'Grinwi', ''], ['', 'Flach', '']]),
  m('99999-7', '2025-02-03', 'Motie van het lid Yeşilgöz-Zegerius over de nationale veiligheid', [['D.', 'Yeşilgöz-Zegerius', 'VVD']]),
];

function m(
  key: string,
  date: string,
  title: string,
  sigs: [string, string, string][],
  links: { replaces?: string[]; replacedBy?: string[] } = {},
): CandidateMotion {
  const parts = key.split('-');
  const toevoeging = parts.length === 3 ? parts[1]! : null;
  return {
    key,
    dossier: Number(parts[0]),
    toevoeging,
    ondernummer: Number(parts.at(-1)),
    zaakNummer: null,
    documentNummer: null,
    date,
    title,
    signatories: sigs.map(([initials, surname, party]) => ({ initials: initials.trim() || null, surname, party: party || null })),
    ...links,
  };
}

export function motion(indieners: string[], extra: Partial<MotionMention> = {}): MotionMention {
  return {
    kind: 'motion',
    start: 0,
    end: 10,
    text: `motie ${indieners.join('/')}`,
    indieners,
    signatories: indieners.map((surname) => ({ surname })),
    cs: false,
    ...extra,
  };
}
