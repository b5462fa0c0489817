/** detect(text): every mention a reader of Dutch parliamentary texts would want explained. */
import { detectAmounts } from './amount';
import { detectDocuments } from './document';
import { detectHandelingen } from './handelingen';
import { readLines, unfold, type Folded } from './indent';
import { detectKamerstukken } from './kamerstuk';
import { detectEnglishMotions } from './motion-english';
import { detectMotions } from './motion';
import { plainText, RARE_CHARACTERS } from './plain-text';
import type { Mention } from './types';
import { detectZaken } from './zaak';

export type { Mention, MentionKind } from './types';
export { detectAmounts, detectDocuments, detectHandelingen, detectKamerstukken, detectMotions, detectZaken };
export { kamerstukKey } from './kamerstuk';

/**
 * Whether a text may hold (a part of) a mention: what every kind needs somewhere in its text, for
 * callers that must skip most of a page cheaply. References have a run of three digits or more
 * (dossier, document and case numbers, a year); an amount has "€", "EUR" or "euro" ("een miljard
 * euro" has no digit); a motion "motie" (its own title "MOTIE"; in English "motion"); Handelingen the word or a year. A
 * soft hyphen or a zero-width space (which a page may put inside any of these, "mo\u00adtie") also counts. Never false where
 * detect() finds something.
 */
export function mayHoldMention(text: string): boolean {
  // One regex for what starts with a rare character; the words that start with a common letter are
  // string searches for a rarer part first (a regex tries every "e" and "o" of the text for them).
  return (
    RARE_START.test(text) || (text.indexOf('uro') >= 0 && EURO.test(text)) || text.indexOf('motie') >= 0 || text.indexOf('Motie') >= 0 || text.indexOf('motion') >= 0 || text.indexOf('Motion') >= 0 || (text.indexOf('cent') >= 0 && CENTS.test(text))
  );
}
const RARE_START = /\d{3}|[€\u00ad\u200b]|EUR|Handelingen|MOTIE/;
const EURO = /[Ee]uro(?!p)/;
/** "cent" alone is an amount only after digits ("21 cent"), never "procent". */
const CENTS = /\d[\s\u00a0]cent/;

/** Longer, more specific mentions win where two kinds claim the same text. */
const PRIORITY: Record<Mention['kind'], number> = { handelingen: 6, kamerstuk: 5, motion: 4, document: 3, zaak: 3, amount: 2 };

export function detect(text: unknown): Mention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const rare = RARE_CHARACTERS.test(text);
  const source = plainText(text, rare);
  const { folded, prose } = readLines(source, rare);
  const read = folded?.text ?? source;
  const inText = [...detectHandelingen(read), ...detectKamerstukken(read), ...detectDocuments(read), ...detectZaken(read)];
  // Motions and amounts run on across the lines of wrapped prose (see WrapBreaks).
  const proseText = prose?.text ?? read;
  const inProse = [...detectMotions(proseText), ...detectEnglishMotions(proseText), ...detectAmounts(proseText)];
  return pickOverlapping([...placed(inText, folded, text, source), ...placed(inProse, prose ?? folded, text, source)]);
}

/**
 * Mentions found in a folded text (or in `source` itself) placed in the original `text`, their text taken from there
 * (`source` is `text` as plainText writes it: its "\r\n" as " \n", its other hyphens as "-").
 */
function placed(found: Mention[], folded: Folded | null, text: string, source: string): Mention[] {
  if (folded) for (const m of found) unfold(m, folded, text);
  else if (source !== text) for (const m of found) m.text = text.slice(m.start, m.end);
  return found;
}

/** One mention for each stretch of text: of overlapping ones the kind of higher PRIORITY, then the longer. */
function pickOverlapping(all: Mention[]): Mention[] {
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PRIORITY[b.kind] - PRIORITY[a.kind]);
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      const better = PRIORITY[m.kind] > PRIORITY[last.kind] || (PRIORITY[m.kind] === PRIORITY[last.kind] && m.end - m.start > last.end - last.start);
      if (better) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
