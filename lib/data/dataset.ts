/**
 * The bundled dataset in memory: validation at load (parseDataset) and the indexes every card,
 * resolver and CLI command reads. Pure TypeScript (no node:fs, no DOM): it runs in the extension's
 * service worker as well as in node (see load-node.ts).
 */
import { z } from 'zod';
import type { CandidateMotion } from '../resolve/motion';
import { lookUpWritten, misspeltKey } from '../resolve/names';
import { CodecError, decodeDataset, DOCUMENT_NUMMER, encodeDataset, DOC_NULLABLE, otherDocumentProblem, DOSSIER_NULLABLE, dossierTitles, MEMBER_NULLABLE, motionDocument, MOTION_NULLABLE, restoreDocument, restoreMotion, signatorySurname, type TitleOf } from './codec';
import { DatasetError, FilePending, invalidAt } from './errors';
import { MotionTexts } from './motion-texts';
import { LazyTable } from './table';
import { signatoryIndex, SignatoryLookup, StoredIndexSchema } from './signatory-index';
import { kamerstukKey } from './keys';
import { WordSearch, type SearchItem } from './search';
import {
  ALL_FILE_NAMES,
  DATA_FILE_NAMES,
  DATA_FILE_SCHEMAS,
  DocumentSchema,
  LATER_FILE_NAMES,
  ManifestSchema,
  MotionBaseSchema,
  OTHER_DOCUMENTS_FILE,
  TEXT_FILE_NAMES,
  MotionSchema,
  type AmountRecord,
  type AnswerRecord,
  type CiteRecord,
  type DatasetFiles,
  type DocumentRecord,
  type DossierRecord,
  type LinksRecord,
  type Manifest,
  type MemberRecord,
  type MotionBase,
  type MotionRecord,
  type PartyRecord,
} from './schema';
import { compareStrings } from '../order';

export { DatasetError } from './errors';

const CANDIDATE_FIELDS = ['key', 'zaakNummer', 'documentNummer', 'dossier', 'toevoeging', 'ondernummer', 'date', 'title', 'signatories', 'replaces', 'replacedBy'] as const;
const MotionCandidateSchema = MotionSchema.pick(Object.fromEntries(CANDIDATE_FIELDS.map((f) => [f, true])) as { [K in (typeof CANDIDATE_FIELDS)[number]]: true });

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
 * Check raw files (parsed JSON, keyed by name without .json: manifest, dossiers, documents, ...) and
 * index them. The small files are validated in full; documents and motions have their shape and
 * index cells checked now and each record validated when first read (table.ts). Throws DatasetError
 * naming the file and the field on the first problem. validateFiles() checks every record at once.
 */
export function parseDataset(
  files: Record<string, unknown>,
  /** Reads a file of LATER_FILE_NAMES the files leave out, on the spot when a record needs it (node). */
  options: { readFile?: (name: string) => unknown } = {},
): Dataset {
  if (files === null || typeof files !== 'object') throw new DatasetError('dataset: expected an object of files');
  const manifest = check('manifest', ManifestSchema, files.manifest);
  for (const name of DATA_FILE_NAMES) {
    if (files[name] === undefined) throw new DatasetError(`dataset: file ${name}.json is missing`, name);
  }
  const small = (name: 'dossiers' | 'members' | 'amounts', nullable: ReadonlySet<string>) =>
    check(name, DATA_FILE_SCHEMAS[name] as unknown as z.ZodType<never>, new LazyTable(name, files[name], nullable, z.unknown()).all());
  const dossiers: DossierRecord[] = small('dossiers', DOSSIER_NULLABLE);
  const members: MemberRecord[] = small('members', MEMBER_NULLABLE);
  const titleOf = dossierTitles(dossiers);
  const motions = new LazyTable('motions', files.motions, MOTION_NULLABLE, MotionBaseSchema, (m, row) => restoreMotion(m, row, members, titleOf));
  const { readFile } = options;
  const texts = new MotionTexts(motions.length, readFile && ((shard) => readFile(TEXT_FILE_NAMES[shard]!)));
  const dataset = new Dataset({
    manifest,
    dossiers,
    members,
    parties: check('parties', DATA_FILE_SCHEMAS.parties, files.parties),
    links: check('links', DATA_FILE_SCHEMAS.links, files.links),
    amounts: small('amounts', new Set()),
    motions,
    signatories: check('motions', StoredIndexSchema, files.motions).bySignatory,
    texts,
    documents: new LazyTable('documents', files.documents, DOC_NULLABLE, DocumentSchema, (d) => restoreDocument(d, titleOf)),
    titleOf,
    readLater: readFile,
  });
  // The later files may come now, or when a record needs them (the service worker reads them then).
  for (const name of LATER_FILE_NAMES) {
    if (files[name] !== undefined) dataset.attachFile(name, files[name]);
  }
  return dataset;
}

