/**
 * `npm run data:build`: build data/ from the open-data snapshot (../shared/tk-snapshot) and seeds/.
 * `npm run data:check`: rebuild in memory and fail if it differs from the committed data/.
 *
 * Every snapshot line is validated with zod; a malformed line stops the build naming file, line
 * and field, and data/ is only replaced (temp dir + rename) once everything is written.
 * Output is deterministic: sorted records, fixed key order, build date = data date.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { recordedToevoeging } from '../lib/detect/common';
import type { Mention } from '../lib/detect/types';
import { encodeDataset } from '../lib/data/codec';
import { DatasetError, validateFiles } from '../lib/data/dataset';
import { ALL_FILE_NAMES, DATA_FILE_NAMES } from '../lib/data/schema';
import { kamerstukKey } from '../lib/data/keys';
import type {
  AmountRecord,
  AnswerRecord,
  CiteRecord,
  DecisionRecord,
  DocumentRecord,
  DossierRecord,
  Manifest,
  MemberRecord,
  MotionRecord,
  Outcome,
  PartyRecord,
  SignatoryRecord,
} from '../lib/data/schema';
import { seedDocument } from '../lib/data/seeds';
import { normalizeSurname, surnameCore } from '../lib/resolve/names';
import { outcomeOf } from '../lib/snapshot/outcome';
import { parsePublication, type Publication } from '../lib/snapshot/publication';
import { readAll, readJsonl } from '../lib/snapshot/read-node';
import { SNAPSHOT_FILES, SnapshotError, type BesluitRaw, type DocumentRaw, type PersoonRaw, type ZaakRaw } from '../lib/snapshot/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SNAPSHOT_DIR = resolve(ROOT, '../shared/tk-snapshot');
export const DEFAULT_SEEDS_DIR = join(ROOT, 'seeds');
export const DEFAULT_OUT_DIR = join(ROOT, 'data');

/** A document answers a motion when its subject matches one of the signatory's motions at least this well (1 - fuse.js score). */
export const ANSWER_MIN_SCORE = 0.6;

const SOURCE = 'Tweede Kamer open data (gegevensmagazijn.tweedekamer.nl OData v4, snapshot ../shared/tk-snapshot, CC0) + seeds/';

/**
 * Document kinds left out of the bundle to stay within its 15 MB budget: meeting logistics and
 * verbatim transcripts, which texts do not cite as Kamerstuk. Counted in the manifest.
 */
export const SKIPPED_KINDS = ['Convocatie commissieactiviteit', 'Convocatie inbreng', 'Sprekerslijst', 'Stenogram'];

export interface BuildOptions {
  snapshotDir?: string;
  seedsDir?: string;
  /** Progress lines (stderr by default). */
  log?: (line: string) => void;
  /** The detector; default: lib/detect/index.ts when it exists. Pass null to skip cites and amounts. */
  detect?: ((text: string) => Mention[]) | null;
}

type Detect = (text: string) => Mention[];

async function defaultDetect(): Promise<Detect | null> {
  const path = join(ROOT, 'lib/detect/index.ts');
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as { detect?: Detect };
  return typeof mod.detect === 'function' ? mod.detect : null;
}

const day = (s: string | null | undefined): string | null => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);
const nonEmpty = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "(t.v.v. 36600-VI-105)" in a Gewijzigde motie's subject: the key of the motion it replaces. */
export function replacedKey(onderwerp: string | null | undefined): string | null {
  const m = /t\.\s*v\.\s*v\.\s*(\d+(?:-[A-Z0-9]+)?-\d+)/i.exec(onderwerp ?? '');
  return m ? m[1].toUpperCase() : null;
}

