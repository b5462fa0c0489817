/**
 * How the dataset is written to data/*.json and read back. The records are packed (pack.ts) and
 * facts the files already hold elsewhere are left out and filled in again on load:
 * - a motion's own document, when it is exactly what the motion record implies (motionDocument());
 * - a motion's dossier title (0 in the file: the title in dossiers.json) and a signatory's party (from members.json,
 *   referenced by row index);
 * - a document title equal to its dossier's title.
 * encode() then decode() gives back exactly the input (the build checks this).
 */
import { signatoryIndex } from './signatory-index';
import { z } from 'zod';
import { kamerstukKey } from './keys';
import { PackedSchema, pack, unpack, type Packed } from './pack';
import {
  DATA_FILE_SCHEMAS,
  DocumentSchema,
  MemberSchema,
  MotionSchema,
  type DatasetFiles,
  type DocumentRecord,
  type DossierRecord,
  type MemberRecord,
  type MotionBase,
  type MotionRecord,
  OTHER_DOCUMENTS_FILE,
  TEXT_FILE_NAMES,
  textFileRows,
} from './schema';
import { compareStrings } from '../order';

const DOC_COLUMNS = ['id', 'key', 'kind', 'dossier', 'toevoeging', 'ondernummer', 'title', 'subject', 'date', 'year', 'zaken', 'source', 'reconstructed', 'text'] as const;
const DOC_DICT_COLUMNS: (typeof DOC_COLUMNS)[number][] = ['kind', 'reconstructed', 'source', 'year', 'title'];

/** The DocumentNummer form ("2025D27010"), the only ids OTHER_DOCUMENTS_FILE holds. */
export const DOCUMENT_NUMMER = /^\d{4}D\d+$/;

/**
 * Why a document may not be in OTHER_DOCUMENTS_FILE, or null if it belongs there. Only documents
 * that no dossier, Kamerstuk key or motion leads to are there, and only under a DocumentNummer: so
 * the indexes by key and by dossier, and every other kind of id, are answered without that file.
 */
export function otherDocumentProblem(id: unknown, dossier: unknown, key: unknown, motionsOwn: boolean): string | null {
  if (dossier !== null && dossier !== undefined) return 'has a dossier';
  if (key !== null && key !== undefined) return 'has a Kamerstuk key';
  if (typeof id !== 'string' || !DOCUMENT_NUMMER.test(id)) return 'its id is not a DocumentNummer';
  if (motionsOwn) return "is a motion's own document";
  return null;
}
const MOTION_COLUMNS = [
  'key', 'zaakNummer', 'documentNummer', 'dossier', 'toevoeging', 'ondernummer', 'dossierTitle', 'title', 'date', 'startedOn', 'year',
  'signatories', 'advice', 'afgedaan', 'outcome', 'decision', 'replaces', 'replacedBy', 'reconstructed', 'documentKind',
] as const;
/** motion-texts-NN.json: the texts of motions.json's rows, in the same order (the key says which). */
export const TEXT_COLUMNS = ['key', 'considerations', 'request'] as const;
export const TEXT_NULLABLE: ReadonlySet<string> = new Set(['request']);
const MEMBER_COLUMNS = ['id', 'surname', 'tussenvoegsel', 'initials', 'firstName', 'party', 'partySource', 'function'] as const;

function nullableColumns(schema: z.ZodObject): Set<string> {
  return new Set(Object.entries(schema.shape).filter(([, t]) => (t as z.ZodType).safeParse(null).success).map(([k]) => k));
}
export const DOC_NULLABLE = nullableColumns(DocumentSchema);
export const MOTION_NULLABLE = nullableColumns(MotionSchema);
export const MEMBER_NULLABLE = nullableColumns(MemberSchema);
export const DOSSIER_NULLABLE: ReadonlySet<string> = new Set(['toevoeging']);

/** A dossier's title by its number and toevoeging as found in a row (undefined: no such dossier). */
export type TitleOf = (dossier: unknown, toevoeging: unknown) => string | undefined;

export function dossierTitles(dossiers: readonly DossierRecord[]): TitleOf {
  const byKey = new Map(dossiers.map((d) => [d.key, d.title]));
  return (dossier, toev) => (typeof dossier === 'number' ? byKey.get(kamerstukKey(dossier, typeof toev === 'string' ? toev : null)) : undefined);
}

