/**
 * The bundled dataset in memory: validation at load (parseDataset) and the indexes every card,
 * resolver and CLI command reads. Pure TypeScript (no node:fs, no DOM): it runs in the extension's
 * service worker as well as in node (see load-node.ts).
 */
import { z } from 'zod';
import type { CandidateMotion } from '../resolve/motion';
import { normalizeSurname, surnameCore } from '../resolve/names';
import { CodecError, decodeDataset } from './codec';
import { kamerstukKey } from './keys';
import { WordSearch, type SearchItem } from './search';
import {
  DATA_FILE_NAMES,
  DATA_FILE_SCHEMAS,
  ManifestSchema,
  type AmountRecord,
  type AnswerRecord,
  type CiteRecord,
  type DatasetFiles,
  type DocumentRecord,
  type DossierRecord,
  type Manifest,
  type MemberRecord,
  type MotionRecord,
  type PartyRecord,
} from './schema';

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** The candidate shape lib/resolve/motion.ts reads (its MotionCorpus). */
export type MotionCandidate = CandidateMotion;

export type SearchHit =
  | { kind: 'motion'; score: number; motion: MotionRecord }
  | { kind: 'document'; score: number; document: DocumentRecord };

export interface DatasetMeta {
  /** Newest record date, "2025-10-03": what "stand van de gegevens" shows. */
  dataDate: string;
  buildDate: string;
  source: string;
  period: { from: string; to: string };
  counts: Record<string, number>;
  /** Data format version and total size of the files, from the manifest. */
  format: number;
  bytes: number;
}

/**
 * Validate raw files (parsed JSON, keyed by name without .json: manifest, dossiers, documents, ...)
 * and index them. Throws DatasetError naming the file and the field on the first problem.
 */
export function parseDataset(files: Record<string, unknown>): Dataset {
  if (files === null || typeof files !== 'object') throw new DatasetError('dataset: expected an object of files');
  return new Dataset(validateFiles(files));
}

/** Decode and validate the files into plain records (no indexes). */
export function validateFiles(files: Record<string, unknown>): DatasetFiles {
  const manifest = check('manifest', ManifestSchema, files.manifest);
  for (const name of DATA_FILE_NAMES) {
    if (files[name] === undefined) throw new DatasetError(`dataset: file ${name}.json is missing`, name);
  }
  try {
    const records = decodeDataset(files, (name, value) => check(name, DATA_FILE_SCHEMAS[name] as unknown as z.ZodType<never>, value));
    return { manifest, ...records };
  } catch (e) {
    if (e instanceof CodecError) throw new DatasetError(`dataset: ${e.message}`, e.file);
    throw e;
  }
}

function check<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  if (value === undefined) throw new DatasetError(`dataset: file ${file}.json is missing`, file);
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue ? issue.path.join('.') : '';
    throw new DatasetError(`dataset: ${file}.json is invalid at ${path || '(root)'}: ${issue?.message ?? 'unknown problem'}`, file, path);
  }
  return r.data;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDateDesc = (a: { date: string | null; id?: string; key?: string | null }, b: { date: string | null; id?: string; key?: string | null }) =>
  cmp(b.date ?? '', a.date ?? '') || cmp(String(b.id ?? b.key ?? ''), String(a.id ?? a.key ?? ''));

export class Dataset {
  readonly manifest: Manifest;
  readonly dossiers: readonly DossierRecord[];
  readonly documents: readonly DocumentRecord[];
  readonly motions: readonly MotionRecord[];
  readonly members: readonly MemberRecord[];
  readonly parties: readonly PartyRecord[];
  readonly amounts: readonly AmountRecord[];
  readonly citeLinks: readonly CiteRecord[];
  readonly answers: readonly AnswerRecord[];
  /** How the links were derived (links.json notes). */
  readonly linkNotes: readonly string[];