/** The sentence (or, in a motion, the paragraph clause ending in ";") around a mention. */
export function sentenceAround(text: string, start: number, end: number): string {
  const endsHere = (i: number) => text[i] === '\n' || (/[.?!;]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1])));
  let a = start;
  while (a > 0 && !endsHere(a - 1)) a--;
  let b = end;
  while (b < text.length && !endsHere(b)) b++;
  let s = text.slice(a, Math.min(text.length, b + 1)).replace(/\s+/g, ' ').trim();
  if (s.length > 400) {
    const from = Math.max(0, start - a - 180);
    s = `${from > 0 ? '...' : ''}${s.slice(from, from + 360).trim()}...`;
  }
  return s;
}

/**
 * JSON with every non-ASCII character escaped (\u00eb): an ASCII file is read and parsed about a
 * third faster (node and Chromium keep it as a one-byte string), for 0.5% more bytes.
 */
function serialize(value: unknown): string {
  return serializeJson(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function serializeJson(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]\n` : '[]\n';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{\n${entries
      .map(([k, v]) => `${JSON.stringify(k)}: ${Array.isArray(v) && v.length ? `[\n${v.map((x) => JSON.stringify(x)).join(',\n')}\n]` : JSON.stringify(v)}`)
      .join(',\n')}\n}\n`;
  }
  return `${JSON.stringify(value)}\n`;
}

