/** Kinds of mention the detector finds; the gold rules (../shared/gold/README.md) define their fields. */
export type MentionKind = 'kamerstuk' | 'document' | 'zaak' | 'handelingen' | 'motion' | 'amount';

interface Span {
  /** Offset of the first UTF-16 code unit of the mention in the input text. */
  start: number;
  /** Offset just past the mention (exclusive). */
  end: number;
  /** The text as written, `input.slice(start, end)`. */
  text: string;
}

export interface KamerstukMention extends Span {
  kind: 'kamerstuk';
  dossier: number;
  /** Roman numeral or letter/number suffix of the dossier (`VI`, `XX`, `20`, `A`), upper case; null if none. */
  toevoeging: string | null;
  /** The "nr."; null for a reference to the whole dossier. */
  ondernummer: number | null;
  /** For a range ("nrs. 1 t/m 3"): the last number of the range; ondernummer holds the first. */
  ondernummerTot?: number;
  /**
   * The Eerste Kamer numbers its own Kamerstukken of a bill by letter ("Kamerstukken I 2016/17, 34 295, C",
   * "(Kamerstuk 35 526, L)"): that letter. ondernummer stays null: it is none of the Tweede Kamer's numbers.
   */
  letter?: string;
  /**
   * A kingdom act's number written with its dossier ("36455 (R2188)", "(32017, R1884)"): "R2188". It is not
   * the toevoeging a citation writes; the Kamer's data files such a dossier as "36455-(R2188)" (see asRecorded).
   */
  rijkswet?: string;
}

export interface DocumentMention extends Span {
  kind: 'document';
  /** e.g. `2025D52678`, upper case. */
  documentNummer: string;
}

export interface ZaakMention extends Span {
  kind: 'zaak';
  /** e.g. `2024Z21887`, upper case. */
  zaakNummer: string;
}

export interface HandelingenMention extends Span {
  kind: 'handelingen';
  aanhangsel: boolean;
  /** "2024-2025"; null when the text does not give it. */
  vergaderjaar: string | null;
  nummer: number;
  item?: number;
  /** The Eerste Kamer's Handelingen ("Handelingen I", "h-ek-..."); absent for the Tweede Kamer's. */
  eersteKamer?: boolean;
}

export interface MotionSignatory {
  /** Surname as written, capitalised: "Van Dijk". */
  surname: string;
  /** Party given next to the name in the text ("Ceder (CU)"), if any. */
  party?: string;
  /** Initials given in the text ("H.D. van Dijk"), if any. */
  initials?: string;
}

export interface ResolvedMotion {
  dossier: number;
  toevoeging: string | null;
  ondernummer: number;
  zaakNummer: string | null;
  documentNummer: string | null;
  /** 0..1 */
  confidence: number;
}

export interface MotionMention extends Span {
  kind: 'motion';
  /** Surnames as written, capitalised ("Van Dijk"). */
  indieners: string[];
  signatories: MotionSignatory[];
  /** "c.s." was written: there are more co-signers than named. */
  cs: boolean;
  /** Words after "over" in "motie van het lid X over ...", if the text gives them. */
  subject?: string;
  /**
   * The motion's own number is the Kamerstuk written between "motie" and the members, right before the
   * mention: "de motie 35570-XIX, letter G, van het lid Otten", "De motie (30169-63) van Ellemeet".
   */
  numberBefore?: true;
  /** The chair's "Deze motie is voorgesteld door ...": the motion just proposed, never one named before it. */
  proposed?: true;
  /** A motion's own heading in capitals, as its document starts: "MOTIE VAN HET LID STOFFER". */
  heading?: true;
  /** Filled by lib/resolve when a dataset is available. */
  resolved?: ResolvedMotion | null;
}

export interface AmountMention extends Span {
  kind: 'amount';
  /** Value in euros. */
  value: number;
  currency: 'EUR';
  /** "per volwassene", "per jaar", "structureel" when the text says so next to the amount. */
  per?: string;
}

export type Mention =
  | KamerstukMention
  | DocumentMention
  | ZaakMention
  | HandelingenMention
  | MotionMention
  | AmountMention;
