/**
 * Subjects written in English ("a motion by JA21 MP Joost Eerdmans calling for the petrol price hike to be reversed")
 * against the Kamer's Dutch titles ("over de prijsstijging van benzine per 1 januari 2026 tenietdoen"): each English
 * policy word stands for the Dutch stems a title uses, and a stem counts where it is part of a title's compound word
 * ("price" and "hike" in "prijsstijging"). A capitalised word the glossary lacks is a name and counts as it is written
 * ("Antifa", "Curaçao", "Wilders"); any other word of an English sentence counts only where a title has it ("contact").
 */
import type { MotionMention } from '../detect/types';
import { foldDiacritics } from './names';
import { contentWords, stem } from './text-similarity';

/** The mention is an English one: "motion", not "motie". */
export function isEnglishMention(mention: Pick<MotionMention, 'text'>): boolean {
  return ENGLISH_MOTION.test(mention.text);
}
const ENGLISH_MOTION = /(?<![A-Za-z])[Mm]otions?(?![A-Za-z])/;

/**
 * One English word of a subject: the Dutch stems that may stand for it. A word the glossary knows counts whether a title
 * has it or not; any other ("contact", "Antifa") only where a title has it, so that the rest of an English sentence
 * does not water down what it shares with a Dutch title.
 */
export interface Term {
  stems: readonly string[];
  known: boolean;
}

/** The terms an English text's words stand for, each word once. */
export function englishTerms(text: string): Term[] {
  const out: Term[] = [];
  const seen = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const lower = foldDiacritics(word.toLowerCase());
    if (seen.has(lower) || STOPWORDS.has(lower)) continue;
    seen.add(lower);
    const dutch = GLOSSARY.get(lower) ?? GLOSSARY.get(singular(lower));
    if (dutch) out.push({ stems: dutch, known: true });
    // A name ("Antifa", "Netanyahu") counts as a word of the subject; a common word no glossary holds ("contact") only
    // where a title has it.
    else if (lower.length >= 3 && /^\p{Lu}/u.test(word)) out.push({ stems: [...contentWords(lower)], known: true });
    else if (lower.length >= 4) out.push({ stems: [...contentWords(lower)], known: false });
  }
  return out.filter((t) => t.stems.length > 0);
}
const WORD = /\p{L}[\p{L}\p{M}\d-]*/gu;

function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** The least share of a compound's letters a stem must make up to count as one of its parts ("prijs" of "prijsstijging"). */
const MIN_SHARE = 0.3;

/** Whether a term names a title's (stemmed) word: the word itself, or a part of it as a compound. */
function namesWord(term: Term, w: string): boolean {
  for (const stemmed of term.stems) {
    if (w === stemmed) return true;
    // Only the glossary's stems as parts of a compound. Not a sliver of a long one ("report" is not
    // "dereguleringsvoortgangsrapportage"), and a short stem only at its edge: "gok" in "goksector", not "arm" in "warmte".
    if (!term.known || stemmed.length < MIN_SHARE * w.length) continue;
    if (stemmed.length >= 4 ? w.includes(stemmed) : w.startsWith(stemmed) || w.endsWith(stemmed)) return true;
  }
  return false;
}

function namesAny(term: Term, words: ReadonlySet<string>): boolean {
  for (const w of words) if (namesWord(term, w)) return true;
  return false;
}

/** Share of the English terms that a title's words (contentWords) name (0..1). */
export function termsOverlap(terms: readonly Term[], titleWords: ReadonlySet<string>): number {
  let hit = 0;
  let counted = 0;
  for (const t of terms) {
    if (namesAny(t, titleWords)) {
      hit++;
      counted++;
    } else if (t.known) counted++;
  }
  return counted === 0 ? 0 : hit / counted;
}

/** Share of a title's own words that some English term names (the text around a mention, read in English). */
export function termsCover(titleWords: ReadonlySet<string>, terms: readonly Term[]): number {
  if (titleWords.size === 0) return 0;
  let hit = 0;
  for (const w of titleWords) if (terms.some((t) => namesWord(t, w))) hit++;
  return hit / titleWords.size;
}