/** JSON with sorted keys, to compare records regardless of key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort((x, y) => byString(x[0], y[0]))) : v,
  );
}

export class BuildError extends Error {}

/** Build every file of data/ in memory: name (without .json) -> content. */
export async function buildDataFiles(opts: BuildOptions = {}): Promise<Map<string, string>> {
  const snapshotDir = opts.snapshotDir ?? DEFAULT_SNAPSHOT_DIR;
  const seedsDir = opts.seedsDir ?? DEFAULT_SEEDS_DIR;
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const detect = opts.detect === undefined ? await defaultDetect() : opts.detect;

  const missing = Object.values(SNAPSHOT_FILES)
    .map((f) => join(snapshotDir, f.file))
    .filter((p) => !existsSync(p));
  if (missing.length) {
    throw new BuildError(
      `snapshot not found: expected ${missing.join(', ')}.\n` +
        `The build reads the Tweede Kamer open-data snapshot from ${snapshotDir} (default ../shared/tk-snapshot next to the project). ` +
        'Get it by copying the shared snapshot there, or create one from the live API with `npm run data:sync -- --out <dir>` and pass `--snapshot <dir>`.',
    );
  }
  const path = (k: keyof typeof SNAPSHOT_FILES) => join(snapshotDir, SNAPSHOT_FILES[k].file);

  let newest = '';
  const seeDate = (s: string | null | undefined) => {
    const d = day(s);
    if (d && d > newest) newest = d;
  };

  // --- parties and members ------------------------------------------------------------------
  log('data:build: reading Fractie, Persoon');
  const fracties = (await readAll(path('fracties'), SNAPSHOT_FILES.fracties.schema, SNAPSHOT_FILES.fracties.file)).filter((f) => !f.Verwijderd);
  const personen = (await readAll(path('personen'), SNAPSHOT_FILES.personen.schema, SNAPSHOT_FILES.personen.file)).filter(
    (p): p is PersoonRaw & { Achternaam: string } => !p.Verwijderd && !!nonEmpty(p.Achternaam),
  );
  fracties.forEach((f) => seeDate(f.GewijzigdOp));
  const provenance: Record<string, number> = {};
  const countProv = (entity: string, list: string[] | undefined) => list?.forEach((r) => (provenance[`${entity}: ${r}`] = (provenance[`${entity}: ${r}`] ?? 0) + 1));

  const parties: PartyRecord[] = fracties
    .map((f) => {
      countProv('parties', f._reconstructed);
      return { id: f.Id, name: f.NaamNL, seats: f.AantalZetels ?? null, ...(f._reconstructed?.length ? { reconstructed: f._reconstructed } : {}) };
    })
    .sort((a, b) => byString(a.name, b.name) || byString(a.id, b.id));

  // --- motions (Zaak) and their publications ------------------------------------------------
  log('data:build: reading Zaak-motie');
  const zaken = (await readAll(path('zaken'), SNAPSHOT_FILES.zaken.schema, SNAPSHOT_FILES.zaken.file)).filter((z) => !z.Verwijderd);
  log(`data:build: ${zaken.length} motions; parsing publication XML`);
  const publications = new Map<string, Publication>();
  let n = 0;
  for await (const p of readJsonl(path('publicaties'), SNAPSHOT_FILES.publicaties.schema, SNAPSHOT_FILES.publicaties.file)) {
    if (p.Verwijderd) continue;
    try {
      const parsed = parsePublication(p.xml);
      publications.set(p.Document_Id, parsed);
      if (p.DocumentNummer) publications.set(p.DocumentNummer, parsed);
    } catch (e) {
      throw new SnapshotError(`${SNAPSHOT_FILES.publicaties.file}, record ${p.Id}, field xml: ${(e as Error).message}`);
    }
    if (++n % 2000 === 0) log(`data:build:   ${n} publications`);
  }

  // Roll-call votes say which party a member voted with: the latest such row gives the party.
  const rollCallParty = new Map<string, { party: string; at: string }>();
  for (const z of zaken) {
    for (const b of z.Besluit ?? []) {
      if (b.Verwijderd) continue;
      for (const s of b.Stemming ?? []) {
        if (s.Verwijderd || !s.Persoon_Id || !s.ActorFractie) continue;
        const at = s.GewijzigdOp ?? b.GewijzigdOp ?? '';
        const prev = rollCallParty.get(s.Persoon_Id);
        if (!prev || at > prev.at || (at === prev.at && s.ActorFractie < prev.party)) rollCallParty.set(s.Persoon_Id, { party: s.ActorFractie, at: String(at) });
      }
    }
  }
  const members: MemberRecord[] = personen
    .map((p) => {
      const label = nonEmpty(p.Fractielabel);
      const roll = rollCallParty.get(p.Id);
      return {
        id: p.Id,
        surname: p.Achternaam,
        tussenvoegsel: nonEmpty(p.Tussenvoegsel),
        initials: nonEmpty(p.Initialen),
        firstName: nonEmpty(p.Roepnaam),
        party: label ?? roll?.party ?? null,
        partySource: label ? ('Fractielabel' as const) : roll ? ('Stemming' as const) : null,
        function: nonEmpty(p.Functie),
      };
    })
    .sort((a, b) => byString(a.surname, b.surname) || byString(a.id, b.id));
  const membersBySurname = new Map<string, MemberRecord[]>();
  for (const m of members) {
    const k = normalizeSurname([m.tussenvoegsel, m.surname].filter(Boolean).join(' '));
    membersBySurname.set(k, [...(membersBySurname.get(k) ?? []), m]);
  }
  const initialsKey = (s: string | null) => (s ?? '').replace(/[^A-Za-z]/g, '').toLowerCase();
  const matchMember = (surname: string, initials: string | null): MemberRecord | null => {
    let list = membersBySurname.get(normalizeSurname(surname)) ?? [];
    if (list.length > 1 && initials) list = list.filter((m) => initialsKey(m.initials) === initialsKey(initials));
    return list.length === 1 ? list[0] : null;
  };

  const motions: MotionRecord[] = [];
  const motionTexts = new Map<string, string>();
  type NumberedDoc = DocumentRaw & { DocumentNummer: string };
  const zaakDocs = new Map<string, { doc: NumberedDoc; zaak: string }[]>();
  let skipped = 0;
  for (const z of zaken) {
    seeDate(z.GewijzigdOp);
    const docs = (z.Document ?? []).filter((d): d is DocumentRaw & { DocumentNummer: string } => !d.Verwijderd && !!d.DocumentNummer);
    for (const d of docs) zaakDocs.set(d.DocumentNummer, [...(zaakDocs.get(d.DocumentNummer) ?? []), { doc: d, zaak: z.Nummer }]);
    const doc =
      docs.find((d) => publications.has(d.Id) || publications.has(d.DocumentNummer)) ??
      docs.find((d) => (d.Soort ?? '').startsWith('Motie') && d.Volgnummer === z.Volgnummer) ??
      docs.find((d) => (d.Soort ?? '').startsWith('Motie'));
    const pub = doc ? (publications.get(doc.Id) ?? publications.get(doc.DocumentNummer)) : undefined;
    const ksd = doc?.Kamerstukdossier?.[0];
    const dossier = pub?.dossier ?? ksd?.Nummer ?? null;
    const ksdToev = nonEmpty(ksd?.Toevoeging)?.toUpperCase() ?? null;
    const toevoeging = pub?.dossier != null ? (pub.toevoeging ?? (ksd?.Nummer === pub.dossier ? ksdToev : null)) : ksdToev;
    const ondernummer = pub?.ondernummer ?? (doc?.Volgnummer && doc.Volgnummer > 0 ? doc.Volgnummer : null);
    if (dossier === null || ondernummer === null) {
      skipped++;
      continue;
    }
    const signatories: SignatoryRecord[] = (pub?.signatories ?? []).map((s) => {
      const m = matchMember(s.surname, s.initials);
      return { surname: s.surname, initials: s.initials ?? m?.initials ?? null, party: m?.party ?? null, personId: m?.id ?? null };
    });
    const besluiten = (z.Besluit ?? []).filter((b) => !b.Verwijderd && (b.Stemming ?? []).some((s) => !s.Verwijderd));
    let decision: DecisionRecord | undefined;
    let outcome: Outcome = 'unknown';
    if (besluiten.length) {
      const b = [...besluiten].sort((x, y) => byString(String(x.GewijzigdOp ?? ''), String(y.GewijzigdOp ?? '')) || byString(x.Id, y.Id)).at(-1) as BesluitRaw;
      outcome = b.BesluitSoort ? outcomeOf(b.BesluitSoort) : 'other';
      decision = {
        soort: b.BesluitSoort ?? '',
        tekst: nonEmpty(b.BesluitTekst),
        stemmingsSoort: nonEmpty(b.StemmingsSoort),
        votes: (b.Stemming ?? [])
          .filter((s) => !s.Verwijderd)
          .map((s) => ({
            party: s.ActorFractie ?? s.ActorNaam ?? '?',
            vote: s.Soort ?? '?',
            seats: s.FractieGrootte ?? null,
            ...(s.Persoon_Id ? { member: s.ActorNaam ?? s.Persoon_Id } : {}),
          }))
          .sort((a, b2) => byString(a.party, b2.party) || byString(a.member ?? '', b2.member ?? '')),
      };
    }
    const reconstructed = [...new Set([...(z._reconstructed ?? []), ...(doc?._reconstructed ?? [])])].sort();
    countProv('motions', reconstructed);
    const replaces = replacedKey(z.Onderwerp);
    const key = kamerstukKey(dossier, toevoeging, ondernummer);
    const date = day(pub?.date) ?? day(z.GestartOp);
    motions.push({
      key,
      zaakNummer: z.Nummer,
      documentNummer: doc?.DocumentNummer ?? null,
      dossier,
      toevoeging,
      ondernummer,
      dossierTitle: pub?.dossierTitle ?? nonEmpty(ksd?.Titel) ?? null,
      title: nonEmpty(z.Onderwerp) ?? nonEmpty(pub?.documentTitle) ?? nonEmpty(z.Titel) ?? key,
      date,
      startedOn: day(z.GestartOp),
      year: nonEmpty(z.Vergaderjaar) ?? pub?.vergaderjaar ?? null,
      signatories,
      advice: nonEmpty(z.Kabinetsappreciatie),
      afgedaan: z.Afgedaan ?? null,
      outcome,
      ...(decision ? { decision } : {}),
      considerations: pub?.considerations ?? [],
      request: pub?.request ?? null,
      ...(replaces && replaces !== key ? { replaces: [replaces] } : {}),
      ...(reconstructed.length ? { reconstructed } : {}),
      ...(doc?.Soort && doc.Soort !== 'Motie' ? { documentKind: doc.Soort } : {}),
    });
    if (pub) motionTexts.set(doc!.DocumentNummer, pub.paragraphs.join('\n'));
  }
  motions.sort((a, b) => byString(a.key, b.key) || byString(a.zaakNummer, b.zaakNummer));
  const motionByKey = new Map(motions.map((m) => [m.key, m]));
  for (const m of motions) {
    for (const r of m.replaces ?? []) {
      const target = motionByKey.get(r);
      if (target) target.replacedBy = [...new Set([...(target.replacedBy ?? []), m.key])].sort();
    }
  }
  log(`data:build: ${motions.length} motions kept (${skipped} without dossier or number skipped), ${motions.filter((m) => m.outcome !== 'unknown').length} with a vote`);

  // --- documents ----------------------------------------------------------------------------
  const notes: string[] = [];
  log('data:build: reading Document');
  const documents = new Map<string, DocumentRecord>();
  const dossierTitles = new Map<string, Map<string, number>>();
  const noteDossier = (nummer: number, toev: string | null, title: string | null | undefined) => {
    const k = kamerstukKey(nummer, toev);
    const titles = dossierTitles.get(k) ?? new Map<string, number>();
    dossierTitles.set(k, titles);
    const t = nonEmpty(title);
    if (t) titles.set(t, (titles.get(t) ?? 0) + 1);
  };
  const toDocument = (d: NumberedDoc, zakenOf: string[]): DocumentRecord => {
    const ksd = d.Kamerstukdossier?.[0];
    const dossier = ksd?.Nummer ?? null;
    const toevoeging = nonEmpty(ksd?.Toevoeging)?.toUpperCase() ?? null;
    const ondernummer = d.Volgnummer && d.Volgnummer > 0 && dossier !== null ? d.Volgnummer : null;
    if (dossier !== null) noteDossier(dossier, toevoeging, ksd?.Titel);
    const title = nonEmpty(d.Titel) ?? nonEmpty(d.Onderwerp) ?? d.DocumentNummer;
    const subject = nonEmpty(d.Onderwerp);
    const rec = d._reconstructed?.length ? [...d._reconstructed].sort() : undefined;
    return {
      id: d.DocumentNummer,
      key: dossier !== null && ondernummer !== null ? kamerstukKey(dossier, toevoeging, ondernummer) : null,
      kind: nonEmpty(d.Soort) ?? 'Document',
      dossier,
      toevoeging,
      ondernummer,
      title,
      subject: subject === title ? null : subject,
      date: day(d.Datum),
      year: nonEmpty(d.Vergaderjaar),
      ...(zakenOf.length ? { zaken: [...new Set(zakenOf)].sort() } : {}),
      source: 'tk',
      ...(rec ? { reconstructed: rec } : {}),
    };
  };
  n = 0;
  let emptied = 0;
  const skippedKinds: Record<string, number> = {};
  for await (const d of readJsonl(path('documents'), SNAPSHOT_FILES.documents.schema, SNAPSHOT_FILES.documents.file)) {
    if (++n % 20000 === 0) log(`data:build:   ${n} documents`);
    if (d.Verwijderd || !d.DocumentNummer) {
      emptied++;
      continue;
    }
    seeDate(d.GewijzigdOp);
    // A motion's document comes from its Zaak, whose dossier was read from the publication XML.
    if (zaakDocs.has(d.DocumentNummer)) continue;
    if (d.Soort && SKIPPED_KINDS.includes(d.Soort)) {
      skippedKinds[d.Soort] = (skippedKinds[d.Soort] ?? 0) + 1;
      continue;
    }
    documents.set(d.DocumentNummer, toDocument(d as NumberedDoc, []));
  }
  log(`data:build: ${n} Document records, ${emptied} deleted or emptied (no DocumentNummer) skipped, ${JSON.stringify(skippedKinds)} left out by kind`);
  notes.push(`documents left out by kind (bundle size): ${Object.entries(skippedKinds).sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  for (const [nummer, list] of zaakDocs) {
    if (!documents.has(nummer)) documents.set(nummer, toDocument(list[0].doc, list.map((x) => x.zaak)));
  }
  // A motion's document takes the motion's identity from its publication (certain).
  for (const m of motions) {
    const d = m.documentNummer ? documents.get(m.documentNummer) : undefined;
    if (d) Object.assign(d, { dossier: m.dossier, toevoeging: m.toevoeging, ondernummer: m.ondernummer, key: m.key });
    noteDossier(m.dossier, m.toevoeging, m.dossierTitle);
  }
  const seedFiles = existsSync(seedsDir) ? (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort() : [];
  const seedTexts = new Map<string, string>();
  for (const f of seedFiles) {
    const text = await readFile(join(seedsDir, f), 'utf8');
    const doc = seedDocument(f, text);
    documents.set(doc.id, doc);
    seedTexts.set(doc.id, text);
    if (doc.dossier !== null) noteDossier(doc.dossier, doc.toevoeging, doc.title);
  }
  // Kamerstuk keys are unique: where two records claim one, the open-data record keeps it.
  const keyOwner = new Map<string, DocumentRecord>();
  // Order of precedence: a motion's document (identity from its publication), other open data, seeds.
  const motionDocIds = new Set(motions.map((m) => m.documentNummer));
  const rank = (d: DocumentRecord) => (motionDocIds.has(d.id) ? 0 : d.source === 'tk' ? 1 : 2);
  for (const d of [...documents.values()].sort((a, b) => rank(a) - rank(b) || byString(a.id, b.id))) {
    if (!d.key) continue;
    if (keyOwner.has(d.key)) {
      log(`data:build: warning: ${d.id} and ${keyOwner.get(d.key)!.id} share key ${d.key}; ${d.id} keeps no key`);
      d.key = null;
    } else keyOwner.set(d.key, d);
  }
  const documentList = [...documents.values()].sort((a, b) => byString(a.id, b.id));
  for (const d of documentList) countProv('documents', d.reconstructed);

  const dossiers: DossierRecord[] = [...dossierTitles.entries()]
    .map(([key, titles]) => {
      const [nummer, toev] = key.split('-');
      const title = [...titles.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]?.[0] ?? '';
      return { key, nummer: Number(nummer), toevoeging: toev ?? null, title };
    })
    .sort((a, b) => a.nummer - b.nummer || byString(a.toevoeging ?? '', b.toevoeging ?? ''));

  // --- derived: cites and amounts (lib/detect) ------------------------------------------------
  const cites: CiteRecord[] = [];
  const amounts: AmountRecord[] = [];
  const fullTexts: [string, string][] = [...motionTexts.entries(), ...seedTexts.entries()].sort((a, b) => byString(a[0], b[0]));
  if (detect) {
    log(`data:build: detecting references and amounts in ${fullTexts.length} full texts`);
    const selfKey = (id: string) => documents.get(id)?.key ?? null;
    for (const [id, text] of fullTexts) {
      const seen = new Set<string>();
      for (const m of detect(text)) {
        let to: string | null = null;
        if (m.kind === 'kamerstuk') to = kamerstukKey(m.dossier, recordedToevoeging(m), m.ondernummer);
        else if (m.kind === 'document') to = m.documentNummer;
        else if (m.kind === 'zaak') to = m.zaakNummer;
        else if (m.kind === 'amount') {
          amounts.push({ value: m.value, text: m.text, sentence: sentenceAround(text, m.start, m.end), document: id });
        }
        if (to && to !== id && to !== selfKey(id) && !seen.has(to)) {
          seen.add(to);
          cites.push({ from: id, to, text: m.text.replace(/\s+/g, ' ') });
        }
      }
    }
    notes.push('cites and amounts: lib/detect over the full texts of the motions (publication XML) and seeds/');
  } else {
    // TODO(dataset): lib/detect/index.ts is not there yet; cites/citedBy and the amounts index stay empty until it lands (rebuild then).
    notes.push('cites and amounts: not derived (lib/detect was not available at build time)');
    log('data:build: lib/detect not available: cites and amounts left empty');
  }
  cites.sort((a, b) => byString(a.from, b.from) || byString(a.to, b.to));
  amounts.sort((a, b) => a.value - b.value || byString(a.document, b.document) || byString(a.sentence, b.sentence));

  // --- derived: documents answering motions ---------------------------------------------------
  log('data:build: matching documents that answer motions');
  const answers = matchAnswers(documentList, motions, motionByKey);
  notes.push(`answers: documents whose subject names "de motie van het lid/de leden X over Y" (reactie op, uitvoering van ...), matched to X's motions by subject with fuse.js; kept when score (1 - fuse score) >= ${ANSWER_MIN_SCORE}, or 1 for an explicit Kamerstuk reference`);

  // --- manifest ------------------------------------------------------------------------------
  const dataDate = newest || '1970-01-01';
  // The snapshot holds the motions started in its period (documents changed in it may be older).
  const allDates = motions.map((m) => m.startedOn ?? m.date).filter((d): d is string => !!d && d <= dataDate).sort();
  const plain = { dossiers, documents: documentList, motions, members, parties, links: { cites, answers, notes }, amounts };
  const encoded = encodeDataset(plain);
  const content = new Map<string, string>();
  for (const name of ALL_FILE_NAMES) content.set(name, serialize(encoded[name]));
  const counts: Record<string, number> = {
    dossiers: dossiers.length,
    documents: documentList.length,
    seeds: seedFiles.length,
    motions: motions.length,
    motionsWithVote: motions.filter((m) => m.outcome !== 'unknown').length,
    members: members.length,
    parties: parties.length,
    cites: cites.length,
    answers: answers.length,
    amounts: amounts.length,
  };
  // Records per file: the rows a packed table holds (a motion's own document is in no file: see
  // codec.ts), the entries of a plain list, links' cites and answers.
  const recordsIn = (name: string): number => {
    const v = encoded[name];
    if (Array.isArray(v)) return v.length;
    if (v && typeof v === 'object' && 'rows' in v) return (v as { rows: unknown[] }).rows.length;
    return name === 'links' ? cites.length + answers.length : 0;
  };
  const files: Manifest['files'] = {};
  for (const [name, text] of content) {
    files[`${name}.json`] = { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex'), records: recordsIn(name) };
  }
  const manifest: Manifest = {
    format: 1,
    source: SOURCE,
    dataDate,
    buildDate: dataDate,
    period: { from: allDates[0] ?? dataDate, to: dataDate },
    counts,
    provenance: Object.fromEntries(Object.entries(provenance).sort((a, b) => byString(a[0], b[0]))),
    files,
  };
  content.set('manifest', serialize(manifest));
  // The output must load with the code the extension uses, and give back exactly these records.
  const back = validateFiles(Object.fromEntries([...content].map(([k, v]) => [k, JSON.parse(v)])));
  for (const name of DATA_FILE_NAMES) {
    const a = canonical(back[name]);
    const b = canonical(plain[name]);
    if (a !== b) {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      throw new BuildError(`internal: ${name} does not read back as written (codec bug) near ${JSON.stringify(b.slice(Math.max(0, i - 200), i + 100))} / ${JSON.stringify(a.slice(Math.max(0, i - 200), i + 100))}`);
    }
  }
  return content;
}

function matchAnswers(documents: DocumentRecord[], motions: MotionRecord[], motionByKey: Map<string, MotionRecord>): AnswerRecord[] {
  const bySurname = new Map<string, MotionRecord[]>();
  for (const m of motions) {
    for (const s of m.signatories) {
      for (const k of new Set([normalizeSurname(s.surname), surnameCore(s.surname)])) bySurname.set(k, [...(bySurname.get(k) ?? []), m]);
    }
  }
  const about = (title: string) => /\bover\s+(.+)$/i.exec(title)?.[1] ?? title;
  const answers: AnswerRecord[] = [];
  const PATTERN = /\bmoties?\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)\s+over\s+(.+)$/i;
  for (const d of documents) {
    if (/^(motie|amendement)/i.test(d.kind)) continue;
    const line = [d.subject, d.title].find((t) => t && PATTERN.test(t));
    if (!line) continue;
    const pm = PATTERN.exec(line)!;
    const explicit = /(?:kamerstuk\s*)?(\d{4,6}(?:-[A-Z0-9]+)?-\d+)/i.exec(pm[2]);
    if (explicit && motionByKey.has(explicit[1].toUpperCase())) {
      answers.push({ motion: explicit[1].toUpperCase(), document: d.id, score: 1, how: 'reference' });
      continue;
    }
    const names = pm[1].replace(/\bc\.s\.?/gi, '').split(/,|\ben\b/).map((s) => s.trim()).filter(Boolean);
    const first = names[0];
    if (!first) continue;
    let candidates = bySurname.get(normalizeSurname(first)) ?? bySurname.get(surnameCore(first)) ?? [];
    if (d.date) candidates = candidates.filter((m) => !m.date || m.date <= d.date!);
    if (!candidates.length) continue;
    const subject = pm[2].replace(/\s*\(.*\)\s*$/, '').trim();
    const fuse = new Fuse(candidates.map((m) => ({ m, about: about(m.title) })), { keys: ['about'], includeScore: true, ignoreLocation: true, threshold: 1 - ANSWER_MIN_SCORE });
    const best = fuse.search(subject)[0];
    if (!best) continue;
    const score = Math.round((1 - (best.score ?? 1)) * 1000) / 1000;
    if (score >= ANSWER_MIN_SCORE) answers.push({ motion: best.item.m.key, document: d.id, score, how: `subject match, signatory ${first}` });
  }
  return answers.sort((a, b) => byString(a.motion, b.motion) || byString(a.document, b.document));
}

/** Write the files to outDir atomically: a temp dir next to it, then renames. */
export async function writeDataDir(content: Map<string, string>, outDir: string): Promise<void> {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  for (const [name, text] of content) await writeFile(join(tmp, `${name}.json`), text);
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(tmp, outDir);
  await rm(old, { recursive: true, force: true });
}

/** Differences between the built content and outDir's files (empty = identical). */
export async function compareDataDir(content: Map<string, string>, outDir: string): Promise<string[]> {
  const diffs: string[] = [];
  for (const [name, text] of content) {
    const p = join(outDir, `${name}.json`);
    const have = existsSync(p) ? await readFile(p, 'utf8') : null;
    if (have === null) diffs.push(`${basename(p)} is missing`);
    else if (have !== text) diffs.push(`${basename(p)} differs`);
  }
  if (existsSync(outDir)) {
    for (const f of await readdir(outDir)) if (f.endsWith('.json') && !content.has(f.replace(/\.json$/, ''))) diffs.push(`${f} is not made by the build`);
  }
  return diffs;
}

export async function main(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const outDir = resolve(arg('--out') ?? DEFAULT_OUT_DIR);
  try {
    const content = await buildDataFiles({ snapshotDir: arg('--snapshot'), seedsDir: arg('--seeds') });
    if (argv.includes('--check')) {
      const diffs = await compareDataDir(content, outDir);
      if (diffs.length) {
        process.stderr.write(`data:check: ${outDir} is not what the build makes from the snapshot:\n  ${diffs.join('\n  ')}\nRun \`npm run data:build\` and commit data/.\n`);
        return 1;
      }
      process.stderr.write(`data:check: ${outDir} matches the build\n`);
      return 0;
    }
    await writeDataDir(content, outDir);
    const total = [...content.values()].reduce((s, t) => s + Buffer.byteLength(t), 0);
    process.stderr.write(`data:build: wrote ${content.size} files to ${outDir} (${(total / 1e6).toFixed(2)} MB)\n`);
    return 0;
  } catch (e) {
    if (e instanceof SnapshotError || e instanceof BuildError || e instanceof DatasetError) {
      process.stderr.write(`data:build: ${e.message}\ndata/ was left unchanged.\n`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