  /** Document by Kamerstuk key ("19637-3435"). */
  readonly byKamerstukKey = new Map<string, DocumentRecord>();
  /** Document by DocumentNummer ("2025D27010") or seed id. */
  readonly byDocumentNummer = new Map<string, DocumentRecord>();
  /** Motion by ZaakNummer ("2024Z20838"). */
  readonly byZaakNummer = new Map<string, MotionRecord>();
  /** Motion by Kamerstuk key. */
  readonly motionsByKamerstukKey = new Map<string, MotionRecord>();
  readonly motionByDocumentNummer = new Map<string, MotionRecord>();
  /** Dossier by key "29344" / "36600-VI". */
  readonly dossierByKey = new Map<string, DossierRecord>();
  /** Motions by normalised signatory surname ("van dijk"); the bare core ("dijk") is indexed too. */
  readonly motionsBySignatorySurname = new Map<string, MotionRecord[]>();
  readonly memberById = new Map<string, MemberRecord>();
  readonly partyByName = new Map<string, PartyRecord>();

  private readonly docsByDossier = new Map<string, DocumentRecord[]>();
  private readonly citedByIndex = new Map<string, CiteRecord[]>();
  private readonly citesIndex = new Map<string, CiteRecord[]>();
  private readonly answersIndex = new Map<string, AnswerRecord[]>();
  private readonly answeredIndex = new Map<string, AnswerRecord[]>();
  private readonly amountsIndex = new Map<number, AmountRecord[]>();
  private searcher: WordSearch<Item> | null = null;

  constructor(files: DatasetFiles) {
    this.manifest = files.manifest;
    this.dossiers = files.dossiers;
    this.documents = files.documents;
    this.motions = files.motions;
    this.members = files.members;
    this.parties = files.parties;
    this.amounts = files.amounts;
    this.citeLinks = files.links.cites;
    this.answers = files.links.answers;
    this.linkNotes = files.links.notes;

    for (const d of files.dossiers) this.dossierByKey.set(d.key, d);
    for (const doc of files.documents) {
      this.byDocumentNummer.set(doc.id, doc);
      if (doc.key) this.byKamerstukKey.set(doc.key, doc);
      if (doc.dossier !== null) push(this.docsByDossier, kamerstukKey(doc.dossier, doc.toevoeging), doc);
    }
    for (const list of this.docsByDossier.values()) list.sort(byDateDesc);
    const surnameKeys = new Map<string, string[]>();
    for (const m of files.motions) {
      this.byZaakNummer.set(m.zaakNummer, m);
      this.motionsByKamerstukKey.set(m.key, m);
      if (m.documentNummer) this.motionByDocumentNummer.set(m.documentNummer, m);
      const seen = new Set<string>();
      for (const s of m.signatories) {
        let keys = surnameKeys.get(s.surname);
        if (!keys) {
          keys = [normalizeSurname(s.surname), surnameCore(s.surname)];
          surnameKeys.set(s.surname, keys);
        }
        for (const k of keys) {
          if (k && !seen.has(k)) {
            seen.add(k);
            push(this.motionsBySignatorySurname, k, m);
          }
        }
      }
    }
    for (const list of this.motionsBySignatorySurname.values()) list.sort(byDateDesc);
    for (const p of files.members) this.memberById.set(p.id, p);
    for (const p of files.parties) this.partyByName.set(p.name.toLowerCase(), p);
    for (const c of files.links.cites) {
      push(this.citedByIndex, c.to, c);
      push(this.citesIndex, c.from, c);
    }
    for (const a of files.links.answers) {
      push(this.answersIndex, a.motion, a);
      push(this.answeredIndex, a.document, a);
    }
    for (const a of files.amounts) push(this.amountsIndex, a.value, a);
  }

  get meta(): DatasetMeta {
    const m = this.manifest;
    return {
      dataDate: m.dataDate,
      buildDate: m.buildDate,
      source: m.source,
      period: m.period,
      counts: m.counts,
      format: m.format,
      bytes: Object.values(m.files).reduce((s, f) => s + f.bytes, 0),
    };
  }

  /** Any record under a key: a Kamerstuk key, DocumentNummer or ZaakNummer. */
  document(idOrKey: string): DocumentRecord | undefined {
    return this.byKamerstukKey.get(idOrKey) ?? this.byDocumentNummer.get(idOrKey.toUpperCase()) ?? this.byDocumentNummer.get(idOrKey);
  }

