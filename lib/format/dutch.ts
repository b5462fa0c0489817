/** Dutch wording of dates, amounts and Kamerstuk citations. */

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2025-10-03" -> "3 oktober 2025"; null for anything else. */
export function dutchDate(iso: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return null;
  return `${day} ${month} ${m[1]}`;
}

/** "2024-2025" -> "2024/25". */
export function shortYear(year: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})(\d{2})$/.exec(year ?? '');
  return m ? `${m[1]}/${m[3]}` : null;
}

/** An Eerste Kamer document named in words, after its dossier: "letter D (Eerste Kamer)". */
export function senateLetter(letter: string): string {
  return `letter ${letter} (Eerste Kamer)`;
}

/** Handelingen in words: "Aanhangsel Handelingen 2024-2025, nr. 2489", "Handelingen Eerste Kamer 2019-2020, nr. 31, item 8". */
export function handelingenName(m: { aanhangsel: boolean; eersteKamer?: boolean; vergaderjaar: string | null; nummer: number; item?: number }): string {
  const house = m.eersteKamer ? ' Eerste Kamer' : '';
  return `${m.aanhangsel ? 'Aanhangsel Handelingen' : 'Handelingen'}${house}${m.vergaderjaar ? ` ${m.vergaderjaar}` : ''}, nr. ${m.nummer}${m.item === undefined ? '' : `, item ${m.item}`}`;
}

/** "Kamerstukken II 2024/25, 19637, nr. 3435" (the session year when known); an Eerste Kamer letter: "Kamerstukken I, 35788, D". */
export function kamerstukCitation(r: { dossier: number; toevoeging: string | null; ondernummer: number | null; year?: string | null; letter?: string }): string {
  const dossier = r.toevoeging ? `${r.dossier}-${r.toevoeging}` : String(r.dossier);
  if (r.letter) return `Kamerstukken I, ${dossier}, ${r.letter}`;
  const year = shortYear(r.year);
  return `Kamerstukken II${year ? ` ${year}` : ''}, ${dossier}${r.ondernummer !== null ? `, nr. ${r.ondernummer}` : ''}`;
}

/**
 * A number with Dutch separators ("1.234.567,89"): at most `maxDecimals` decimals, at least
 * `minDecimals`, rounded half away from zero. Written out instead of Intl.NumberFormat: the first
 * Intl object in a process loads the locale data (~45 ms in a new Chromium page process, ~13 ms in
 * node), and the content script would pay that on every page it runs on.
 */
export function dutchNumber(value: number, maxDecimals: number, minDecimals = 0): string {
  const factor = 10 ** maxDecimals;
  const [whole = '0', fraction = ''] = (Math.round(Math.abs(value) * factor) / factor).toFixed(maxDecimals).split('.');
  const decimals = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/**
 * "€ 2.815", "€ 12,50": cents only when there are any. A price below € 1.000 keeps parts of a cent as written
 * ("25,8 cent" is "€ 0,258", a ticket tax "€ 7,845"); a larger sum is shown to the cent.
 */
export function euros(value: number): string {
  const size = Math.abs(value);
  return `${sign(value)}€ ${Number.isInteger(size) ? dutchNumber(size, 0) : dutchNumber(size, size < 1000 ? 4 : 2, 2)}`;
}

/** A negative amount's minus goes before the euro sign ("−€ 43,3 miljard", an EMU balance). */
const sign = (value: number) => (value < 0 ? '\u2212' : '');

/** "€ 21,9 miljoen = € 21.900.000": millions and billions in words, then in full; smaller amounts in full. */
export function writeOutAmount(value: number): string {
  const full = euros(value);
  const size = Math.abs(value);
  const scale = size >= 1e9 ? ([1e9, 'miljard'] as const) : size >= 1e6 ? ([1e6, 'miljoen'] as const) : null;
  return scale ? `${sign(value)}€ ${dutchNumber(size / scale[0], 3)} ${scale[1]} = ${full}` : full;
}

/** A motion's outcome as a card says it ("Aangenomen"); `unknown` is never shown as an outcome. */
export const OUTCOME_LABEL: Record<string, string> = {
  aangenomen: 'Aangenomen',
  verworpen: 'Verworpen',
  staken: 'Stemmen staakten',
  aangehouden: 'Aangehouden',
  ingetrokken: 'Ingetrokken',
  other: 'Andere uitkomst',
};

export const NO_VOTE_TEXT = 'uitslag niet in de gebundelde gegevens';

export function outcomeLabel(outcome: string): string {
  return outcome === 'unknown' ? NO_VOTE_TEXT : (OUTCOME_LABEL[outcome] ?? outcome);
}

/** What each kind of mention is called on a card. */
export const KIND_LABEL = {
  kamerstuk: 'Kamerstuk',
  document: 'Document',
  zaak: 'Zaak',
  handelingen: 'Handelingen',
  motion: 'Motie',
  amount: 'Bedrag',
} as const;