const STOPWORDS = new Set(
  ('the and for that with this from was were has have had been are its his her their them they which who whom whose ' +
    'will would should could can may might must not but also than then into about after before more most said says ' +
    'such other another all any some each only very just over under upon while when where what how there here these ' +
    'those one two first second new last next week year today yesterday monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november december ' +
    'motion motions parliament parliamentary house representatives lower chamber government cabinet call calls calling ' +
    'called ask asks asking asked adopt adopted pass passed vote voted votes voting majority member members party ' +
    'parties propose proposed submit submitted introduce introduced file filed table tabled urge urges urged dutch ' +
    'minister ministers state secretary mp mps leader opposition coalition support supported against ' +
    'debate plan plans issue issues request requests requested demand demands want wants wanted make made take taken').split(' '),
);

/**
 * English policy words and the Dutch stems the Kamer's motion titles write for them. Each value is stemmed as a title's
 * words are, so that "sancties" (stemmed "sancti") and "sanctions" meet.
 */
const GLOSSARY = new Map<string, readonly string[]>(
  Object.entries({
    asylum: ['asiel'], refugee: ['vluchteling'], migration: ['migratie'], migrant: ['migrant', 'migratie'], immigration: ['migratie', 'immigratie'],
    deportation: ['terugkeer', 'uitzetting'], deport: ['terugkeer', 'uitzet'], border: ['grens', 'grenz'], reception: ['opvang'], shelter: ['opvang'],
    citizenship: ['nationaliteit', 'naturalisatie'], background: ['achtergrond'], integration: ['inburgering', 'integratie'],
    housing: ['woning', 'huisvesting'], home: ['woning', 'huis'], house: ['woning', 'huis'], rent: ['huur'], rental: ['huur'], tenant: ['huurder'],
    landlord: ['verhuurder'], mortgage: ['hypothe'], construction: ['bouw'], building: ['bouw'],
    healthcare: ['zorg'], care: ['zorg'], health: ['gezondheid', 'zorg'], deductible: ['eigen', 'risico'], hospital: ['ziekenhuis'],
    insurance: ['verzeker'], insurer: ['verzeker'], nurse: ['verpleeg'], doctor: ['arts'], youth: ['jeugd', 'jonger'], elderly: ['ouderen'],
    pension: ['pensioen'], retirement: ['pensioen'], medicine: ['geneesmiddel', 'medicijn'], mental: ['ggz', 'psychisch'],
    education: ['onderwijs'], school: ['school', 'scholen'], student: ['student'], teacher: ['leraar', 'leraren', 'docent'],
    university: ['universiteit'], tuition: ['collegegeld'], research: ['onderzoek'], investigate: ['onderzoek'], investigation: ['onderzoek'],
    inquiry: ['onderzoek', 'enquete'], study: ['onderzoek', 'studie'],
    defence: ['defensie'], defense: ['defensie'], military: ['defensie', 'militair', 'krijgsmacht'], army: ['leger', 'landmacht'],
    weapon: ['wapen'], arms: ['wapen'], rearmament: ['herbewapening', 'rearm'], rearm: ['herbewapening', 'rearm'], nato: ['navo'],
    israel: ['israel'], israeli: ['israel'], palestine: ['palestin'], palestinian: ['palestin'], gaza: ['gaza'], settler: ['kolonist'],
    settlement: ['nederzetting'], sanction: ['sanctie'], embargo: ['embargo'], genocide: ['genocide'], ceasefire: ['staakt-het-vuren', 'wapenstilstand'],
    humanitarian: ['humanitair'], aid: ['hulp', 'steun'], recognition: ['erken'], recognise: ['erken'], recognize: ['erken'],
    ukraine: ['oekraine'], ukrainian: ['oekrain'], russia: ['rusland'], russian: ['russisch', 'rusland'], billion: ['miljard'], million: ['miljoen'],
    loan: ['lening'], assets: ['tegoed'], war: ['oorlog'],
    climate: ['klimaat'], emission: ['uitstoot', 'emissie'], nitrogen: ['stikstof'], farmer: ['boer'], farming: ['landbouw', 'boer'],
    agriculture: ['landbouw'], agricultural: ['landbouw'], livestock: ['vee'], manure: ['mest'], buyout: ['uitkoop', 'opkoop'], nature: ['natuur'],
    energy: ['energie'], gas: ['gas'], nuclear: ['kern'], wind: ['wind'], solar: ['zon'], subsidy: ['subsidie'], fossil: ['fossiel'],
    tax: ['belasting'], taxation: ['belasting'], excise: ['accijn'], vat: ['btw'], petrol: ['benzine', 'brandstof'], gasoline: ['benzine', 'brandstof'],
    fuel: ['brandstof', 'benzine'], diesel: ['diesel'], price: ['prijs', 'prijz'], hike: ['stijging', 'verhoging'], increase: ['stijging', 'verhoging'],
    rise: ['stijging'], cut: ['bezuiniging', 'korting', 'verlaging'], budget: ['begroting', 'budget'], spending: ['uitgave'], cost: ['kosten'],
    income: ['inkomen'], wage: ['loon', 'lonen'], allowance: ['toeslag'], benefit: ['uitkering', 'toeslag'], childcare: ['kinderopvang'],
    poverty: ['armoede'], debt: ['schuld'], interest: ['rente'], bank: ['bank'],
    justice: ['justitie', 'recht'], police: ['politie'], fire: ['brandweer', 'brand'], firefighter: ['brandweer'], crime: ['criminal', 'misdaad'],
    criminal: ['criminal'], drug: ['drug'], trafficking: ['handel'], laundering: ['witwas'], gambling: ['gok', 'kansspel'], casino: ['casino'],
    prison: ['gevangen'], judge: ['rechter'], court: ['rechter', 'rechtspraak', 'hof'], lawyer: ['advocat'], violence: ['geweld'], domestic: ['huiselijk'],
    abuse: ['misbruik', 'mishandeling'], child: ['kind', 'kinder'], children: ['kind', 'kinder'], women: ['vrouw'], woman: ['vrouw'],
    discrimination: ['discriminatie'], racism: ['racisme'], terrorist: ['terror'], terrorism: ['terror'], organisation: ['organisatie'],
    organization: ['organisatie'], ban: ['verbod', 'verbied'], prohibit: ['verbod', 'verbied'], abolish: ['afschaf'], abolition: ['afschaf'],
    election: ['verkiezing'], constitution: ['grondwet'], law: ['wet'], bill: ['wet'], emergency: ['nood'],
    transport: ['vervoer'], train: ['trein'], rail: ['spoor'], road: ['weg'], speed: ['snelheid'], aviation: ['luchtvaart'], airport: ['luchthaven', 'vliegveld'],
    flight: ['vlucht', 'luchtvaart'], fishing: ['visserij', 'vis'], fisheries: ['visserij'], animal: ['dier'], welfare: ['welzijn'],
    caribbean: ['caribisch'], island: ['eiland'], sustainable: ['duurzaam'], development: ['ontwikkeling'], economic: ['economi'],
    food: ['voedsel'], production: ['productie'], digital: ['digitaal'], phone: ['telefoon'], smartphone: ['smartphone', 'telefoon'],
    culture: ['cultu'], religious: ['religi'], norms: ['normen'], values: ['waarden'], report: ['rapport'], wolf: ['wolf', 'wolven'],
    netherlands: ['nederland'], participate: ['deelnem', 'deelname'], participation: ['deelname'], join: ['deelnem', 'aansluit'],
    approach: ['aanpak'], strong: ['stevig', 'sterk'], stronger: ['stevig', 'sterk', 'versterk'], strengthen: ['versterk'], integrity: ['integriteit'],
    violation: ['schending'], governance: ['bestuur'], arrest: ['arrest'], warrant: ['bevel'], icc: ['strafhof'], halt: ['stop'], stop: ['stop'],
    municipality: ['gemeente'], province: ['provincie'], europe: ['europ'], european: ['europ'], eu: ['eu', 'europ'], commission: ['commissie'],
  }).map(([en, nl]) => [en, nl.map((w) => stem(w))]),
);
