/** A tiny snapshot in the open-data shape, written as gzip JSON Lines into a temp dir for build tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const pubXml = (o: { dossier: string; hoofdstuk?: string; nr: number; date: string; indieners: string[]; title: string; paragraphs: string[] }) => `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata>
    <meta name="OVERHEIDop.ondernummer" content="${o.nr}"/>
    ${o.indieners.map((i) => `<meta name="OVERHEIDop.indiener" scheme="" content="${i}"/>`).join('\n    ')}
    <meta name="OVERHEIDop.documenttitel" scheme="" content="${o.title}"/>
  </metadata>
  <kamerstuk>
    <dossier><dossiernummer><dossiernr>${o.dossier}</dossiernr>${o.hoofdstuk ? `<begrotingshoofdstuk>${o.hoofdstuk}</begrotingshoofdstuk>` : ''}</dossiernummer><titel>Vreemdelingenbeleid</titel></dossier>
    <stuk>
      <stuknr>Nr. <ondernummer kamer="2">${o.nr}</ondernummer></stuknr>
      <datumtekst>Voorgesteld <datum isodatum="${o.date}">x</datum></datumtekst>
      <algemeen><vrije-tekst><tekst>
        <al>De Kamer,</al><al>gehoord de beraadslaging,</al>
        ${o.paragraphs.map((p) => `<al>${p}</al>`).join('\n        ')}
        <al>en gaat over tot de orde van de dag.</al>
      </tekst></vrije-tekst></algemeen>
    </stuk>
  </kamerstuk>
</officiele-publicatie>`;

const motionDoc = (id: string, nummer: string, nr: number, onderwerp: string, soort = 'Motie') => ({
  Id: id,
  Soort: soort,
  DocumentNummer: nummer,
  Titel: 'Vreemdelingenbeleid',
  Onderwerp: onderwerp,
  Datum: '2025-02-18T00:00:00+01:00',
  Vergaderjaar: '2024-2025',
  Volgnummer: nr,
  GewijzigdOp: '2025-02-19T07:59:02+01:00',
  Verwijderd: false,
  Kamerstukdossier: [{ Nummer: 19637, Toevoeging: null, Titel: 'Vreemdelingenbeleid' }],
  _reconstructed: ['Kamerstukdossier (from the official publication XML)'],
});

export const FIXTURE = {
  'Fractie.jsonl.gz': [
    { Id: 'f1', NaamNL: 'SP', AantalZetels: 5, GewijzigdOp: '2025-03-01T10:00:00+01:00', _reconstructed: ['from Stemming rows'] },
    { Id: 'f2', NaamNL: 'VVD', AantalZetels: 24, GewijzigdOp: '2025-03-01T10:00:00+01:00' },
  ],
  'Persoon.jsonl.gz': [
    { Id: 'p1', Initialen: 'A.', Tussenvoegsel: null, Achternaam: 'Podt', Roepnaam: 'Anita', Functie: 'Tweede Kamerlid', Fractielabel: 'D66', Verwijderd: false },
    { Id: 'p2', Initialen: 'H.D.', Tussenvoegsel: 'van', Achternaam: 'Dijk', Roepnaam: 'Harm', Functie: 'Tweede Kamerlid', Fractielabel: null, Verwijderd: false },
  ],
  'Zaak-motie.jsonl.gz': [
    {
      Id: 'z1', Nummer: '2025Z00001', Soort: 'Motie', Titel: 'Vreemdelingenbeleid',
      Onderwerp: 'Motie van het lid Podt over een betere schaderegeling', GestartOp: '2025-02-11T00:00:00+01:00',
      Vergaderjaar: '2024-2025', Volgnummer: 3370, Afgedaan: false, Kabinetsappreciatie: 'Ontraden',
      GewijzigdOp: '2025-02-12T00:00:00+01:00', Verwijderd: false,
      Document: [motionDoc('d1', '2025D00001', 3370, 'Motie van het lid Podt over een betere schaderegeling')],
    },
    {
      Id: 'z2', Nummer: '2025Z00002', Soort: 'Motie', Titel: 'Vreemdelingenbeleid',
      Onderwerp: 'Gewijzigde motie van het lid Podt over een betere schaderegeling (t.v.v. 19637-3370)', GestartOp: '2025-02-18T00:00:00+01:00',
      Vergaderjaar: '2024-2025', Volgnummer: 3384, Afgedaan: true, Kabinetsappreciatie: 'Niet beschikbaar bij gewijzigde moties en/of amendementen',
      GewijzigdOp: '2025-02-19T00:00:00+01:00', Verwijderd: false,
      Document: [motionDoc('d2', '2025D00002', 3384, 'Gewijzigde motie van het lid Podt over een betere schaderegeling (t.v.v. 19637-3370)', 'Motie (gewijzigd/nader)')],
      Besluit: [
        {
          Id: 'b1', StemmingsSoort: 'Met handopsteken', BesluitSoort: 'Stemmen - aangenomen', BesluitTekst: 'Aangenomen.', GewijzigdOp: '2025-02-25T00:00:00+01:00', Verwijderd: false,
          Stemming: [
            { Id: 's1', Soort: 'Voor', FractieGrootte: 5, ActorNaam: 'SP', ActorFractie: 'SP', Persoon_Id: null, Verwijderd: false },
            { Id: 's2', Soort: 'Tegen', FractieGrootte: 24, ActorNaam: 'VVD', ActorFractie: 'VVD', Persoon_Id: null, Verwijderd: false },
          ],
        },
      ],
      _reconstructed: ['Besluit (tied through its Agendapunt, only where that is certain)'],
    },
    {
      Id: 'z3', Nummer: '2025Z00003', Soort: 'Motie', Titel: 'x', Onderwerp: 'Motie van het lid Van Dijk over iets anders', GestartOp: '2025-03-01T00:00:00+01:00',
      Vergaderjaar: '2024-2025', Volgnummer: 5, Afgedaan: null, Kabinetsappreciatie: null, GewijzigdOp: '2025-03-02T00:00:00+01:00', Verwijderd: true,
      Document: [],
    },
  ],
  'DocumentPublicatie-motie.jsonl.gz': [
    {
      Id: 'pub1', Document_Id: 'd1', DocumentNummer: '2025D00001',
      xml: pubXml({ dossier: '19 637', nr: 3370, date: '2025-02-11', indieners: ['A. Podt', 'H.D. van Dijk'], title: 'Motie van het lid Podt over een betere schaderegeling', paragraphs: ['constaterende dat schade vaak niet wordt vergoed;', 'verzoekt de regering een betere schaderegeling te maken,'] }),
    },
    {
      Id: 'pub2', Document_Id: 'd2', DocumentNummer: '2025D00002',
      xml: pubXml({ dossier: '19 637', nr: 3384, date: '2025-02-18', indieners: ['A. Podt'], title: 'Gewijzigde motie', paragraphs: ['verzoekt de regering een betere schaderegeling te maken voor 1 juli,'] }),
    },
  ],
  'Document.jsonl.gz': [
    {
      Id: 'd9', Soort: 'Brief regering', DocumentNummer: '2025D00009', Titel: 'Vreemdelingenbeleid',
      Onderwerp: 'Reactie op de motie van het lid Podt over een betere schaderegeling', Datum: '2025-05-01T00:00:00+02:00',
      Vergaderjaar: '2024-2025', Volgnummer: 3400, GewijzigdOp: '2025-05-02T10:00:00+02:00', Verwijderd: false,
      Kamerstukdossier: [{ Nummer: 19637, Toevoeging: null, Titel: 'Vreemdelingenbeleid' }],
      _reconstructed: ['Kamerstukdossier (from the publication XML, or a dossier title that names exactly one dossier)'],
    },
    { Id: 'd10', Soort: null, DocumentNummer: null, Titel: null, Onderwerp: null, Datum: null, Vergaderjaar: null, Volgnummer: null, GewijzigdOp: null, Verwijderd: false },
    { Id: 'd11', Soort: 'Stenogram', DocumentNummer: '2025D00011', Titel: 'Stenogram', Onderwerp: null, Datum: '2025-05-01T00:00:00+02:00', Vergaderjaar: '2024-2025', Volgnummer: -1, GewijzigdOp: '2025-05-02T00:00:00+02:00', Verwijderd: false },
  ],
} as const;

export const SEED = `
Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2025–2026

29 344 Terugkeerbeleid

Nr. 157 BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE

Den Haag, 21 oktober 2025

Zie de brief (Kamerstuk 19637, nr. 3400).
`;

/** Write the fixture (optionally with overrides per file as raw lines) into a fresh temp dir. */
export function writeFixture(overrides: Record<string, string[]> = {}): { snapshotDir: string; seedsDir: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'kw-data-'));
  const snapshotDir = join(root, 'snapshot');
  const seedsDir = join(root, 'seeds');
  mkdirSync(snapshotDir);
  mkdirSync(seedsDir);
  for (const [file, records] of Object.entries(FIXTURE)) {
    const lines = overrides[file] ?? records.map((r) => JSON.stringify(r));
    writeFileSync(join(snapshotDir, file), gzipSync(`${lines.join('\n')}\n`));
  }
  writeFileSync(join(seedsDir, '000_test.txt'), SEED);
  return { snapshotDir, seedsDir, root };
}
