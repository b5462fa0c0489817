import { foldDiacritics } from './names';

const STOPWORDS = new Set(
  ('de het een en van voor over op in te met aan om dat die dit deze er is zijn worden wordt bij ' +
    'naar als ook niet of uit tot door hun hem haar zij wij ze zich zo dan nog meer kan kunnen moet ' +
    'moeten zal zullen motie moties lid leden regering kabinet verzoekt verzocht waarin waarmee').split(' '),
);

/** Content words, folded and lightly stemmed, for comparing a written subject with a motion title. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of writtenContentWords(text)) out.add(stem(w));
  return out;
}

/**
 * The content words a text writes, folded, each once, not stemmed: joined by spaces they give the same contentWords()
 * in far fewer characters (what a page sends of the text around a motion).
 */
export function writtenContentWords(text: string): Set<string> {
  const out = new Set<string>();
  // Word by word, not a folded copy of the whole text: a page builds these for every motion on it, in its own heap.
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    const w = ASCII.test(lower) ? lower : foldDiacritics(lower);
    if (w.length >= 3 && !STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

const WORD = /\p{L}[\p{L}\p{M}\d-]*/gu;
const ASCII = /^[\x00-\x7f]*$/;

const ING = /ing(?:en|s)?$/u;

export function stem(w: string): string {
  // Dutch plural and inflection endings: enough to match "achterstanden"/"achterstand", "plannen"/"plan".
  // "-es" at once, so that "gokreclames" and "gokreclame" meet. A noun of a verb ("sluiting", "verhogingen") meets the
  // verb ("sluiten", "verhogen"): "een motie om de stortplaats direct te sluiten" and "over een spoedige sluiting van de
  // vuilstort" (ANP, 2025).
  if (w.length >= 7) w = w.replace(ING, '');
  return w.replace(/(en|es|s|e)$/u, '').replace(/(.)\1$/u, '$1');
}

/** Share of the written subject's words that occur in the title (0..1), both split by contentWords(). */
export function wordsOverlap(subject: ReadonlySet<string>, title: ReadonlySet<string>): number {
  if (subject.size === 0) return 0;
  let hit = 0;
  for (const w of subject) if (title.has(w)) hit++;
  return hit / subject.size;
}

/** Words that point back at a subject named before: "de kwestie", "dit onderwerp". */
const WHAT_CAME_BEFORE = String.raw`(?:de|deze|die|dit|dat|het)\s+(?:kwestie|onderwerp|zaak|thema|punt)s?(?![\p{L}])`;

/**
 * What opens a motion's subject in the text after it: "over ...", not an infinitive's "(hier) over te informeren", nor
 * words that point back at the subject named before ("een motie over de kwestie in", RD 2025).
 */
export const OVER_SUBJECT = new RegExp(String.raw`\bover\s+(?!te\s)(?!${WHAT_CAME_BEFORE})([\s\S]+)`, 'u');
/** "over de kwestie (in)" opening the text after a mention: none of its own subject. */
export const OVER_WHAT_CAME_BEFORE = new RegExp(String.raw`^\s*over\s+${WHAT_CAME_BEFORE}`, 'u');
/**
 * The rest of the sentence after a mention only points back at what came before: "de motie-Eerdmans (JA21) tegen
 * het plan." (Parool 2025, the plan named two sentences earlier). Its words are no subject.
 */
export const ONLY_POINTS_BACK = new RegExp(
  String.raw`^\s*(?:\([^()]{0,40}\)\s*)?(?:tegen|over|voor|rond|om)\s+(?:${WHAT_CAME_BEFORE}|(?:de|deze|die|dit|dat|het)\s+(?:plan|voorstel|idee|besluit|maatregel|regeling)(?:nen|len|en|s)?(?![\p{L}]))\s*(?:[.!?;:]|$)`,
  'u',
);