/** A dataset from records already in memory (tests, tools): written and read back as from data/. */
export function datasetFromRecords(files: DatasetFiles): Dataset {
  const { manifest, ...records } = files;
  return parseDataset({ manifest, ...encodeDataset(records) });
}

/** Decode and validate the files into plain records (no indexes). */
export function validateFiles(files: Record<string, unknown>): DatasetFiles {
  const manifest = check('manifest', ManifestSchema, files.manifest);
  for (const name of ALL_FILE_NAMES) {
    if (files[name] === undefined) throw new DatasetError(`dataset: file ${name}.json is missing`, name);
  }
  try {
    const records = decodeDataset(files, (name, value) => check(name, DATA_FILE_SCHEMAS[name] as unknown as z.ZodType<never>, value));
    const stored = check('motions', StoredIndexSchema, files.motions).bySignatory;
    if (JSON.stringify(stored) !== JSON.stringify(signatoryIndex(records.motions))) {
      throw new DatasetError('dataset: motions.json is invalid at bySignatory: the index does not match the motions (run `npm run data:build`)', 'motions', 'bySignatory');
    }
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

const cmp = compareStrings;

/** Position of `id` in ids sorted ascending, or -1. */
function findSorted(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cmp(ids[mid]!, id);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Lookups by a key; records are read (and validated) only when asked for. */
export interface RecordIndex<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
  readonly size: number;
}

/** A value computed on first use. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

function lazyIndex<T>(rows: () => Map<string, number>, at: (row: number) => T): RecordIndex<T> {
  return {
    get: (key) => {
      const row = rows().get(key);
      return row === undefined ? undefined : at(row);
    },
    has: (key) => rows().has(key),
    get size() {
      return rows().size;
    },
  };
}

/** Lists of rows under a key, sorted on first use. */
class SortedLists {
  private readonly lists = new Map<string, number[]>();
  private readonly sorted = new Set<string>();

  constructor(private readonly order: (a: number, b: number) => number) {}

  add(key: string, row: number): void {
    push(this.lists, key, row);
  }

  get(key: string): readonly number[] | undefined {
    const list = this.lists.get(key);
    if (list && !this.sorted.has(key)) {
      list.sort(this.order);
      this.sorted.add(key);
    }
    return list;
  }
}

/** The parts of a dataset: small files validated, documents and motions read lazily. */
export interface DatasetParts {
  manifest: Manifest;
  dossiers: DossierRecord[];
  members: MemberRecord[];
  parties: PartyRecord[];
  links: LinksRecord;
  amounts: AmountRecord[];
  /** Motions without their text (all a motion's own document, or an amount's source, needs). */
  motions: LazyTable<MotionBase>;
  /** motions.json's bySignatory: signatory-index.ts. */
  signatories: Record<string, unknown[]>;
  /** Their texts, row for row: a whole MotionRecord is the two together. */
  texts: MotionTexts;
  /** documents.json: the documents of a dossier, and motions' own (OTHER_DOCUMENTS_FILE holds the rest). */
  documents: LazyTable<DocumentRecord>;
  /** A dossier's title, for the records that leave it out (codec.ts). */
  titleOf: TitleOf;
  /** Reads a file of LATER_FILE_NAMES on the spot when a record needs it; without it, FilePending is thrown. */
  readLater?: (name: string) => unknown;
}

/**
 * A document reference: a row of documents.json (>= 0), documents.json's length + a row of
 * OTHER_DOCUMENTS_FILE, or, for a motion's own publication that the files leave out (codec.ts),
 * -1 - the motion's row.
 */
type DocRef = number;

export class Dataset {
  readonly manifest: Manifest;
  readonly dossiers: readonly DossierRecord[];
  readonly members: readonly MemberRecord[];
  readonly parties: readonly PartyRecord[];
  readonly amounts: readonly AmountRecord[];
  readonly citeLinks: readonly CiteRecord[];
  readonly answers: readonly AnswerRecord[];
  /** How the links were derived (links.json notes). */
  readonly linkNotes: readonly string[];

  /** Document by Kamerstuk key ("19637-3435"). */
  readonly byKamerstukKey: RecordIndex<DocumentRecord>;
  /** Document by DocumentNummer ("2025D27010") or seed id. */
  readonly byDocumentNummer: RecordIndex<DocumentRecord>;
  /** Motion by ZaakNummer ("2024Z20838"). */
  readonly byZaakNummer: RecordIndex<MotionRecord>;
  /** Motion by Kamerstuk key. */
  readonly motionsByKamerstukKey: RecordIndex<MotionRecord>;
  readonly motionByDocumentNummer: RecordIndex<MotionRecord>;
  /** Dossier by key "29344" / "36600-VI". */
  readonly dossierByKey = new Map<string, DossierRecord>();
  readonly memberById = new Map<string, MemberRecord>();
  readonly partyByName = new Map<string, PartyRecord>();

  private readonly motionTable: LazyTable<MotionBase>;
  private readonly texts: MotionTexts;
  /** Whole motion records (base and text), made once per row. */
  private readonly wholeMotions = new Map<number, MotionRecord>();
  private readonly documentTable: LazyTable<DocumentRecord>;
  /** OTHER_DOCUMENTS_FILE once read, with its ids (in order). */
  private other: { table: LazyTable<DocumentRecord>; ids: string[] } | null = null;
  private readonly readLater?: (name: string) => unknown;
  private readonly titleOf: TitleOf;
  private readonly impliedDocs = new Map<number, DocumentRecord>();
  private readonly motionRowByKey: () => Map<string, number>;
  private readonly motionRowByZaak: () => Map<string, number>;
  private readonly motionRowByDocNr: () => Map<string, number>;
  // The indexes are built the first time something asks for them: a cold service worker that
  // shows one card builds only the two or three it needs.
  private readonly docIds: () => Map<string, DocRef>;
  private readonly docsByDossier: () => SortedLists;
  /** Motion rows by normalised signatory surname ("van dijk"); the bare core ("dijk") is indexed too. */
  private readonly signedRows: SignatoryLookup;
  private readonly citedByIndex = new Map<string, CiteRecord[]>();
  private readonly citesIndex = new Map<string, CiteRecord[]>();
  private readonly answersIndex = new Map<string, AnswerRecord[]>();
  private readonly answeredIndex = new Map<string, AnswerRecord[]>();
  private readonly amountsIndex = new Map<number, AmountRecord[]>();
  private searcher: WordSearch<Item> | null = null;
  private allDocuments: DocumentRecord[] | null = null;
  /** documents.json's ids, in order. */
  private readonly mainIds: string[];

  constructor(parts: DatasetParts) {
    this.manifest = parts.manifest;
    this.dossiers = parts.dossiers;
    this.members = parts.members;
    this.parties = parts.parties;
    this.amounts = parts.amounts;
    this.citeLinks = parts.links.cites;
    this.answers = parts.links.answers;
    this.linkNotes = parts.links.notes;
    const motions = (this.motionTable = parts.motions);
    this.texts = parts.texts;
    const docs = (this.documentTable = parts.documents);
    this.readLater = parts.readLater;
    this.titleOf = parts.titleOf;
    const otherBase = docs.length;

    for (const d of parts.dossiers) this.dossierByKey.set(d.key, d);

    // The cells every index reads are type-checked now, so a malformed file fails at load.
    const [mKey, mZaak, mDoc, mDossier, mToev, mDate, mSign] = ['key', 'zaakNummer', 'documentNummer', 'dossier', 'toevoeging', 'date', 'signatories'].map((c) => motions.column(c));
    const motionKeys: string[] = new Array(motions.length);
    const motionDocNrs: (string | null)[] = new Array(motions.length);
    for (let i = 0; i < motions.length; i++) {
      motionKeys[i] = motions.string(i, mKey);
      motions.string(i, mZaak);
      motionDocNrs[i] = motions.stringOrNull(i, mDoc);
      if (!Array.isArray(motions.cell(i, mSign))) throw invalidAt('motions', `${i}.signatories`, 'expected an array');
    }
    const [dId, dKey, dDossier, dToev, dDate] = ['id', 'key', 'dossier', 'toevoeging', 'date'].map((c) => docs.column(c));
    const docKeys: (string | null)[] = new Array(docs.length);
    const docIds: string[] = new Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      docIds[i] = docs.string(i, dId);
      if (i > 0 && cmp(docIds[i - 1], docIds[i]) >= 0) throw invalidAt('documents', `${i}.id`, 'rows are not in id order');
      docKeys[i] = docs.stringOrNull(i, dKey);
    }
    this.mainIds = docIds;
    /** Row of a DocumentNummer in documents.json (binary search: the file is in id order), or -1. */
    const fileRow = (id: string) => findSorted(docIds, id);

    const motionIndex = (column: number | null) =>
      lazy(() => {
        const map = new Map<string, number>();
        for (let i = 0; i < motions.length; i++) {
          const v = column === null ? motionKeys[i] : column === mDoc ? motionDocNrs[i] : motions.string(i, column);
          if (v) map.set(v, i);
        }
        return map;
      });
    const motionAt = (row: number) => this.motionAt(row);
    this.motionRowByKey = motionIndex(null);
    this.motionsByKamerstukKey = lazyIndex(this.motionRowByKey, motionAt);
    const byZaak = (this.motionRowByZaak = motionIndex(mZaak));
    this.byZaakNummer = lazyIndex(byZaak, motionAt);
    const byDocNr = (this.motionRowByDocNr = motionIndex(mDoc));
    this.motionByDocumentNummer = lazyIndex(byDocNr, motionAt);
    const motionDate = (row: number) => motions.stringOrNull(row, mDate) ?? '';

    this.signedRows = new SignatoryLookup(parts.signatories, motions.length);

    // Documents: the file's rows, then each motion's own publication the file leaves out.
    const otherIds = () => this.otherDocuments().ids;
    const refId = (ref: DocRef) => (ref >= otherBase ? otherIds()[ref - otherBase]! : ref >= 0 ? docIds[ref] : motionDocNrs[-1 - ref]!);
    /** Motions whose own publication is not in documents.json, as document refs. */
    const impliedRefs = lazy(() => {
      const refs: DocRef[] = [];
      const inFile = new Set(docIds);
      for (let i = 0; i < motions.length; i++) if (motionDocNrs[i] && !inFile.has(motionDocNrs[i]!)) refs.push(-1 - i);
      return refs;
    });
    const docRef = (id: string): DocRef | undefined => {
      const row = fileRow(id);
      if (row >= 0) return row;
      const m = byDocNr().get(id);
      if (m !== undefined) return -1 - m;
      // Only a DocumentNummer can be in the other file: any other id is answered without reading it.
      if (!DOCUMENT_NUMMER.test(id)) return undefined;
      const other = findSorted(otherIds(), id);
      return other >= 0 ? otherBase + other : undefined;
    };
    this.docIds = lazy(() => {
      const map = new Map<string, DocRef>();
      for (let i = 0; i < docs.length; i++) map.set(docIds[i], i);
      otherIds().forEach((id, i) => map.set(id, otherBase + i));
      for (const ref of impliedRefs()) map.set(refId(ref), ref);
      return map;
    });
    const docByKey = lazy(() => {
      const map = new Map<string, DocRef>();
      // Of two documents under one key, the later DocumentNummer wins (the file is in id order).
      for (let i = 0; i < docs.length; i++) if (docKeys[i]) map.set(docKeys[i]!, i);
      for (const ref of impliedRefs()) {
        const key = motionKeys[-1 - ref];
        const held = map.get(key);
        if (held === undefined || cmp(refId(held), refId(ref)) < 0) map.set(key, ref);
      }
      return map;
    });
    this.docsByDossier = lazy(() => {
      const dates = new Map<DocRef, string>();
      const refDate = (ref: DocRef) => {
        let d = dates.get(ref);
        if (d === undefined) {
          d = ref >= 0 ? (docs.stringOrNull(ref, dDate) ?? '') : motionDate(-1 - ref);
          dates.set(ref, d);
        }
        return d;
      };
      const lists = new SortedLists((a, b) => cmp(refDate(b), refDate(a)) || cmp(refId(b), refId(a)));
      const key = (dossier: number, toevoeging: string | null) => (toevoeging ? kamerstukKey(dossier, toevoeging) : String(dossier));
      for (let i = 0; i < docs.length; i++) {
        const dossier = docs.numberOrNull(i, dDossier);
        if (dossier !== null) lists.add(key(dossier, docs.stringOrNull(i, dToev)), i);
      }
      for (const ref of impliedRefs()) {
        const row = -1 - ref;
        const dossier = motions.numberOrNull(row, mDossier);
        if (dossier !== null) lists.add(key(dossier, motions.stringOrNull(row, mToev)), ref);
      }
      return lists;
    });
    const docAt = (ref: DocRef) => this.documentAt(ref);
    this.byDocumentNummer = {
      get: (id) => {
        const ref = docRef(id);
        return ref === undefined ? undefined : docAt(ref);
      },
      has: (id) => docRef(id) !== undefined,
      get size() {
        return docs.length + otherIds().length + impliedRefs().length;
      },
    };
    this.byKamerstukKey = lazyIndex(docByKey, docAt);

    for (const p of parts.members) this.memberById.set(p.id, p);
    for (const p of parts.parties) this.partyByName.set(p.name.toLowerCase(), p);
    for (const c of parts.links.cites) {
      push(this.citedByIndex, c.to, c);
      push(this.citesIndex, c.from, c);
    }
    for (const a of parts.links.answers) {
      push(this.answersIndex, a.motion, a);
      push(this.answeredIndex, a.document, a);
    }
    for (const a of parts.amounts) push(this.amountsIndex, a.value, a);
  }

  /** The whole record of a motion: its row (validated once) with its text (FilePending until its file is read). */
  private motionAt(row: number): MotionRecord {
    let whole = this.wholeMotions.get(row);
    if (!whole) {
      const base = this.motionTable.at(row);
      const { considerations, request } = this.texts.at(row, base.key);
      whole = { ...base, considerations, request };
      this.wholeMotions.set(row, whole);
    }
    return whole;
  }

  private documentAt(ref: DocRef): DocumentRecord {
    if (ref >= this.documentTable.length) return this.otherDocuments().table.at(ref - this.documentTable.length);
    if (ref >= 0) return this.documentTable.at(ref);
    let d = this.impliedDocs.get(ref);
    if (!d) {
      d = motionDocument(this.motionTable.at(-1 - ref))!;
      this.impliedDocs.set(ref, d);
    }
    return d;
  }

  /** Every motion, validated (reads the whole file: tests, stats). */
  get motions(): readonly MotionRecord[] {
    return Array.from({ length: this.motionTable.length }, (_, row) => this.motionAt(row));
  }

  /** Every document in id order, validated (reads the whole file: tests, stats). */
  get documents(): readonly DocumentRecord[] {
    this.allDocuments ??= [...this.docIds().entries()].sort((a, b) => cmp(a[0], b[0])).map(([, ref]) => this.documentAt(ref));
    return this.allDocuments;
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

  /** Whether a document or motion is under this Kamerstuk key, DocumentNummer or ZaakNummer (no record is read). */
  knows(idOrKey: string): boolean {
    const k = idOrKey.toUpperCase();
    return (
      this.byKamerstukKey.has(idOrKey) ||
      this.byDocumentNummer.has(k) ||
      this.byDocumentNummer.has(idOrKey) ||
      this.motionsByKamerstukKey.has(k) ||
      this.byZaakNummer.has(k) ||
      this.motionByDocumentNummer.has(k)
    );
  }

  /** The files of LATER_FILE_NAMES not read yet. */
  missingFiles(): string[] {
    return [...(this.other ? [] : [OTHER_DOCUMENTS_FILE]), ...this.texts.missing().map((shard) => TEXT_FILE_NAMES[shard]!)];
  }

  /** A file of LATER_FILE_NAMES, read later (the service worker); throws a DatasetError if it does not fit. */
  attachFile(name: string, raw: unknown): void {
    const shard = TEXT_FILE_NAMES.indexOf(name);
    if (shard >= 0) return this.texts.attach(shard, raw);
    if (name !== OTHER_DOCUMENTS_FILE) throw new DatasetError(`dataset: ${name}.json is not a file that is read later`, name);
    const table = new LazyTable(name, raw, DOC_NULLABLE, DocumentSchema, (d) => restoreDocument(d, this.titleOf));
    const [dId, dKey, dDossier] = ['id', 'key', 'dossier'].map((c) => table.column(c));
    const ids: string[] = new Array(table.length);
    for (let i = 0; i < table.length; i++) {
      const id = (ids[i] = table.string(i, dId));
      if (i > 0 && cmp(ids[i - 1]!, id) >= 0) throw invalidAt(name, `${i}.id`, 'rows are not in id order');
      const problem = otherDocumentProblem(id, table.cell(i, dDossier), table.cell(i, dKey), this.motionRowByDocNr().has(id));
      if (problem) throw invalidAt(name, `${i}`, `${id} ${problem}: it belongs in documents.json`);
      if (findSorted(this.mainIds, id) >= 0) throw invalidAt(name, `${i}.id`, `${id} is in documents.json too`);
    }
    this.other = { table, ids };
  }

  /** OTHER_DOCUMENTS_FILE (read on the spot in node; FilePending in the service worker until it is attached). */
  private otherDocuments(): { table: LazyTable<DocumentRecord>; ids: string[] } {
    if (!this.other && this.readLater) this.attachFile(OTHER_DOCUMENTS_FILE, this.readLater(OTHER_DOCUMENTS_FILE));
    if (!this.other) throw new FilePending(OTHER_DOCUMENTS_FILE);
    return this.other;
  }

  /** A motion without its text (needs no text file), by Kamerstuk key, ZaakNummer or DocumentNummer. */
  motionBase(idOrKey: string): MotionBase | undefined {
    const k = idOrKey.toUpperCase();
    const row = this.motionRowByKey().get(k) ?? this.motionRowByZaak().get(k) ?? this.motionRowByDocNr().get(k);
    return row === undefined ? undefined : this.motionTable.at(row);
  }

  /** The motion under a Kamerstuk key, ZaakNummer or DocumentNummer. */
  motion(idOrKey: string): MotionRecord | undefined {
    const k = idOrKey.toUpperCase();
    return this.motionsByKamerstukKey.get(k) ?? this.byZaakNummer.get(k) ?? this.motionByDocumentNummer.get(k);
  }

  dossier(dossier: number, toevoeging: string | null = null): DossierRecord | undefined {
    return this.dossierByKey.get(kamerstukKey(dossier, toevoeging));
  }

  /** Documents of a dossier, most recent first (the first `limit`: only those are read). */
  documentsInDossier(dossier: number, toevoeging: string | null = null, limit = Infinity): readonly DocumentRecord[] {
    return (this.docsByDossier().get(kamerstukKey(dossier, toevoeging)) ?? []).slice(0, limit).map((ref) => this.documentAt(ref));
  }

  /** How many documents a dossier holds. */
  dossierSize(dossier: number, toevoeging: string | null = null): number {
    return this.docsByDossier().get(kamerstukKey(dossier, toevoeging))?.length ?? 0;
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

  /** Motions signed by this surname, most recent first. */
  motionsBySignatory(surname: string): readonly MotionRecord[] {
    return this.rowsSignedBy(surname).map((row) => this.motionAt(row));
  }

  /** Rows of the motions a written surname may denote a signatory of (with or without a first name). */
  private rowsSignedBy(surname: string): readonly number[] {
    return lookUpWritten(surname, (key) => this.signedRows.get(key));
  }

  // --- lib/resolve's MotionCorpus -------------------------------------------------------------
  /** Candidates for the resolver: only the fields it reads are taken from the file and validated. */
  motionsBySurname(surname: string): MotionCandidate[] {
    return this.rowsSignedBy(surname).map((row) => this.motionCandidate(row));
  }

  /** The member's key a written surname no member has is one letter off (see misspeltKey). */
  misspelt(surname: string): string | null {
    // The first row a key gives tells its member apart well enough: a member's keys share their motions.
    return misspeltKey(surname, this.signedRows.keys(), (key) => this.signedRows.get(key)?.[0]);
  }

  private readonly candidates = new Map<number, MotionCandidate>();

  private motionCandidate(row: number): MotionCandidate {
    const known = this.candidates.get(row);
    if (known) return known;
    const t = this.motionTable;
    const o: Record<string, unknown> = {};
    for (const c of CANDIDATE_FIELDS) {
      const v = t.cell(row, t.column(c));
      if (v !== undefined) o[c] = v;
      else if (MOTION_NULLABLE.has(c)) o[c] = null;
    }
    restoreMotion(o, row, this.members, this.titleOf);
    const r = MotionCandidateSchema.safeParse(o);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw invalidAt('motions', [row, ...(issue?.path ?? [])].join('.'), issue?.message ?? 'unknown problem');
    }
    const candidate = toCandidate(r.data as MotionRecord, this.memberById);
    this.candidates.set(row, candidate);
    return candidate;
  }

  motionByKey(key: string): MotionCandidate | undefined {
    const row = this.motionRowByKey().get(key);
    return row === undefined ? undefined : this.motionCandidate(row);
  }

  hasDocument(key: string): boolean {
    return this.byKamerstukKey.has(key) || this.motionsByKamerstukKey.has(key);
  }

  isMotionDocument(key: string): boolean {
    return !this.motionsByKamerstukKey.has(key) && /^motie/i.test(this.byKamerstukKey.get(key)?.kind ?? '');
  }

  /**
   * Words of motions (title, request, signatories) and documents (title, subject); ranked with
   * fuse.js. The index is built on first use from the raw cells; only the hits are read in full.
   */
  search(query: string, limit = 20): SearchHit[] {
    if (!query.trim()) return [];
    if (!this.searcher) {
      const tables = [{ table: this.documentTable, base: 0 }, { table: this.otherDocuments().table, base: this.documentTable.length }];
      this.searcher = buildSearch(this.motionTable, this.texts, tables, this.motionByDocumentNummer, this.titleOf);
    }
    return this.searcher.search(query, limit).map(({ item, score }) =>
      item.motion !== undefined
        ? { kind: 'motion', score, motion: this.motionAt(item.motion) }
        : { kind: 'document', score, document: this.documentAt(item.document!) },
    );
  }
}

interface Item extends SearchItem {
  /** Row in motions.json, or a document's DocRef. */
  motion?: number;
  document?: DocRef;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

function buildSearch(
  motions: LazyTable<MotionBase>,
  texts: MotionTexts,
  documentTables: { table: LazyTable<DocumentRecord>; base: number }[],
  motionDocs: RecordIndex<MotionRecord>,
  titleOf: TitleOf,
): WordSearch<Item> {
  const [mTitle, mSign, mKey, mZaak] = ['title', 'signatories', 'key', 'zaakNummer'].map((c) => motions.column(c));
  const items: Item[] = [];
  for (let i = 0; i < motions.length; i++) {
    const signatories = motions.cell(i, mSign);
    const names = Array.isArray(signatories) ? signatories.map((c) => text(signatorySurname(c))) : [];
    items.push({ title: text(motions.cell(i, mTitle)), body: text(texts.request(i)), names: [...names, text(motions.cell(i, mKey)), text(motions.cell(i, mZaak))].join(' '), motion: i });
  }
  const motionItems = [...items];
  for (const { table: docs, base } of documentTables) {
    const [dId, dKey, dTitle, dSubject, dDossier, dToev] = ['id', 'key', 'title', 'subject', 'dossier', 'toevoeging'].map((c) => docs.column(c));
    for (let i = 0; i < docs.length; i++) {
      const id = text(docs.cell(i, dId));
      if (motionDocs.has(id)) continue;
      const subject = text(docs.cell(i, dSubject));
      // A title left out of the file is its dossier's (codec.ts).
      const title = text(docs.cell(i, dTitle) ?? titleOf(docs.cell(i, dDossier), docs.cell(i, dToev)));
      items.push({ title: subject || title, body: subject ? title : '', names: [id, text(docs.cell(i, dKey))].join(' '), document: base + i });
    }
  }
  return new WordSearch(items, motionItems);
}

function toCandidate(m: MotionRecord, members: ReadonlyMap<string, MemberRecord>): MotionCandidate {
  return {
    key: m.key,
    dossier: m.dossier,
    toevoeging: m.toevoeging,
    ondernummer: m.ondernummer,
    zaakNummer: m.zaakNummer,
    documentNummer: m.documentNummer,
    date: m.date,
    title: m.title,
    signatories: m.signatories.map((s) => ({
      surname: s.surname,
      initials: s.initials,
      party: s.party,
      firstName: s.personId ? (members.get(s.personId)?.firstName ?? null) : null,
    })),
    replaces: m.replaces,
    replacedBy: m.replacedBy,
  };
}