/** An unpacked motion row with its dossier title and signatories' parties filled in again. */
export function restoreMotion(m: Record<string, unknown>, row: number, members: readonly MemberRecord[], titleOf: TitleOf): Record<string, unknown> {
  if (m.dossierTitle === 0) m.dossierTitle = titleOf(m.dossier, m.toevoeging) ?? null;
  if (Array.isArray(m.signatories)) {
    m.signatories = m.signatories.map((s) => {
      if (!Array.isArray(s)) return s;
      const [surname, initials, memberRow] = s as [unknown, unknown, unknown];
      if (memberRow === undefined) return { surname, initials: initials ?? null, party: null, personId: null };
      const member = typeof memberRow === 'number' ? members[memberRow] : undefined;
      if (!member) throw new CodecError(`motions.json: row ${row}, signatories: no member row ${String(memberRow)}`, 'motions');
      return { surname, initials: initials ?? null, party: member.party, personId: member.id };
    });
  }
  return m;
}

/** A motions.json row with its text (same row of the text files; the keys must agree). */
export function withText(m: Record<string, unknown>, text: Record<string, unknown>, row: number): Record<string, unknown> {
  if (text.key !== m.key) throw new CodecError(`motion-texts: motion row ${row} is ${JSON.stringify(text.key)}, motions.json has ${JSON.stringify(m.key)}`, TEXT_FILE_NAMES[0]!);
  m.considerations = text.considerations;
  m.request = text.request;
  return m;
}

/** An unpacked document row with a title left out (= its dossier's title) filled in again. */
export function restoreDocument(d: Record<string, unknown>, titleOf: TitleOf): Record<string, unknown> {
  if (!('title' in d)) {
    const t = titleOf(d.dossier, d.toevoeging);
    if (t !== undefined) d.title = t;
  }
  return d;
}

/** The surname of a signatory cell as the file holds it: [surname, initials, member row] or a record. */
export function signatorySurname(cell: unknown): unknown {
  return Array.isArray(cell) ? cell[0] : cell && typeof cell === 'object' ? (cell as { surname?: unknown }).surname : undefined;
}