  /** The motion under a Kamerstuk key, ZaakNummer or DocumentNummer. */
  motion(idOrKey: string): MotionRecord | undefined {
    const k = idOrKey.toUpperCase();
    return this.motionsByKamerstukKey.get(k) ?? this.byZaakNummer.get(k) ?? this.motionByDocumentNummer.get(k);
  }

  dossier(dossier: number, toevoeging: string | null = null): DossierRecord | undefined {
    return this.dossierByKey.get(kamerstukKey(dossier, toevoeging));
  }

  /** Documents of a dossier, most recent first. */
  documentsInDossier(dossier: number, toevoeging: string | null = null): readonly DocumentRecord[] {
    return this.docsByDossier.get(kamerstukKey(dossier, toevoeging)) ?? [];
  }

  /** Records that cite `target` (Kamerstuk key, DocumentNummer or ZaakNummer). */
  citedBy(target: string): readonly CiteRecord[] {
    return this.citedByIndex.get(target) ?? [];
  }

  /** What the document with this id (DocumentNummer or seed id) cites. */
  cites(from: string): readonly CiteRecord[] {
    return this.citesIndex.get(from) ?? [];
  }

  /** Documents that answer a motion (motion key), best match first. */
  answersTo(motionKey: string): readonly AnswerRecord[] {
    return this.answersIndex.get(motionKey) ?? [];
  }

  /** Motions a document (id) answers. */
  answeredBy(documentId: string): readonly AnswerRecord[] {
    return this.answeredIndex.get(documentId) ?? [];
  }

  /** Every place this exact euro value appears in the full texts. */
  amountsByValue(value: number): readonly AmountRecord[] {
    return this.amountsIndex.get(value) ?? [];
  }

  motionsBySignatory(surname: string): readonly MotionRecord[] {
    return this.motionsBySignatorySurname.get(normalizeSurname(surname)) ?? this.motionsBySignatorySurname.get(surnameCore(surname)) ?? [];
  }

  // --- lib/resolve's MotionCorpus -------------------------------------------------------------
  motionsBySurname(surname: string): MotionCandidate[] {
    return this.motionsBySignatory(surname).map(toCandidate);
  }

  motionByKey(key: string): MotionCandidate | undefined {
    const m = this.motionsByKamerstukKey.get(key);
    return m ? toCandidate(m) : undefined;
  }

  hasDocument(key: string): boolean {
    return this.byKamerstukKey.has(key) || this.motionsByKamerstukKey.has(key);
  }

  /** Words of motions (title, request, signatories) and documents (title, subject); ranked with fuse.js. The index is built on first use. */
  search(query: string, limit = 20): SearchHit[] {
    if (!query.trim()) return [];
    if (!this.searcher) this.searcher = buildSearch(this);
    return this.searcher.search(query, limit).map(({ item, score }) =>
      item.motion ? { kind: 'motion', score, motion: item.motion } : { kind: 'document', score, document: item.document! },
    );
  }
}

interface Item extends SearchItem {
  motion?: MotionRecord;
  document?: DocumentRecord;
}

function buildSearch(ds: Dataset): WordSearch<Item> {
  const motions: Item[] = ds.motions.map((m) => ({
    title: m.title,
    body: m.request ?? '',
    names: [...m.signatories.map((s) => s.surname), m.key, m.zaakNummer].join(' '),
    motion: m,
  }));
  const items: Item[] = [...motions];
  for (const d of ds.documents) {
    if (ds.motionByDocumentNummer.has(d.id)) continue;
    items.push({ title: d.subject ?? d.title, body: d.subject ? d.title : '', names: [d.id, d.key ?? ''].join(' '), document: d });
  }
  return new WordSearch(items, motions);
}

function toCandidate(m: MotionRecord): MotionCandidate {
  return {
    key: m.key,
    dossier: m.dossier,
    toevoeging: m.toevoeging,
    ondernummer: m.ondernummer,
    zaakNummer: m.zaakNummer,
    documentNummer: m.documentNummer,
    date: m.date,
    title: m.title,
    signatories: m.signatories.map((s) => ({ surname: s.surname, initials: s.initials, party: s.party })),
    replaces: m.replaces,
    replacedBy: m.replacedBy,
  };
}
