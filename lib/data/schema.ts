/**
 * The bundled dataset: zod schemas of the files in data/ and their TypeScript types.
 * Built by scripts/data-build.ts from the open-data snapshot and seeds/; validated on every load.
 * Field names are short but readable; optional fields are left out of the JSON when empty.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** "Kamerstuk key": "19637-3435", "36600-VI-12", a dossier alone "29344". */
export const KamerstukKeySchema = z.string().regex(/^\d+(-[A-Z0-9]+)?(-\d+)?$/, 'expected a Kamerstuk key like 19637-3435');

export const DossierSchema = z.object({
  /** Kamerstuk key of the dossier: "36600-VI". */
  key: z.string(),
  nummer: z.number().int().positive(),
  toevoeging: z.string().nullable(),
  title: z.string(),
});
export type DossierRecord = z.infer<typeof DossierSchema>;

export const DocumentSchema = z.object({
  /** DocumentNummer ("2025D27010") or, for a seed without one, "seed:<file>". */
  id: z.string(),
  /** Kamerstuk key when the document has dossier and ondernummer ("19637-3435"). */
  key: z.string().nullable(),
  /** Document.Soort: "Brief regering", "Motie", ... */
  kind: z.string(),
  dossier: z.number().int().nullable(),
  toevoeging: z.string().nullable(),
  ondernummer: z.number().int().nullable(),
  title: z.string(),
  subject: z.string().nullable(),
  date: isoDate.nullable(),
  /** Vergaderjaar "2024-2025". */
  year: z.string().nullable(),
  /** ZaakNummers of the cases this document belongs to. */
  zaken: z.array(z.string()).optional(),
  /** 'tk' for the open data, 'seed' for seeds/. */
  source: z.enum(['tk', 'seed']),
  /** Fields whose link was rebuilt in the snapshot (its `_reconstructed` list). */
  reconstructed: z.array(z.string()).optional(),
  /** Full text, kept only for seeds (the snapshot has none for non-motion documents). */
  text: z.string().optional(),
});
export type DocumentRecord = z.infer<typeof DocumentSchema>;

export const SignatorySchema = z.object({
  /** Surname with tussenvoegsel as in the publication: "van Dijk", "Rikkers-Oosterkamp". */
  surname: z.string(),
  initials: z.string().nullable(),
  /** Party where the record gives it (Persoon.Fractielabel or a roll-call Stemming row); null = unknown. */
  party: z.string().nullable(),
  /** Persoon.Id when the signatory was matched to a member. */
  personId: z.string().nullable(),
});
export type SignatoryRecord = z.infer<typeof SignatorySchema>;

export const VoteSchema = z.object({
  party: z.string(),
  /** "Voor" | "Tegen" | "Niet deelgenomen" (as in Stemming.Soort). */
  vote: z.string(),
  seats: z.number().int().nullable(),
  /** Roll-call vote: the member's name. */
  member: z.string().optional(),
});
export type VoteRecord = z.infer<typeof VoteSchema>;

export const OutcomeSchema = z.enum(['aangenomen', 'verworpen', 'staken', 'aangehouden', 'ingetrokken', 'other', 'unknown']);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const DecisionSchema = z.object({
  /** Besluit.BesluitSoort, e.g. "Stemmen - aangenomen". */
  soort: z.string(),
  tekst: z.string().nullable(),
  /** "Met handopsteken" | "Hoofdelijk" ... */
  stemmingsSoort: z.string().nullable(),
  votes: z.array(VoteSchema),
});
export type DecisionRecord = z.infer<typeof DecisionSchema>;

export const MotionSchema = z.object({
  /** Kamerstuk key "36600-VI-127". */
  key: z.string(),
  zaakNummer: z.string(),
  documentNummer: z.string().nullable(),
  dossier: z.number().int(),
  toevoeging: z.string().nullable(),
  ondernummer: z.number().int(),
  dossierTitle: z.string().nullable(),
  /** Zaak.Onderwerp: "Motie van het lid X over ...". */
  title: z.string(),
  /** Date the motion was submitted (publication date, else GestartOp). */
  date: isoDate.nullable(),
  startedOn: isoDate.nullable(),
  year: z.string().nullable(),
  signatories: z.array(SignatorySchema),
  /** Zaak.Kabinetsappreciatie, null when not given. */
  advice: z.string().nullable(),
  afgedaan: z.boolean().nullable(),
  /** 'unknown' unless the snapshot holds a Besluit with the vote for this motion. */
  outcome: OutcomeSchema,
  decision: DecisionSchema.optional(),
  considerations: z.array(z.string()),
  /** "verzoekt de regering ..." */
  request: z.string().nullable(),
  /** Kamerstuk keys this motion replaces ("t.v.v.") and that replace it. */
  replaces: z.array(z.string()).optional(),
  replacedBy: z.array(z.string()).optional(),
  reconstructed: z.array(z.string()).optional(),
  /** Document.Soort of the motion's document when it is not plain "Motie" ("Motie (gewijzigd/nader)"). */
  documentKind: z.string().optional(),
});
export type MotionRecord = z.infer<typeof MotionSchema>;

