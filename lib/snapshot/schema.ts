/**
 * zod schemas of the raw open-data records (Tweede Kamer OData v4, as stored in ../shared/tk-snapshot
 * and as returned by the live API). Only the fields the dataset uses are checked; others pass through.
 */
import { z } from 'zod';

const str = z.string();
const nstr = z.string().nullable().optional();
const reconstructed = z.array(z.string()).optional();

export const KamerstukdossierRawSchema = z.looseObject({
  Nummer: z.number().int(),
  Toevoeging: nstr,
  Titel: nstr,
});

export const DocumentRawSchema = z.looseObject({
  Id: str,
  Soort: nstr,
  /** null in an emptied record (withdrawn from publication): such records are skipped. */
  DocumentNummer: nstr,
  Titel: nstr,
  Onderwerp: nstr,
  Datum: nstr,
  Vergaderjaar: nstr,
  Volgnummer: z.number().int().nullable().optional(),
  GewijzigdOp: nstr,
  Verwijderd: z.boolean().optional(),
  Kamerstukdossier: z.array(KamerstukdossierRawSchema).optional(),
  _reconstructed: reconstructed,
});
export type DocumentRaw = z.infer<typeof DocumentRawSchema>;

export const StemmingRawSchema = z.looseObject({
  Id: str,
  Soort: nstr,
  FractieGrootte: z.number().int().nullable().optional(),
  ActorNaam: nstr,
  ActorFractie: nstr,
  Vergissing: z.boolean().nullable().optional(),
  Persoon_Id: nstr,
  Fractie_Id: nstr,
  Verwijderd: z.boolean().optional(),
});
export type StemmingRaw = z.infer<typeof StemmingRawSchema>;

export const BesluitRawSchema = z.looseObject({
  Id: str,
  StemmingsSoort: nstr,
  BesluitSoort: nstr,
  BesluitTekst: nstr,
  GewijzigdOp: nstr,
  Verwijderd: z.boolean().optional(),
  Stemming: z.array(StemmingRawSchema).optional(),
});
export type BesluitRaw = z.infer<typeof BesluitRawSchema>;

export const ZaakRawSchema = z.looseObject({
  Id: str,
  Nummer: str,
  Soort: nstr,
  Titel: nstr,
  Onderwerp: nstr,
  GestartOp: nstr,
  Vergaderjaar: nstr,
  Volgnummer: z.number().int().nullable().optional(),
  Afgedaan: z.boolean().nullable().optional(),
  Kabinetsappreciatie: nstr,
  GewijzigdOp: nstr,
  Verwijderd: z.boolean().optional(),
  Document: z.array(DocumentRawSchema).optional(),
  Besluit: z.array(BesluitRawSchema).optional(),
  _reconstructed: reconstructed,
});
export type ZaakRaw = z.infer<typeof ZaakRawSchema>;

export const PublicatieRawSchema = z.looseObject({
  Id: str,
  Document_Id: str,
  DocumentNummer: nstr,
  xml: str,
  Verwijderd: z.boolean().optional(),
});
export type PublicatieRaw = z.infer<typeof PublicatieRawSchema>;

export const PersoonRawSchema = z.looseObject({
  Id: str,
  Initialen: nstr,
  Tussenvoegsel: nstr,
  /** null in an emptied record (a person withdrawn from publication). */
  Achternaam: nstr,
  Roepnaam: nstr,
  Functie: nstr,
  Fractielabel: nstr,
  Verwijderd: z.boolean().optional(),
});
export type PersoonRaw = z.infer<typeof PersoonRawSchema>;

export const FractieRawSchema = z.looseObject({
  Id: str,
  NaamNL: str,
  Afkorting: nstr,
  AantalZetels: z.number().int().nullable().optional(),
  GewijzigdOp: nstr,
  Verwijderd: z.boolean().optional(),
  _reconstructed: reconstructed,
});
export type FractieRaw = z.infer<typeof FractieRawSchema>;

/** The snapshot's files and the schema of one line of each. */
export const SNAPSHOT_FILES = {
  zaken: { file: 'Zaak-motie.jsonl.gz', schema: ZaakRawSchema },
  publicaties: { file: 'DocumentPublicatie-motie.jsonl.gz', schema: PublicatieRawSchema },
  documents: { file: 'Document.jsonl.gz', schema: DocumentRawSchema },
  personen: { file: 'Persoon.jsonl.gz', schema: PersoonRawSchema },
  fracties: { file: 'Fractie.jsonl.gz', schema: FractieRawSchema },
} as const;

export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/** Validate one parsed line; the error names file, line and field. */
export function parseLine<T>(schema: z.ZodType<T>, value: unknown, file: string, line: number): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(record)';
  throw new SnapshotError(`${file}, line ${line}, field ${field}: ${issue?.message ?? 'invalid record'}`);
}
