/** `kamerwijzer lookup [--json] REFERENCE`: the record for a Kamerstuk, D- or Z-number. */
import type { Dataset } from '../data/dataset';
import { detect } from '../detect/index';
import { recordedToevoeging } from '../detect/common';
import { kamerstukKey, parseReference, type Reference } from '../data/keys';
import { loadDataset } from '../data/load-node';
import type { DocumentRecord, MotionRecord } from '../data/schema';

export interface LookupResult {
  reference: Reference;
  document?: DocumentRecord;
  motion?: MotionRecord;
  dossier?: { key: string; title: string; documents: number };
  citedBy: string[];
  cites: string[];
  answeredBy: { document: string; score: number }[];
}

/** Parse with lib/detect (the same rules as on a page); bare keys like "19637-3435" with the dataset's own parser. */
export function toReference(input: string): Reference | undefined {
  const m = detect(input).find((x) => x.kind === 'kamerstuk' || x.kind === 'document' || x.kind === 'zaak');
  if (m?.kind === 'kamerstuk') {
    const toevoeging = recordedToevoeging(m);
    return { kind: 'kamerstuk', dossier: m.dossier, toevoeging, ondernummer: m.ondernummer, key: kamerstukKey(m.dossier, toevoeging, m.ondernummer) };
  }
  if (m?.kind === 'document') return { kind: 'document', documentNummer: m.documentNummer };
  if (m?.kind === 'zaak') return { kind: 'zaak', zaakNummer: m.zaakNummer };
  return parseReference(input);
}

export function lookup(ds: Dataset, ref: Reference): LookupResult | undefined {
  let document: DocumentRecord | undefined;
  let motion: MotionRecord | undefined;
  let dossier: LookupResult['dossier'];
  if (ref.kind === 'kamerstuk') {
    if (ref.ondernummer === null) {
      const d = ds.dossier(ref.dossier, ref.toevoeging);
      if (!d) return undefined;
      dossier = { key: d.key, title: d.title, documents: ds.documentsInDossier(d.nummer, d.toevoeging).length };
    } else {
      document = ds.byKamerstukKey.get(ref.key);
      motion = ds.motion(ref.key);
    }
  } else if (ref.kind === 'document') {
    document = ds.byDocumentNummer.get(ref.documentNummer);
    motion = ds.motionByDocumentNummer.get(ref.documentNummer);
  } else {
    motion = ds.byZaakNummer.get(ref.zaakNummer);
    document = motion?.documentNummer ? ds.byDocumentNummer.get(motion.documentNummer) : undefined;
  }
  if (!document && !motion && !dossier) return undefined;
  const targets = [document?.key, document?.id, motion?.key, motion?.zaakNummer, dossier?.key].filter((x): x is string => !!x);
  const citedBy = [...new Set(targets.flatMap((t) => ds.citedBy(t).map((c) => c.from)))].sort();
  const cites = document ? [...new Set(ds.cites(document.id).map((c) => c.to))] : [];
  const answeredBy = motion ? ds.answersTo(motion.key).map((a) => ({ document: a.document, score: a.score })) : [];
  return { reference: ref, document, motion, dossier, citedBy, cites, answeredBy };
}

const OUTCOME: Record<string, string> = {
  aangenomen: 'aangenomen',
  verworpen: 'verworpen',
  staken: 'stemmen staakten',
  other: 'besluit zonder uitslag voor/tegen',
  unknown: 'uitslag niet in de gebundelde gegevens',
};