export const MemberSchema = z.object({
  id: z.string(),
  surname: z.string(),
  tussenvoegsel: z.string().nullable(),
  initials: z.string().nullable(),
  firstName: z.string().nullable(),
  /** Party where the record gives it; null = unknown. */
  party: z.string().nullable(),
  /** Where the party comes from: 'Fractielabel' | 'Stemming' | null. */
  partySource: z.enum(['Fractielabel', 'Stemming']).nullable(),
  function: z.string().nullable(),
});
export type MemberRecord = z.infer<typeof MemberSchema>;

export const PartySchema = z.object({
  id: z.string(),
  name: z.string(),
  seats: z.number().int().nullable(),
  reconstructed: z.array(z.string()).optional(),
});
export type PartyRecord = z.infer<typeof PartySchema>;

/** A reference found in a full text: `from` is a document id, `to` a Kamerstuk key, DocumentNummer or ZaakNummer. */
export const CiteSchema = z.object({ from: z.string(), to: z.string(), text: z.string() });
export type CiteRecord = z.infer<typeof CiteSchema>;

/** A document that answers a motion ("Reactie op de motie van het lid X over ..."). */
export const AnswerSchema = z.object({
  motion: z.string(),
  document: z.string(),
  /** fuse.js subject match, 0..1 (1 = identical). */
  score: z.number().min(0).max(1),
  how: z.string(),
});
export type AnswerRecord = z.infer<typeof AnswerSchema>;

export const LinksSchema = z.object({
  cites: z.array(CiteSchema),
  answers: z.array(AnswerSchema),
  /** Notes on how the links were derived (thresholds, missing steps). */
  notes: z.array(z.string()),
});
export type LinksRecord = z.infer<typeof LinksSchema>;

export const AmountSchema = z.object({
  /** Value in euros. */
  value: z.number(),
  text: z.string(),
  sentence: z.string(),
  document: z.string(),
});
export type AmountRecord = z.infer<typeof AmountSchema>;

export const FileInfoSchema = z.object({ bytes: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/), records: z.number().int() });

export const ManifestSchema = z.object({
  format: z.literal(1),
  source: z.string(),
  /** Newest record date in the data: what "stand van de gegevens" shows. */
  dataDate: isoDate,
  /** Equal to dataDate, so a rebuild is byte-identical. */
  buildDate: isoDate,
  period: z.object({ from: isoDate, to: isoDate }),
  counts: z.record(z.string(), z.number().int()),
  provenance: z.record(z.string(), z.number().int()),
  files: z.record(z.string(), FileInfoSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The files of data/, by name without .json, and their schemas. */
export const DATA_FILE_SCHEMAS = {
  dossiers: z.array(DossierSchema),
  documents: z.array(DocumentSchema),
  motions: z.array(MotionSchema),
  members: z.array(MemberSchema),
  parties: z.array(PartySchema),
  links: LinksSchema,
  amounts: z.array(AmountSchema),
} as const;

export type DataFileName = keyof typeof DATA_FILE_SCHEMAS;
export const DATA_FILE_NAMES = Object.keys(DATA_FILE_SCHEMAS) as DataFileName[];

/** A motion's text, kept apart from motions.json (motion-texts-NN.json, see TEXT_SHARDS). */
export const MotionTextSchema = MotionSchema.pick({ key: true, considerations: true, request: true });
export type MotionText = z.infer<typeof MotionTextSchema>;
/** The motion without its text: what motions.json holds. */
export const MotionBaseSchema = MotionSchema.omit({ considerations: true, request: true });
export type MotionBase = z.infer<typeof MotionBaseSchema>;

/**
 * The motions' texts (5 MB) are split over this many files, consecutive runs of motions.json's rows:
 * the service worker answers from the other files and reads a text file only when a card needs a
 * text from it (a motion card needs one, search all).
 */
export const TEXT_SHARDS = 16;
export const TEXT_FILE_NAMES: readonly string[] = Array.from({ length: TEXT_SHARDS }, (_, i) => `motion-texts-${String(i).padStart(2, '0')}`);

/** Motions per text file (the last may hold fewer, or none). */
export function motionsPerTextFile(motions: number): number {
  return Math.max(1, Math.ceil(motions / TEXT_SHARDS));
}

/** The motions.json rows [from, to) whose texts text file `shard` holds. */
export function textFileRows(shard: number, motions: number): { from: number; to: number } {
  const per = motionsPerTextFile(motions);
  const from = Math.min(motions, shard * per);
  return { from, to: Math.min(motions, from + per) };
}

/**
 * documents.json holds the documents of a dossier (and any motion's own publication); the ~26,000
 * without a dossier (4.5 MB) are in this file. Only a DocumentNummer lookup that documents.json cannot
 * answer, and search, need it: the service worker reads it then, so a cold card does not wait for it.
 */
export const OTHER_DOCUMENTS_FILE = 'documents-other';

/** The files the service worker reads only when a record needs them. */
export const LATER_FILE_NAMES: readonly string[] = [OTHER_DOCUMENTS_FILE, ...TEXT_FILE_NAMES];

/** Every file in data/ besides manifest.json. */
export const ALL_FILE_NAMES: readonly string[] = [...DATA_FILE_NAMES, ...LATER_FILE_NAMES];

export interface DatasetFiles {
  manifest: Manifest;
  dossiers: DossierRecord[];
  documents: DocumentRecord[];
  motions: MotionRecord[];
  members: MemberRecord[];
  parties: PartyRecord[];
  links: LinksRecord;
  amounts: AmountRecord[];
}