/** The document record a motion implies for its own publication (its text plays no part). */
export function motionDocument(m: MotionBase): DocumentRecord | null {
  if (!m.documentNummer) return null;
  // The document shares the motion's provenance except the vote (a Zaak fact).
  const docProvenance = (m.reconstructed ?? []).filter((r) => !r.startsWith('Besluit'));
  return {
    id: m.documentNummer,
    key: m.key,
    kind: m.documentKind ?? 'Motie',
    dossier: m.dossier,
    toevoeging: m.toevoeging,
    ondernummer: m.ondernummer,
    title: m.dossierTitle ?? m.title,
    subject: m.dossierTitle ? m.title : null,
    date: m.date,
    year: m.year,
    zaken: [m.zaakNummer],
    source: 'tk',
    ...(docProvenance.length ? { reconstructed: docProvenance } : {}),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** DatasetFiles (without manifest) -> JSON-ready file contents. */
export function encodeDataset(files: Omit<DatasetFiles, 'manifest'>): Record<string, unknown> {
  const dossierTitle = new Map(files.dossiers.map((d) => [d.key, d.title]));
  const memberIndex = new Map(files.members.map((m, i) => [m.id, i]));
  const memberById = new Map(files.members.map((m) => [m.id, m]));
  const implied = new Map<string, DocumentRecord>();
  for (const m of files.motions) {
    const d = motionDocument(m);
    if (d) implied.set(d.id, d);
  }
  const docs = files.documents
    .filter((d) => !same(d, implied.get(d.id)))
    .map((d) => (d.dossier !== null && d.title === dossierTitle.get(kamerstukKey(d.dossier, d.toevoeging)) ? { ...d, title: undefined } : d));
  const other = (d: { id: string; dossier: number | null; key: string | null }) => !otherDocumentProblem(d.id, d.dossier, d.key, implied.has(d.id));
  const motions = files.motions.map((m) => {
    const dt = dossierTitle.get(kamerstukKey(m.dossier, m.toevoeging));
    return {
      ...m,
      // 0 = "the title in dossiers.json" (null keeps meaning "no title").
      dossierTitle: dt !== undefined && m.dossierTitle === dt ? 0 : m.dossierTitle,
      signatories: m.signatories.map((s) => {
        const i = s.personId !== null ? memberIndex.get(s.personId) : undefined;
        // [surname, initials, member row] when the party is the member's; else the full record.
        if (i !== undefined && memberById.get(s.personId!)!.party === s.party) return [s.surname, s.initials, i];
        return s.personId === null && s.party === null ? [s.surname, s.initials] : s;
      }),
    };
  });
  return {
    dossiers: pack(files.dossiers, ['key', 'nummer', 'toevoeging', 'title']),
    documents: pack(docs.filter((d) => !other(d)) as DocumentRecord[], [...DOC_COLUMNS], DOC_DICT_COLUMNS),
    [OTHER_DOCUMENTS_FILE]: pack(docs.filter(other) as DocumentRecord[], [...DOC_COLUMNS], DOC_DICT_COLUMNS),
    motions: { ...pack(motions as unknown as MotionRecord[], [...MOTION_COLUMNS], ['advice', 'reconstructed', 'documentKind', 'year', 'outcome']), bySignatory: signatoryIndex(files.motions) },
    ...Object.fromEntries(
      TEXT_FILE_NAMES.map((name, i) => {
        const { from, to } = textFileRows(i, files.motions.length);
        return [name, pack(files.motions.slice(from, to), [...TEXT_COLUMNS])];
      }),
    ),
    members: pack(files.members, [...MEMBER_COLUMNS]),
    parties: files.parties,
    links: files.links,
    amounts: pack(files.amounts, ['value', 'text', 'document', 'sentence'], ['document']),
  };
}

export class CodecError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

function unpacked(file: string, raw: unknown, nullable: ReadonlySet<string>): Record<string, unknown>[] {
  const p = PackedSchema.safeParse(raw);
  if (!p.success) {
    const issue = p.error.issues[0];
    throw new CodecError(`${file}.json is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'not a packed table'}`, file);
  }
  try {
    return unpack(p.data as Packed, nullable);
  } catch (e) {
    throw new CodecError(`${file}.json: ${(e as Error).message}`, file);
  }
}

/**
 * File contents -> validated records. `check(name, value)` validates one file's records with its
 * schema (the caller's, so errors name the file). Throws CodecError on a malformed packed table.
 */
export function decodeDataset(
  raw: Record<string, unknown>,
  check: <K extends keyof typeof DATA_FILE_SCHEMAS>(name: K, value: unknown) => z.infer<(typeof DATA_FILE_SCHEMAS)[K]>,
): Omit<DatasetFiles, 'manifest'> {
  const dossiers = check('dossiers', unpacked('dossiers', raw.dossiers, DOSSIER_NULLABLE));
  const members = check('members', unpacked('members', raw.members, MEMBER_NULLABLE));
  const titleOf = dossierTitles(dossiers);
  const texts = TEXT_FILE_NAMES.flatMap((name) => unpacked(name, raw[name], TEXT_NULLABLE));
  const motionRows = unpacked('motions', raw.motions, MOTION_NULLABLE);
  if (texts.length !== motionRows.length) throw new CodecError(`motion-texts-*.json: ${texts.length} rows for ${motionRows.length} motions`, TEXT_FILE_NAMES[0]!);
  const motions = check(
    'motions',
    motionRows.map((m, i) => restoreMotion(withText(m, texts[i]!, i), i, members, titleOf)),
  );
  const motionDocIds = new Set(motionRows.map((m) => m.documentNummer));
  const otherRows = unpacked(OTHER_DOCUMENTS_FILE, raw[OTHER_DOCUMENTS_FILE], DOC_NULLABLE);
  otherRows.forEach((d, i) => {
    const problem = otherDocumentProblem(d.id, d.dossier, d.key, motionDocIds.has(d.id));
    if (problem) throw new CodecError(`${OTHER_DOCUMENTS_FILE}.json: row ${i} (${String(d.id)}) ${problem}: it belongs in documents.json`, OTHER_DOCUMENTS_FILE);
  });
  const fileDocs = check('documents', [...unpacked('documents', raw.documents, DOC_NULLABLE), ...otherRows].map((d) => restoreDocument(d, titleOf)));
  const present = new Set(fileDocs.map((d) => d.id));
  if (present.size !== fileDocs.length) throw new CodecError(`documents.json and ${OTHER_DOCUMENTS_FILE}.json: a document is in both, or twice`, OTHER_DOCUMENTS_FILE);
  const motionDocs: DocumentRecord[] = [];
  for (const m of motions) {
    const d = motionDocument(m);
    if (d && !present.has(d.id)) {
      present.add(d.id);
      motionDocs.push(d);
    }
  }
  return {
    dossiers,
    documents: mergeById(fileDocs, motionDocs),
    motions,
    members,
    parties: check('parties', raw.parties),
    links: check('links', raw.links),
    amounts: check('amounts', raw.amounts === undefined ? undefined : unpacked('amounts', raw.amounts, new Set())),
  };
}

const cmp = compareStrings;

/** Both lists in id order (the file's already is); a linear merge. */
function mergeById(a: DocumentRecord[], b: DocumentRecord[]): DocumentRecord[] {
  const sortedA = a.every((d, i) => i === 0 || cmp(a[i - 1].id, d.id) <= 0) ? a : [...a].sort((x, y) => cmp(x.id, y.id));
  const sortedB = [...b].sort((x, y) => cmp(x.id, y.id));
  const out: DocumentRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < sortedA.length || j < sortedB.length) {
    if (j >= sortedB.length || (i < sortedA.length && cmp(sortedA[i].id, sortedB[j].id) <= 0)) out.push(sortedA[i++]);
    else out.push(sortedB[j++]);
  }
  return out;
}
