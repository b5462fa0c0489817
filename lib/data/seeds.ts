/**
 * Seeds (plain-text parliamentary documents) as dataset documents: the header gives the Kamerstuk
 * identity ("29 344 Terugkeerbeleid" / "Nr. 157 BRIEF VAN DE MINISTER ...", or
 * "Tweede Kamer, vergaderjaar 2025–2026, 36 871, nr. 67"), the date line ("Den Haag, 21 oktober 2025").
 */
import { kamerstukKey } from './keys';
import type { DocumentRecord } from './schema';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function dutchDate(text: string): string | null {
  const m = new RegExp(`(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`, 'i').exec(text);
  if (!m) return null;
  return `${m[3]}-${String(MONTHS.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

function kindOf(heading: string, text: string): string {
  if (/^brief van de minister|^brief van de staatssecretaris/i.test(heading)) return 'Brief regering';
  if (/^\s*antwoord van (minister|staatssecretaris)/i.test(text)) return 'Antwoord schriftelijke vragen';
  if (/^\s*de vaste commissie voor .* heeft .* vragen en\s+opmerkingen/i.test(text)) return 'Verslag van een schriftelijk overleg';
  if (/^motie/i.test(heading)) return 'Motie';
  return 'Brief';
}

export function seedDocument(fileName: string, text: string): DocumentRecord {
  const base = fileName.replace(/\.txt$/, '');
  const head = text.slice(0, 3000);
  const dossierLine = /^\s*(\d{1,3}(?:[ .]\d{3})|\d{4,6})(?:[ -]([A-Z]{1,5}))?\s+(\S.*)$/m.exec(head);
  const nrLine = /^\s*Nr\.\s*(\d+)\s+(.+)$/m.exec(head);
  const inline = /Tweede Kamer,\s*vergaderjaar\s*(\d{4})\s*[–-]\s*(\d{4}),\s*(\d{1,3}(?:[ .]\d{3})|\d{4,6}),\s*nr\.\s*(\d+)/i.exec(head);
  let dossier: number | null = null;
  let toevoeging: string | null = null;
  let ondernummer: number | null = null;
  let title: string | null = null;
  let heading = '';
  if (dossierLine && nrLine && dossierLine.index < nrLine.index) {
    dossier = Number(dossierLine[1].replace(/[ .]/g, ''));
    toevoeging = dossierLine[2] ?? null;
    ondernummer = Number(nrLine[1]);
    heading = nrLine[2].trim();
    title = dossierLine[3].trim();
  } else if (inline) {
    dossier = Number(inline[3].replace(/[ .]/g, ''));
    ondernummer = Number(inline[4]);
  }
  const year = /^\s*(?:Tweede Kamer,\s*)?vergaderjaar\s*(\d{4})\s*[–-]\s*(\d{4})/im.exec(head);
  const betreft = /^\s*Betreft\s+(.+)$/m.exec(head);
  const firstSentence = head.replace(/\s+/g, ' ').trim().split(/(?<=[.?!])\s/)[0] ?? base;
  const firstLine = firstSentence.length > 160 ? `${firstSentence.slice(0, 157)}...` : firstSentence;
  const subject = heading ? heading.charAt(0) + heading.slice(1).toLowerCase() : betreft ? betreft[1].trim() : firstLine.slice(0, 200);
  const dateLine = /Den Haag,\s*([^\n]+)/.exec(head) ?? /Datum\s+([^\n]+)/.exec(head) ?? /\(ontvangen ([^)]+)\)/.exec(head);
  return {
    id: `seed:${base}`,
    key: dossier !== null && ondernummer !== null ? kamerstukKey(dossier, toevoeging, ondernummer) : null,
    kind: kindOf(heading, text),
    dossier,
    toevoeging,
    ondernummer,
    title: title ?? subject,
    subject,
    date: dateLine ? dutchDate(dateLine[1]) : null,
    year: year ? `${year[1]}-${year[2]}` : null,
    source: 'seed',
    text,
  };
}