export function formatResult(ds: Dataset, r: LookupResult): string {
  const lines: string[] = [];
  const d = r.document;
  const m = r.motion;
  if (r.dossier) {
    lines.push(`Dossier ${r.dossier.key}: ${r.dossier.title}`, `  documenten in de gegevens: ${r.dossier.documents}`);
    for (const doc of ds.documentsInDossier(Number(r.dossier.key.split('-')[0]), r.dossier.key.split('-')[1] ?? null).slice(0, 10)) {
      lines.push(`  - ${doc.date ?? '????-??-??'} ${doc.key ?? doc.id} ${doc.kind}: ${doc.subject ?? doc.title}`);
    }
  }
  if (d) {
    lines.push(`${d.kind} ${d.key ? `Kamerstuk ${d.key}` : ''} (${d.id})`.replace(/\s+/g, ' ').trim());
    lines.push(`  titel: ${d.title}`);
    if (d.subject) lines.push(`  onderwerp: ${d.subject}`);
    if (d.dossier !== null) lines.push(`  dossier: ${kamerstukKey(d.dossier, d.toevoeging)} ${ds.dossier(d.dossier, d.toevoeging)?.title ?? ''}`.trimEnd());
    if (d.date) lines.push(`  datum: ${d.date}${d.year ? ` (vergaderjaar ${d.year})` : ''}`);
    if (d.zaken?.length) lines.push(`  zaken: ${d.zaken.join(', ')}`);
    if (d.source === 'seed') lines.push('  bron: voorbeeldtekst (seeds/)');
    if (d.reconstructed?.length) lines.push(`  herleid in de snapshot: ${d.reconstructed.join('; ')}`);
  }
  if (m) {
    lines.push(`Motie ${m.key} (${m.zaakNummer}${m.documentNummer ? `, ${m.documentNummer}` : ''})`);
    lines.push(`  ${m.title}`);
    if (m.date) lines.push(`  datum: ${m.date}`);
    lines.push(`  indieners: ${m.signatories.map((s) => `${s.initials ? `${s.initials} ` : ''}${s.surname}${s.party ? ` (${s.party})` : ''}`).join(', ') || 'onbekend'}`);
    lines.push(`  kabinetsappreciatie: ${m.advice ?? 'onbekend'}`);
    lines.push(`  uitslag: ${OUTCOME[m.outcome] ?? m.outcome}`);
    if (m.decision) {
      const by = (v: string) => m.decision!.votes.filter((x) => x.vote === v);
      for (const v of ['Voor', 'Tegen', 'Niet deelgenomen']) {
        const list = by(v);
        if (list.length) lines.push(`    ${v} (${list.reduce((s, x) => s + (x.seats ?? (x.member ? 1 : 0)), 0)}): ${list.map((x) => x.member ?? `${x.party} ${x.seats ?? '?'}`).join(', ')}`);
      }
    }
    if (m.afgedaan !== null) lines.push(`  afgedaan: ${m.afgedaan ? 'ja' : 'nee'}`);
    for (const c of m.considerations) lines.push(`  - ${c}`);
    if (m.request) lines.push(`  ${m.request}`);
    if (m.replaces?.length) lines.push(`  vervangt: ${m.replaces.join(', ')}`);
    if (m.replacedBy?.length) lines.push(`  vervangen door: ${m.replacedBy.join(', ')}`);
    if (m.reconstructed?.length) lines.push(`  herleid in de snapshot: ${m.reconstructed.join('; ')}`);
  }
  if (r.answeredBy.length) lines.push(`  beantwoord in: ${r.answeredBy.map((a) => `${a.document} (${a.score})`).join(', ')}`);
  if (r.cites.length) lines.push(`  verwijst naar: ${r.cites.join(', ')}`);
  if (r.citedBy.length) lines.push(`  genoemd in: ${r.citedBy.join(', ')}`);
  lines.push(`stand van de gegevens: ${ds.meta.dataDate}`);
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const input = args.filter((a) => a !== '--json').join(' ').trim();
  if (!input) {
    process.stderr.write('usage: kamerwijzer lookup [--json] REFERENCE   e.g. "Kamerstuk 19 637, nr. 3435", 2025D27010, 2024Z20838\n');
    return 2;
  }
  const ref = toReference(input);
  if (!ref) {
    process.stderr.write(`lookup: '${input}' is not a reference to a Kamerstuk, document (2025D27010) or zaak (2024Z20838)\n`);
    return 1;
  }
  const ds = await loadDataset();
  const result = lookup(ds, ref);
  if (!result) {
    const what = ref.kind === 'kamerstuk' ? `Kamerstuk ${ref.key}` : ref.kind === 'document' ? ref.documentNummer : ref.zaakNummer;
    process.stderr.write(`lookup: ${what} is not in the bundled dataset (stand van de gegevens ${ds.meta.dataDate})\n`);
    return 1;
  }
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(ds, result));
  return 0;
}
