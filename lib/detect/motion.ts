/**
 * Motions named by their submitters: "motie Eerdmans", "de motie-Eerdmans", "motie Van Zanten/Boomsma",
 * "motie-Klaver c.s.", "Motie van de leden Piri en Bontenbal over ...", "een motie aangenomen van de
 * leden Ceder (CU) en van Dijk (SGP)". Not: "de motie", "een motie van GroenLinks-PvdA" (a party is not
 * a submitter), "motie 32317-919" (that is a Kamerstuk).
 */
import { LETTER, LOWER, S, SO, SP, THAT_PURPORT, TUSSENVOEGSELS, UPPER, capitaliseSurname, motiStarts, touchesBefore } from './common';
import { detectKamerstukken } from './kamerstuk';
import { MUNICIPALITIES } from './municipalities';
import type { MotionMention, MotionSignatory } from './types';

const TUSSEN_LOWER = `(?:(?:van|de|der|den|ter|ten|te|het|in|op|el|['\\u2019]t)${SP}){1,3}`;
const TUSSEN_UPPER = `(?:(?:Van|De|Den|Ter|Ten|Te|In|Op|El|['\\u2019]t)${SP}(?:(?:de|der|den|het|['\\u2019]t)${SP}){0,2})`;
// A footnote marker may stick to the name in extracted text ("het lid Bikker3"): up to three digits
// after a name end it; they are not part of it. A word cut at a hyphen ("Klimaat- en Energieverkenning")
// is half of a compound, not a name; nor is one joined to an abbreviation ("Bouwplaats-ID").
const NAME_END = `(?![${LETTER}])(?!\\d{4})(?!-[ \\t\\u00a0]+[${LOWER}])(?!-[${UPPER}]{2})`;
const WORD = `[${UPPER}][${LOWER}'\\u2019]+(?:-(?:(?:[Vv]an|[Dd]e|der|den)${SP}){0,2}[${UPPER}][${LOWER}'\\u2019]+){0,2}${NAME_END}`;
const INITIALS = `(?:(?:[${UPPER}][a-z]?\\.){1,5}${SO})`;
/** "c.s." (cum suis), also written out. */
// Also without its points ("het lid Koekoek (Volt) cs", a minister's letter, 2025).
const CS = `(?:c\\.${SO}s\\.|cum${SP}suis(?![${LETTER}])|cs(?![${LETTER}\\d]))`;
/**
 * The second word of a two-word surname, seen only where the list goes on or ends right after it: "Van Haersma Buma
 * c.s.", "NSC-Kamerlid Jesse Six Dijkstra." (news, 2025).
 */
const SECOND_WORD = `(?:${SP}[${UPPER}][${LOWER}]+(?=${SP}(?:c\\.|cum${SP}suis|en${SP})|${SO}[,.;:)]|${SO}$))?`;
/**
 * A first name the Kamer writes to tell members apart ("Inge van Dijk", "Diederik van Dijk"), or the
 * first part of a two-word surname ("Six Dijkstra"). Only in the long form, where a list of members follows.
 */
const FIRST_NAME = `(?:(?!(?:Van|De|Den|Der|Ter|Ten|Te|In|Op|El)${S})[${UPPER}][${LOWER}]+${SP}(?!(?:Kamerstuk|Handelingen|Tweede|Eerste|Kamer|Voorgesteld|Ingediend)(?![${LETTER}])))`;
const PARTY = `(?:${SO}\\(${SO}[${LETTER}\\d][${LETTER}\\d\\-/ ]{0,24}${SO}\\))`;
/**
 * News names a submitter by role: "senator Van Hattem", "VVD-Kamerlid Hermans", "PvdA-lid Monasch", "BBB-kopvrouw
 * Caroline van der Plas", "het Groningse SP-Kamerlid Sandra Beckerman", or by party: "VVD'er Bente Becker", "D66’er Sneller".
 */
const ROLE = `(?:[A-Z][A-Za-z\\d]{1,11}['\u2019]er|(?:(?:de|het)[ \u00a0](?:[A-Za-z][a-z]+e[ \u00a0])?)?(?:(?:onafhankelijk|voormalig|fractieloos|toenmalig)[ \u00a0]|oud-)?(?:[A-Z\\d][A-Za-z\\d]*-[ \u00a0]?){0,2}(?:(?:Tweede|Eerste)[- ]?)?(?:[Kk]amerleden|[Kk]amerlid|lid|senator(?:en)?|fractievoorzitter|fractieleider|partijleider|oppositieleider|leider|voor(?:man|vrouw)|kop(?:man|vrouw)|lijsttrekker|woordvoerder|parlementariër|collega))`;
/**
 * "de motie van mevrouw Kuik en de heer Voordewind", "van het lid Palmen en het lid Chakor": a title before a later name of
 * the list; in news a role ("van D66-Kamerlid Hanneke van der Werf en NSC-Kamerlid Jesse Six Dijkstra", 2025).
 */
// (A short role, not ROLE: every copy of a pattern in PERSON is compiled code in the page's heap.)
const LATER_ROLE = `(?:[A-Z][A-Za-z\\d]{1,11}['\u2019]er|(?:[A-Z\\d][A-Za-z\\d]*-)?(?:Tweede[ -]?)?[Kk]amerlid)${SP}`;
const TITLE = `(?:(?:de${SP})?heer${SP}|mevrouw${SP}|het${SP}[Ll]id${SP}|${LATER_ROLE})`;
const PERSON = `${TITLE}?${INITIALS}?${FIRST_NAME}?(?:${TUSSEN_LOWER}|${TUSSEN_UPPER})?${WORD}${SECOND_WORD}${PARTY}?`;
// Each name written once in the pattern (a pattern compiles to code for every copy of PERSON); a separator
// the list ends with is taken off again (LIST_END).
const LIST = `(?:${PERSON}(?:${SO},${SO}|${SP}en${SP})?)+(?:${SP}${CS})?`;
const LIST_END = /(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+en[\s\u00a0]+|[\s\u00a0]*\/[\s\u00a0]*)$/;

const MEMBER_TITLE = `(?:(?:zijn|haar|hun)${SP}(?:partijgeno(?:ot|te|ten)|fractiegeno(?:ot|te|ten))|de${SP}(?:leden|Kamerleden|heren|dames)|(?:het${SP})?(?:[Ll]id|Kamerlid)|(?:Kamer)?leden|(?:den?${SP})?heer|mevrouw|(?:de${SP})?collega(?:'s)?|(?:mr|dr|drs|ir|prof)\\.?)`;
const MEMBER = `(?:${MEMBER_TITLE}|${ROLE})`;
// "de motie van het lid Bikker", "een motie aangenomen van de leden ...", "een motie van die strekking van ...", "de motie van
// wantrouwen van Geert Wilders", the chair's "Deze motie is voorgesteld door de leden ...", "De motie het lid van Tongeren" (as
// published, "van" left out; a council's "Motie lid Özütok" too), "de motie op stuk nr. 10 van de heer
// Pechtold c.s." (Handelingen), and in news "de motie van Sophie Hermans (VVD)" with no "het lid". A doubled "van"
// before "het lid" is a slip a published report has ("de motie van van het lid Jasper van Dijk"). News names the
// first submitter "among others": "een motie van onder anderen D66-Kamerlid Sjoerd Sjoerdsma". A footnote's number may
// stick to "motie": "de motie1 van de heer Krul".
/** "een motie van de BBB en Pieter Omtzigt": a party named with the members is not one of them. */
/** A party as news names it: "CDA", "GroenLinks-PvdA", "ChristenUnie". */
const PARTY_NAME = '(?:[A-Z\\d]{2,6}|GroenLinks(?:-PvdA)?|ChristenUnie|PvdA|PvdD|FvD|Volt|Denk)';
const PARTY_FIRST = `(?:(?:de|het)[ \u00a0])?${PARTY_NAME}(?:,[ \u00a0]?|[ \u00a0]en[ \u00a0])`;
/**
 * A debate names the submitter after the subject: "de motie op stuk nr. 157 over beschut werk van mevrouw
 * Vermeij", "de motie over de Wajong van de heer Van Dijk". Only a member's title after "van" counts: "van"
 * after a subject is most often the subject's own ("over de rol van Nederland"). The subject is a few words
 * on one line, without punctuation. (A part of LONG: a pattern of its own would compile the list of names twice.)
 */
const SUBJECT_FIRST = `(?:${SP}over(?:[ \u00a0]{1,3}[^\\s.,;:?!()"\u201c\u201d]+){1,8}?(?=${SP}van${SP}${MEMBER_TITLE}${SP}))?`;
const OVER_SUBJECT = /^[Mm]otie[^]*?[\s\u00a0]over[ \u00a0]{1,3}([^]*?)[\s\u00a0]+van[\s\u00a0]/;
// A closing quote may follow "motie": "de aangenomen ‘WHO-motie’ van Mona Keijzer (BBB)" (a weblog, 2024).
const LONG = `[Mm]oties?[\u2019\u201d']?(?:[1-9]\\d?(?![\\d.,])|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})?(?:${SP}(?:aangenomen|ingediend|verworpen|aangehouden|gewijzigd|aan(?=${SP}van${SP})|(?:${THAT_PURPORT})(?:,?${SP}ingediend)?|eerder|destijds|van${SP}(?:wantrouwen|afkeuring|treurnis)|(?:is|werd|wordt|was|zijn|werden|waren)(?:${SP}[a-z]{2,24}){0,8}?${SP}(?:voorgesteld|ingediend|ondertekend|afkomstig)|(?:is|was)${SP}die))?(?:${SP}op${SP}stuk${SP}nr\\.?${SO}\\d{1,4}|${SP}\\d{1,4})?${SUBJECT_FIRST}${SP}(?:(?:van|door)${SP}(?:van${SP}(?=(?:het|de)${SP}(?:lid|leden))|onder${SP}(?:anderen|andere|meer)${SP})?(?:${PARTY_FIRST})?(?:${MEMBER}${SP})?|(?:(?:het${SP})?lid|(?:de${SP})?leden)${SP})(${LIST})`;
/** "motie-Remco Dijkstra/Postma", "Motie Mei Li Vos": a first name (or two) before the surname, on the same line. */
const SHORT_FIRST_NAME = `(?:(?!(?:Van|De|Den|Der|Ter|Ten|Te|In|Op|El)[ \u00a0])[${UPPER}][${LOWER}]+[ \u00a0](?!(?:[a-z']+[ \u00a0])*(?:Kamer|Tweede|Eerste|Handelingen)))`;
const SHORT_NAME = `(?:(?:${INITIALS}|${SHORT_FIRST_NAME}{1,2})(?:${TUSSEN_LOWER})?)?(?:${TUSSEN_UPPER})?${WORD}${SECOND_WORD}`;
// "motie-Van Baarle", also broken after the hyphen at a line end; "motie Eerdmans", not across a blank line; a headline's
// "Motie Kamerlid White: ..." (the title not the name).
const SHORT = `[Mm]otie(?:-[ \\t]*\\n?[ \\t]*(?:${TUSSEN_LOWER})?| -(?=[A-Z])|[ \\u00a0\\u2009\\u202f\\t]{1,3}|[ \\t]*\\n[ \\t]*|[ \\u00a0]\\d{1,4}[ \\u00a0])(?:(?:Tweede[ \\u00a0]?)?Kamerlid[ \\u00a0])?((?:${SHORT_NAME}(?:${SO}\\([A-Za-z\\d -]{1,24}\\)(?=${SO}/))?(?:${SO}/${SO}(?:(?:van|de|der|den)[ \u00a0]){0,2})?)+(?:${SO}\\([A-Za-z\\d -]{1,24}\\)(?=${SP}${CS}))?(?:${SP}${CS})?)`;

// Latin ranges with no 'u' flag (case taken loosely in Latin Extended-A), the smallest regex code.
const AND_NAME = `(?:(?:Van|De|Den|Ter|Ten|Te|In|Op|El|['\\u2019]t) (?:(?:de|der|den|het|['\\u2019]t) ){0,2})?[A-Z\\u00c0-\\u00de\\u0100-\\u017e][a-z\\u00df-\\u00ff\\u0100-\\u017e'\\u2019]+(?:-[A-Z\\u00c0-\\u00de][a-z\\u00df-\\u00ff\\u0100-\\u017e'\\u2019]+)?`;
/** A first name the Kamer adds to tell members apart ("Jasper van Dijk", "Pia Dijkstra"), kept with the surname as in the other forms. */
const AND_FIRST_NAME = `(?!(?:Van|De|Den|Der|Ter|Ten|Te|In|Op|El)[ \\u00a0])[A-Z][a-z]+[ \\u00a0]`;
const AND_SURNAME = `(?:(?:van|de|der|den|ter|ten|te|in|op|['\\u2019]t)[ \\u00a0]){0,3}[A-Z\\u00c0-\\u00de\\u0100-\\u017e][a-z\\u00df-\\u00ff\\u0100-\\u017e'\\u2019]+`;
const SHORT_AND = new RegExp(`[ \\u00a0]en[ \\u00a0](${AND_FIRST_NAME}${AND_SURNAME}|${AND_NAME})(?![A-Za-z\\u00c0-\\u017e])`, 'y');
/** After the second name: its "c.s.", a footnote's number stuck on ("de motie-Dijkhoff en Oskam3 uit 2014"), then the end of the names (punctuation, the line's end, a word that goes on with the sentence). */
const AND_END = /^((?:[ \u00a0]*(?:c\.[ \u00a0]*s\.|cum[ \u00a0]+suis))?)(?:\d{1,2}(?![\d.,]))?(?:[ \u00a0]*(?:[,.;:!?()\n]|$)|[ \u00a0]+(?:over|om|die|dat|waarin|waarmee|waarover|is|was|werd|wordt|werden|zijn|heeft|had|hebben|aangenomen|verworpen|ingediend|aangehouden|uitgevoerd|uit|van|op|met|en|ter|in|naar|voor|bij|te|zoals|niet|al|nog|ook|af)(?![a-z]))/;

/**
 * "de motie Sneller en Slootweg", "Motie Dik-Faber en Jacobi (Kamerstuk ...)": a second submitter after
 * "en" in the short form ending at `end`, only where the names visibly end after it.
 */
function secondSubmitter(text: string, end: number): { surname: string; end: number; cs: boolean } | null {
  SHORT_AND.lastIndex = end;
  const and = SHORT_AND.exec(text);
  if (!and) return null;
  const nameEnd = and.index + and[0].length;
  const after = AND_END.exec(text.slice(nameEnd, nameEnd + 24));
  const surname = capitaliseSurname(and[1]!);
  if (!after || notAName(surname)) return null;
  return { surname, end: nameEnd + after[1]!.length, cs: after[1]!.length > 0 };
}


// Not inside a word ("Stemmingsmotie"), but after page chrome run into it: "Lees verderMotie Wassenberg over ...".
const MOTION = new RegExp(`(?<![${UPPER}]|[${LOWER}](?=m))(?:${LONG}|${SHORT})`, 'y');


/**
 * Several motions in one phrase, each named by its first submitter: "de moties Marijnissen c.s. en
 * Klaver c.s.", "de moties-Van Dijk en -Bikker", "de moties van de leden Van Haersma c.s.1, Roemer c.s.2
 * en Azmani c.s.3" (footnote markers stuck on). Each name is a motion of its own.
 */
// Read piece by piece (head, then a name and a separator at a time): one regex for the whole phrase
// compiles to far more code than these.
const PLURAL_HEAD = new RegExp(`(?<![${LETTER}])[Mm]oties(?:${SP}(?:van|door)${SP}(${MEMBER_TITLE}))?(?:-|${SP})`, 'y');
const PLURAL_SEPARATOR = new RegExp(`(?:\\d{1,2}(?!\\d))?(?:${SO},${SO}|${SP}en${SP})`, 'y');
// A first name only before a lower-case particle ("Inge van Dijk c.s.").
const PLURAL_NAME = new RegExp(
  `(?:-${SO})?((?:${INITIALS}|[${UPPER}][${LOWER}]+[ \u00a0](?=(?:van|de|der|den|ter|ten)[ \u00a0]))?(?:${TUSSEN_UPPER}|${TUSSEN_LOWER})?${WORD}${SECOND_WORD})(${SP}${CS})?`,
  'y',
);
// With 'u' this one matches faster (it runs on the short list of names, not on the whole text).
const PERSON_IN_LIST = new RegExp(
  `${TITLE}?(${INITIALS})?(${FIRST_NAME}?(?:${TUSSEN_LOWER}|${TUSSEN_UPPER})?${WORD}${SECOND_WORD})(?:${SO}\\(${SO}([${LETTER}\\d][${LETTER}\\d\\-/ ]{0,24}?)${SO}\\))?`,
  'gu',
);

/** Capitalised words that follow "motie" but are not surnames (nor first names), including parties written out. */
const NOT_A_NAME = new Set(
  ('Kamer Tweede Eerste Staten Regering Kabinet Minister Staatssecretaris Volt Denk Motie Moties ' +
    'Nederland Europa Europese Wet Vreemdelingenwet Begroting Raad Kamerstuk Kamerstukken Handelingen ' +
    'Partij Socialistische Nieuw Forum Christen Staatkundig Gereformeerde Volkspartij Democraten ' +
    'Fractie Groep Coalitie Oppositie Commissie Buitenlandse Binnenlandse Zaken Justitie Financiën Defensie ' +
    'Volksgezondheid Onderwijs Economische Landbouw Infrastructuur Sociale Algemene Koninkrijksrelaties Asiel ' +
    'Migratie Haag Amsterdam Rotterdam Utrecht Brussel Nationaal Nationale Staatscommissie ' +
    // Policy areas ("de moties van Cultuur en corona debat", a sector's news): no member's name.
    'Cultuur Zorg Klimaat Natuur Energie Economie Media Sport Wetenschap Veiligheid Jeugd Corona Milieu Verkeer Vervoer ' +
    'Inkomen Pensioenen Armoede Gezondheid Digitalisering Emancipatie Integratie Mobiliteit Stikstof Visserij Erfgoed Kunst ' +
    // A debate's name ("Kuiper bij stemming moties Staat van de rechtsstaat", the Eerste Kamer's site).
    'Staat Rechtsstaat Democratie Grondwet ' +
    // A document's metadata labels ("Motie\nNummer: 2025D43163").
    'Nummer Datum Titel Onderwerp Status Indiener Indieners Vergaderjaar Documentnummer Zaaknummer Besluit ' +
    'Stemming Stemmingsuitslag Kabinetsappreciatie Soort ' +
    // A committee's list of documents run together ("uitvoering motie Beslisnota bij Kamerbrief over ...").
    'Beslisnota Kamerbrief ' +
    // An organisation ("de motie van de Vereniging Nederlandse Gemeenten").
    'Vereniging Stichting Federatie Gemeente Gemeenten Provincie Provincies Werkgroep ' +
    // A council's "motie vreemd aan de orde van de dag", shortened ("de mee ingediende Motie Vreemd inzake ...").
    'Vreemd Vreemde').split(' '),
);
/**
 * Words a motion's title starts with on a party's site ("Motie Zeker zijn van een goede Leraar"): no name
 * alone, though part of some ("De Goede").
 */
const TITLE_START = new Set('Zeker Meer Minder Geen Extra Stop Behoud Betere Beter Goede Eerlijke Verbod Steun Onderzoek Tegen Alle Nieuwe Gratis'.split(' '));
const PARTIES = new Set(
  ['pvv', 'vvd', 'nsc', 'bbb', 'cda', 'd66', 'sp', 'pvdd', 'sgp', 'cu', 'christenunie', 'ja21', 'fvd', 'denk', 'volt',
    'groenlinks-pvda', 'groenlinks', 'pvda', '50plus', 'bij1', 'glpvda', 'gl-pvda'],
);

/**
 * A word ending in a policy noun is a motion's title ("motie Raadsbudget", "motie Burgerinitiatieven
 * vergroenen kernen", a council's) or a local party ("motie van Zeist Belang", "Leefbaar Rotterdam"),
 * not a surname. None of the snapshot's 220 members or 8,041 motions' signatories has such a name.
 */
const TITLE_NOUN_END = /(?:budget|beleid|fonds|regeling|initiatie(?:f|ven)|programma|akkoord|agenda|reserve|subsidie|toeslag|vergunning|begroting|voorstel|belang|leefbaar|lokaal)$/i;

/** A role without a name: "een motie van het Kamerlid waarin". */
const ROLE_ALONE = /^(?:(?:het|de)[\s\u00a0]+)?kamerl(?:id|eden)$/i;

/** "De Kamer", "van de Partij", "Kamer Tweede": each capitalised word of a name is checked. */
function notAName(surname: string): boolean {
  // A particle alone ("Motie Van het lid Jimmy Dijk", a title's capital) is no surname.
  if (PARTIES.has(surname.toLowerCase().replace(/[\s\u00a0]+/g, '')) || ROLE_ALONE.test(surname) || TUSSENVOEGSELS.has(surname.toLowerCase())) return true;
  return TITLE_START.has(surname) || surname.split(/[\s\u00a0]+/).some((w) => NOT_A_NAME.has(w) || TITLE_NOUN_END.test(w));
}

const LEADING_INITIALS = new RegExp(String.raw`^[\s\u00a0]*(?:[${UPPER}][a-z]?\.[\s\u00a0]*)+`);

/** "Th.C. de Graaf" -> "de Graaf". */
function withoutInitials(name: string): string {
  return name.replace(LEADING_INITIALS, '');
}

// A parenthesis ends the subject unless it is part of it ("een (tijdelijk) adres"); so does a line that starts with
// a capital (a page's title line, then the bill's name below it), not one that goes on in lower case (a wrapped line);
// a table's cell border ("| Motie van het lid Graus over ... | Ontraden |") or a Markdown heading ("## Samenvatting"),
// and the next motion of a list ("de motie Ceder-Six Dijkstra over ... te houden en de motie Michon-Derkzen over ..."),
// and the sentence's verb of the vote in the past ("de Motie van het lid Eerdmans over ... tenietdoen werd aangenomen met
// ..."; a title's own "... wordt aangenomen" is its request).
const SUBJECT_END = new RegExp(String.raw`[.;?!](?=\s|$)|[ \t]\||\((?!(?!kst|t\.v\.v)[${LOWER}])|\n\s*\n|\n(?=[ \t]*(?:[${UPPER}#]|\d{2}[ \u00a0]?\d{3}[ \t-]))|,\s*\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|[¹²³⁴⁵⁶⁷⁸⁹⁰]|,?[ \t\u00a0]+en[ \t\u00a0]+(?:op[ \t\u00a0]+)?(?:de[ \t\u00a0]+)?moties?[ \t\u00a0-]|[ \t\u00a0]+(?:werd|is)[ \t\u00a0]+(?:(?:door[ \t\u00a0]+de[ \t\u00a0]+Kamer|gisteren|vandaag|dinsdag|unaniem)[ \t\u00a0]+)?(?:aangenomen|verworpen|aangehouden)(?![a-z])`);

/** What opens a motion's subject after its members: "over", a letter's "inzake", "m.b.t.", "betreffende". */
const SUBJECT_OPENS = /^[\s\u00a0]{1,3}(?:over|inzake|m\.[\s\u00a0]?b\.[\s\u00a0]?t\.|met[\s\u00a0]+betrekking[\s\u00a0]+tot|betreffende|aangaande)[\s\u00a0]{1,3}/;

function subjectAfter(text: string, end: number): string | undefined {
  const m = SUBJECT_OPENS.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  const from = end + m[0].length;
  const window = text.slice(from, from + 260);
  const stop = SUBJECT_END.exec(window);
  const subject = (stop ? window.slice(0, stop.index) : window).replace(/[\s\u00a0]+/g, ' ').trim();
  return subject || undefined;
}

/** A list's closing "c.s.". */
const CS_END = /(?:[\s\u00a0]*(?:c\.[\s\u00a0]*s\.|cum[\s\u00a0]+suis)|[\s\u00a0]+cs)[\s\u00a0]*$/;

/** The members of a list (without its "c.s."). */
function parseList(names: string): MotionSignatory[] {
  const people: MotionSignatory[] = [];
  for (const p of names.matchAll(PERSON_IN_LIST)) {
    // "de motie van der Plas": the "van" read as "of" was the name's own (no surname starts with "der").
    const surname = capitaliseSurname(p[2]!.replace(/^der(?=[\s\u00a0])/, 'van der'));
    const sig: MotionSignatory = { surname };
    if (p[1]) sig.initials = p[1].trim();
    if (p[3]) sig.party = p[3].trim();
    people.push(sig);
  }
  return people;
}

/** The motions of a plural phrase at `at` and where it ends, or null (then MOTION reads it, if anything). */
function pluralMotions(text: string, at: number): { motions: MotionMention[]; end: number } | null {
  PLURAL_HEAD.lastIndex = at;
  const head = PLURAL_HEAD.exec(text);
  if (!head || inVoteTitle(text, at)) return null;
  const long = head[1] !== undefined;
  const items: RegExpExecArray[] = [];
  /** Items followed by a footnote's number ("Bromet6, Kwint en Leijten7"): each ends a motion. */
  const noted = new Set<number>();
  for (let pos = at + head[0].length; ; ) {
    PLURAL_NAME.lastIndex = pos;
    const item = PLURAL_NAME.exec(text);
    if (!item) break;
    items.push(item);
    PLURAL_SEPARATOR.lastIndex = item.index + item[0].length;
    const separator = PLURAL_SEPARATOR.exec(text);
    const note = /^\d/.test(separator?.[0] ?? text.slice(item.index + item[0].length, item.index + item[0].length + 1));
    if (note) noted.add(items.length - 1);
    if (!separator) break;
    pos = separator.index + separator[0].length;
  }
  if (items.length === 0) return null;
  if (long && noted.size > 0) return notedMotions(text, at, items, noted);
  if (items.length === 1) {
    // "de moties Van Dijk": one submitter's motions, read as the short form reads "motie Van Dijk".
    const only = items[0]!;
    // Only on the same line (a heading "... aangenomen moties" and the next paragraph are not a name).
    if (long || text.slice(at, only.index).includes('\n') || headingAfter(text, at, only.index + only[0].length, !!only[2])) return null;
  }
  // "de moties van de leden A en B" may be motions of A and B together: split only when each has "c.s.".
  if (long && items.slice(0, -1).some((it) => !it[2])) return null;
  const motions: MotionMention[] = [];
  for (const [i, it] of items.entries()) {
    const surname = capitaliseSurname(withoutInitials(it[1]!));
    if (notAName(surname)) return null;
    const start = i === 0 ? at : it.index + it[0].indexOf(it[1]!);
    const end = it.index + it[0].length;
    motions.push(motionMention(text, start, end, [{ surname }], !!it[2]));
  }
  return { motions, end: motions.at(-1)!.end };
}

/**
 * "de moties van de leden Dijkhoff c.s.3, Marijnissen c.s.4, Bromet6, Kwint en Leijten7 en Kat c.s.9": each
 * footnote's number ends a motion, so names joined by "en" before one are that motion's submitters together.
 */
function notedMotions(text: string, at: number, items: RegExpExecArray[], noted: Set<number>): { motions: MotionMention[]; end: number } | null {
  const motions: MotionMention[] = [];
  let group: MotionSignatory[] = [];
  let groupStart = at;
  for (const [i, it] of items.entries()) {
    const surname = capitaliseSurname(withoutInitials(it[1]!));
    if (notAName(surname)) return null;
    if (group.length === 0 && i > 0) groupStart = it.index + it[0].indexOf(it[1]!);
    group.push({ surname });
    const last = i === items.length - 1;
    if (!noted.has(i) && !it[2] && !last) continue;
    motions.push(motionMention(text, groupStart, it.index + it[0].length, group, !!it[2]));
    group = [];
  }
  return { motions, end: motions.at(-1)!.end };
}

/**
 * The Kamer's vote records are titled "Stemming motie Dakloosheid", "Stemming aangehouden motie Raad
 * Algemene Zaken": the words after "motie " are the debate's title, not a submitter.
 */
// Also quoted in lower case when it says which motions ("‘stemmingen overige moties Ontwikkelingen rondom het
// coronavirus’"); "bij de stemming over de motie Eerdmans" names a motion.
const VOTE_TITLE_BEFORE = new RegExp(
  String.raw`(?:^|[^${LETTER}])(?:Stemming(?:en)?(?:[ \u00a0]+(?:over|een|de|aangehouden|gewijzigde|ingetrokken|overige|enkele))*|stemming(?:en)?(?:[ \u00a0]+(?:over|een|de))*(?:[ \u00a0]+(?:aangehouden|gewijzigde|ingetrokken|overige|enkele))+)[ \u00a0]+$`,
);

/** Whether "motie" or "moties" at `at` is joined to the name by a hyphen ("motie-Eerdmans", "moties-Van Dijk"). */
function hyphenated(text: string, at: number): boolean {
  return text.charAt(at + (text.charAt(at + 5) === 's' ? 6 : 5)) === '-';
}

/** Whether "motie(s)" at `at` opens such a title (the Kamer's own "Stemming motie-Fritsma c.s." does name one). */
function inVoteTitle(text: string, at: number): boolean {
  return !hyphenated(text, at) && VOTE_TITLE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * After "motie Name" (no hyphen), another capitalised word on the same line, maybe after "van"/"de": a
 * heading or a table's header row ("Omschrijving motie Vindplaats Stand van Zaken"), not a submitter.
 * A party after "van" is written in capitals ("van JA21", "van de PVV") and does not count.
 */
const CAPITALISED_NEXT = new RegExp(String.raw`^[ \t\u00a0]+(?:(?:van|de|der|den|het)[ \t\u00a0]+)*(?!Kamerstuk|Handelingen)[${UPPER}][${LOWER}]+(?![${LETTER}\d])`);

/** Whether a short form "motie(s) Name" from `start` to `end` is such a heading (a "c.s." or hyphen says it is not). */
function headingAfter(text: string, start: number, end: number, cs: boolean): boolean {
  return !cs && !hyphenated(text, start) && CAPITALISED_NEXT.test(text.slice(end, end + 40));
}

function motionMention(text: string, start: number, end: number, people: MotionSignatory[], cs: boolean): MotionMention {
  return { kind: 'motion', start, end, text: text.slice(start, end), indieners: people.map((p) => p.surname), signatories: people, cs };
}

/** The short form's party before "c.s." ("Motie-Rehwinkel (PvdA) c.s."). */
const SHORT_PARTY = /[\s\u00a0]*\([\s\u00a0]*([^()]*?)[\s\u00a0]*\)$/;

/** "Dijkstra/Postma" -> two signatories; a party after a name ("Van Haga (FVD)/ Kuzu", "Rehwinkel (PvdA) c.s.") is its own. */
function shortList(names: string): MotionSignatory[] {
  return names.split('/').map((name) => {
    const party = SHORT_PARTY.exec(name);
    const person: MotionSignatory = { surname: capitaliseSurname(withoutInitials(party ? name.slice(0, party.index) : name)) };
    if (party) person.party = party[1]!;
    return person;
  });
}

const NUMBERED_HEAD = /^[Mm]otie[ \u00a0]\d/;
/** A reference where the long form reads a party: "(36327-68)", "(Kamerstuk 36450-44)", "(kst-36327-68)". */
const NUMBER_AS_PARTY = /[\s\u00a0]*\([\s\u00a0]*(?:Kamerstuk|[Kk]st|[Nn]r\.?[\s\u00a0]|[^()]*\d{4})[^()]*\)(?:[\s\u00a0]*(?:,|en|\/))?[\s\u00a0]*$/;
const HYPHEN_PARTICLE = new RegExp(`-${SO}(${TUSSEN_LOWER})$`);
const PARTY_NEXT = /^[ \u00a0]?\([A-Za-z\d /-]{1,24}\)/;

/** The motion one MOTION match names, or null when its "names" are not names. */
function motionOf(text: string, m: RegExpExecArray): MotionMention | null {
  if (inVoteTitle(text, m.index)) return null;
  const written = m[1] ?? m[2]!;
  const short = m[1] === undefined;
  // "de motie van het lid Koops (36327-68)": the parenthesis read as a party was the motion's number.
  const numbered = short ? null : NUMBER_AS_PARTY.exec(written);
  const list = (numbered ? written.slice(0, numbered.index) : written).replace(LIST_END, '');
  const start = m.index;
  let end = start + m[0].length - (written.length - list.length);
  const cs = CS_END.test(list);
  // "de motie Ceder-Six Dijkstra over ...": the word after two joined names is the second's two-word surname.
  const rest = short && !cs && list.indexOf('-') > 0 ? SURNAME_REST.exec(text.slice(end, end + 40)) : null;
  if (rest) end += rest[0].length;
  else if (short && headingAfter(text, start, end, cs)) return null;
  // A council's numbered motion ("Motie 1057 Van Aelst (SP)", "Motie 3056 Smeets c.s. inzake ...", Provinciale Staten):
  // only with the party or "c.s." after the name.
  if (short && NUMBERED_HEAD.test(m[0]) && !cs && !PARTY_NEXT.test(text.slice(end, end + 30))) return null;
  const names = (rest ? list + rest[0] : list).replace(CS_END, '');
  const people = short ? shortList(names) : parseList(names);
  // "de motie-van Apeldoorn c.s.": the particle after the hyphen is the first name's own.
  const particle = short ? HYPHEN_PARTICLE.exec(m[0].slice(0, m[0].length - written.length)) : null;
  if (particle && people[0]) people[0].surname = capitaliseSurname(`${particle[1]!.trim()} ${people[0].surname}`);
  if (!membersNamed(people)) return null;
  while (end > start && /[\s\u00a0]/.test(text[end - 1]!)) end--;
  const second = short && !cs ? secondSubmitter(text, end) : null;
  if (second) {
    people.push({ surname: second.surname });
    end = second.end;
  }
  const mention = motionMention(text, start, end, people, cs || !!second?.cs);
  const subject = short ? subjectAfter(text, end) : (OVER_SUBJECT.exec(m[0])?.[1]?.replace(/[\s\u00a0]+/g, ' ') ?? subjectAfter(text, end));
  if (subject) mention.subject = subject;
  if (PROPOSED.test(m[0])) mention.proposed = true;
  return mention;
}

const SURNAME_REST = new RegExp(`^[ \u00a0][${UPPER}][${LOWER}]+(?=[ \u00a0]+(?:over|om|die|dat|is|werd|van|en)[ \u00a0]|[,.;:)])`);

/** The chair's "Deze motie is voorgesteld door ..." (also "ondertekend"): the motion just proposed. */
const PROPOSED = /^[Mm]otie[ \u00a0]+(?:is|werd)[ \u00a0]+(?:voorgesteld|ondertekend)[ \u00a0]+door/;

/**
 * A motion's own title in a Kamerstuk, in capitals: "MOTIE VAN HET LID RIKKERS-OOSTERKAMP", "GEWIJZIGDE
 * MOTIE VAN DE LEDEN VAN DER PLAS EN GRINWIS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 541". Names are
 * runs of capitalised words; "EN", "OVER", "TER VERVANGING", "C.S." and a vote's outcome are not part of one.
 */
const CAPS_WORD = `(?!(?:EN|OVER|OM|INZAKE|TER[ \u00a0]VERVANGING|C\\.S\\.|CS|AANGENOMEN|VERWORPEN|INGEDIEND|AANGEHOUDEN|INGETROKKEN)(?![${UPPER}'\u2019-]))[${UPPER}][${UPPER}'\u2019]*(?:-[${UPPER}][${UPPER}'\u2019]*)*(?![a-z\u00df-\u00f6\u00f8-\u00ff]|\\.[${UPPER}])`;
const CAPS_NAME = `${CAPS_WORD}(?:[ \u00a0]${CAPS_WORD}){0,4}`;
const CAPS_TITLE = `MOTIE[ \u00a0](?:VAN[ \u00a0])?(?:(?:HET|DE)[ \u00a0])?(LID|LEDEN)[ \u00a0](${CAPS_NAME}(?:(?:,[ \u00a0]|[ \u00a0]EN[ \u00a0])${CAPS_NAME}){0,9})([ \u00a0](?:C\\.[ \u00a0]?S\\.|CS\\.?))?(?![${LETTER}])`;
const CAPS_SEPARATOR = /,[ \u00a0]|[ \u00a0]EN[ \u00a0]/;

/** "THIJSSEN BROMET" -> ["THIJSSEN", "BROMET"]; a particle goes with the word after it ("VAN DER PLAS OMTZIGT"). */
function wordsAsNames(run: string): string[] {
  const names: string[] = [];
  let name: string[] = [];
  for (const word of run.split(/[ \u00a0]/)) {
    name.push(word);
    if (TUSSENVOEGSELS.has(word.toLowerCase())) continue;
    names.push(name.join(' '));
    name = [];
  }
  if (name.length > 0) names.push(name.join(' '));
  return names;
}

/** Made on the first text with "MOTIE" in it: most pages have none. */
let capsTitle: RegExp | null = null;

/** "VAN DER PLAS" -> "Van der Plas", "DIEDERIK VAN DIJK" -> "Diederik van Dijk", "RIKKERS-OOSTERKAMP" -> "Rikkers-Oosterkamp". */
function fromCapitals(name: string): string {
  const words = name.toLowerCase().split(/[ \u00a0]/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && TUSSENVOEGSELS.has(w)) continue;
    words[i] = w.indexOf('-') < 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
  }
  return words.join(' ');
}

function capitalTitles(text: string): MotionMention[] {
  if (text.indexOf('MOTIE') < 0) return [];
  capsTitle ??= new RegExp(CAPS_TITLE, 'y');
  const out: MotionMention[] = [];
  // Tried where "MOTIE" stands as a word of its own (a look-behind first would be tried at every character).
  for (let at = text.indexOf('MOTIE'); at >= 0; at = text.indexOf('MOTIE', at + 5)) {
    if (touchesBefore(text, at)) continue;
    capsTitle.lastIndex = at;
    const m = capsTitle.exec(text);
    if (!m) {
      // "een UITSTEKENDE MOTIE van het lid Tony van Dijck" (a blog's emphasis): the rest as the long form.
      const read = text.startsWith(' van ', at + 5) ? readAsLongForm('motie', text.slice(at + 5, at + 300)) : null;
      if (read) out.push(motionMention(text, at, at + 5 + read.end, read.people, read.cs));
      continue;
    }
    // Only members' names follow "HET LID" or "DE LEDEN" in capitals: no check for parties or words.
    let names = m[2]!.split(CAPS_SEPARATOR);
    // "DE LEDEN THIJSSEN BROMET" (a page that dropped the "EN"): members, so each word a name of its own.
    if (names.length === 1 && m[1] === 'LEDEN') names = wordsAsNames(names[0]!);
    const people = names.map((name) => ({ surname: fromCapitals(name) }));
    const start = m.index;
    const end = start + m[0].length;
    const mention = motionMention(text, start, end, people, !!m[3]);
    mention.heading = true;
    out.push(mention);
  }
  return out;
}

/**
 * "is door de leden Timmermans (GroenLinks-PvdA), Bikker (ChristenUnie) en Van Hijum (NSC) een motie ingediend",
 * "de door Kamerlid Hermans ingediende motie", "de door Lodewijk Asscher (PvdA) en Thierry Aartsen (VVD) ingediende
 * motie"; news: "Kamerleden Palmen (NSC) en Chakor (GL-PvdA) dienden een motie in", "Senator Koffeman (PvdD) diende een
 * gewijzigde motie in", "VVD-Kamerlid Erkens diende een motie in", "Tweede Kamerlid Glimina Chakor (GroenLinks-PvdA) diende
 * een soortgelijke motie in" (the members the sentence's subject).
 */
const EEN_BEFORE = /(?:^|[^A-Za-z])(?:een(?:(?:[ \u00a0]+[a-z]{2,12})?[ \u00a0]+[a-z]{2,16}e)?|ingediende|voorgestelde)[ \u00a0]+$/;
/** The same before "moties": "Kamerlid Kathmann diende over het onderwerp twee moties in" (tech press, 2024). */
const COUNT_BEFORE = /(?:^|[^A-Za-z])(?:twee|drie|vier|vijf|enkele|meerdere|diverse|[2-9])(?:[ \u00a0]+[a-z]{2,16}e)?[ \u00a0]+$/;
/** The members' role, with their party before it as news writes it: "VVD-Kamerlid", "GL-PvdA-Kamerleden", "PvdA- Kamerlid", "PvdD-senator". */
const SUBMITTERS_ROLE = `(?:[A-Z\\d][A-Za-z\\d&]*-[ \u00a0]?){0,2}(?:(?:Tweede[ \u00a0-]?)?[Kk]amerleden|(?:Tweede[ \u00a0-]?)?[Kk]amerlid|[Ss]enatoren|[Ss]enator|(?<=-)(?:fractievoorzitter|fractieleider|partijleider|oppositieleider|leider|voor(?:man|vrouw)|kop(?:man|vrouw)|lijsttrekker))`;
/** The members named by title or role: "de leden", "het lid", "(de) VVD-Kamerleden", "PvdD-senator". */
const SUBMITTERS = `(?:de[ \u00a0]+leden|het[ \u00a0]+lid|(?:(?:de|het)[ \u00a0]+)?${SUBMITTERS_ROLE})`;
/** The verbs members submit a motion with: "dient", "dienen", "diende", "dienden"; or "heeft"/"hebben" ... "ingediend". */
const SUBMITS = 'dien(?:t|en|de|den)';
const HAS = 'heeft|hebben|had|hadden';
/**
 * Without a title, a member named with a party right after the name ("Frans Timmermans (GroenLinks-PvdA) heeft samen
 * met Dilan Yeşilgöz (VVD) een motie ingediend", news 2025): nothing of the name is taken, the list reads it.
 */
const NAME_AND_PARTY = `[A-Z][^\\s().,;:!?]*(?:[ \u00a0](?:[A-Z]|(?:van|de|der|den|ter|ten|te|['\u2019]t)[ \u00a0])[^\\s().,;:!?]*){0,3}[ \u00a0]\\([A-Za-z][A-Za-z\\d/ -]{1,28}\\),?[ \u00a0]`;
const NAME_WITH_PARTY = `(?=${NAME_AND_PARTY})`;
/** A surname alone, then a member with a party: "dienden Keijzer, Fleur Agema (PVV), ... en ... een nieuwe motie in" (2024). */
const NAME_THEN_PARTY = `(?=[A-Z][^\\s().,;:!?]*,[ \u00a0]+${NAME_AND_PARTY})`;
/** A surname, then "samen met" and the others: "diende Jetten samen met Joost Eerdmans (JA21) hierover een motie in" (2025). */
const NAME_WITH_OTHERS = `(?=[A-Z][^\\s().,;:!?]*[ \u00a0]+samen[ \u00a0]+met[ \u00a0]+[A-Z])`;
/**
 * A subordinate clause's members, its verb after "motie": "toen Frans Timmermans een bijna identieke motie indiende" (news 2024).
 */
const CONJUNCTION = '(?:[Tt]oen|[Nn]adat|[Oo]mdat|[Dd]oordat|[Ww]aarna|[Tt]erwijl|[Dd]at|[Zz]odat|[Ww]anneer|[Aa]ls|[Ss]inds|[Vv]oordat)';
const SUBMITTED_AT_CLAUSE_END = /^[ \u00a0]+(?:indient|indienen|indiende|indienden|(?:had|hadden|heeft|hebben)[ \u00a0]+ingediend)(?![a-z])/;
/**
 * Where the members start (2, 3, 4): after "door" or a conjunction (1; the members in 2), after the verb with their title ("Op 22
 * mei dient het lid Haage een motie in", 3), or at a sentence's start with their title or the first one's party, the verb after them (4).
 */
const LIST_OPENS = new RegExp(
  `(?:(?:^|[^A-Za-z])(?:(door|${CONJUNCTION})[ \u00a0]+(${SUBMITTERS}[ \u00a0]+|(?=[A-Z]))|(?:${SUBMITS}|${HAS})[ \u00a0]+(${SUBMITTERS}[ \u00a0]+|${NAME_WITH_PARTY}|${NAME_THEN_PARTY}|${NAME_WITH_OTHERS}))|` +
    `(?:^|[.!?]["'\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)((?:(?:Het|De)[ \u00a0]+)?${SUBMITTERS_ROLE}[ \u00a0]+|Het[ \u00a0]+lid[ \u00a0]+|De[ \u00a0]+leden[ \u00a0]+|${NAME_WITH_PARTY}))`,
  'g',
);
/** The members' verb: "dient", "dienden"; or "heeft"/"hebben" and "een motie ingediend" after it; a few words after either. */
// "heeft ... een motie ingediend" may hold a long adverbial: "Frans Timmermans (GroenLinks-PvdA) heeft aan het begin van het
// debat over de regeringsverklaring van het kabinet-Schoof een motie van wantrouwen aangekondigd" (news, 2024).
const SUBMITTED = new RegExp(`[ \u00a0]+(?:${SUBMITS}(?:[ \u00a0]+[^\\s.;:!?,]+){0,4}|(${HAS})(?:[ \u00a0]+[^\\s.;:!?,]+){0,14})$`);
const SUBMITTED_AFTER_MOTION = /^(?:[ \u00a0]+van[ \u00a0]+(?:wantrouwen|afkeuring|treurnis))?[ \u00a0]+(?:ingediend|voorgesteld|aangekondigd|gevraagd|verzocht|opgeroepen)(?![a-z])/;
const HAS_BEFORE = new RegExp(`^[^A-Za-z]?(?:${HAS})[ \u00a0]`);
/** "samen met" between members: "De Groot samen met Pieter Grinwis"; after their verb, the others come after it. */
const TOGETHER = /[ \u00a0]+samen[ \u00a0]+met[ \u00a0]+/g;
const TOGETHER_AFTER_VERB = new RegExp(`[ \u00a0]+(${SUBMITS}|${HAS})[ \u00a0]+samen[ \u00a0]+met[ \u00a0]+(.+)$`);

/**
 * Members written elsewhere than after "motie", read by the long form's own pattern as if they followed
 * `head` ("motie van de leden "): no second copy of the names' pattern. Where they end, relative to `rest`.
 */
export function readAsLongForm(head: string, rest: string): { people: MotionSignatory[]; cs: boolean; end: number; subject?: string } | null {
  const read = motionAtStart(head + rest);
  return read && { people: read.signatories, cs: read.cs, end: read.end - head.length, ...(read.subject ? { subject: read.subject } : {}) };
}

/**
 * Members with their role, then "in een motie": "laten Kamerleden Habtamu de Hoop (GroenLinks-PvdA), Pieter Grinwis
 * (ChristenUnie) en Mpanzu Bamenga (D66) in een motie weten" (OOG TV, 2024). The mention runs from the role to "motie".
 */
const ROLE_THEN_IN_A = new RegExp(`(?:^|[^A-Za-z])(${SUBMITTERS_ROLE})[ \u00a0]+([A-Z][^.;:!?\\n]{1,200}?)[ \u00a0]+in[ \u00a0]+(?:een|hun|haar|zijn)[ \u00a0]+$`);

function inAMotion(text: string, at: number): MotionMention | null {
  if (/[A-Za-z]/.test(text.charAt(at + 5))) return null;
  const from = Math.max(0, at - 240);
  const m = ROLE_THEN_IN_A.exec(text.slice(from, at));
  if (!m) return null;
  const read = readAsLongForm('motie van de leden ', m[2]!);
  if (!read || read.end !== m[2]!.length) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return motionMention(text, start, at + 5, read.people, read.cs);
}

/** The members named before "een motie" at `at`: the submitters first, in a letter or a report. */
function namedBefore(text: string, at: number): MotionMention | null {
  // "twee moties" of one member or several: one mention, as "een motie".
  const plural = text.charCodeAt(at + 5) === 0x73 /* s */;
  if (plural && /[A-Za-z]/.test(text.charAt(at + 6))) return null;
  const count = plural ? COUNT_BEFORE : EEN_BEFORE;
  const word = plural ? 6 : 5;
  if (!count.test(text.slice(Math.max(0, at - 24), at))) return null;
  const from = Math.max(0, at - 240);
  const window = text.slice(from, at);
  let open: RegExpExecArray | null = null;
  LIST_OPENS.lastIndex = 0;
  for (let m = LIST_OPENS.exec(window); m; m = LIST_OPENS.exec(window)) {
    open = m;
    // A member named with a party opens the list without taking a character: go on past it.
    if (m[0].length === 0) LIST_OPENS.lastIndex++;
  }
  if (!open) return null;
  let names = window.slice(open.index + open[0].length).replace(count, '');
  if (open[1] !== undefined && open[1] !== 'door') {
    if (!SUBMITTED_AT_CLAUSE_END.test(text.slice(at + word, at + 30))) return null;
    names = names.replace(TOGETHER, ' en ');
  }
  // "hebben de Kamerleden X (NSC) en Y (CDA) een motie ingediend" (2024): only with "ingediend" after it.
  if (open[3] !== undefined && HAS_BEFORE.test(open[0]) && !SUBMITTED_AFTER_MOTION.test(text.slice(at + word, at + 48))) return null;
  // After the verb, an adverb may stand between the members and "een motie" ("diende Raoul White (GL-PvdA) vandaag een motie in").
  if (open[3] !== undefined) names = names.replace(TOGETHER, ' en ').replace(/(?:[ \u00a0]+[a-z]{3,14}){1,2}[ \u00a0]*$/, '');
  if (open[4] !== undefined) {
    // The members as the subject: their verb before "een motie", the others after it ("X (GL-PvdA) heeft samen met Y
    // (VVD) een motie ingediend": X and Y, then the verb).
    names = names.replace(TOGETHER_AFTER_VERB, ' en $2 $1');
    const verb = SUBMITTED.exec(names);
    if (!verb || (verb[1] && !SUBMITTED_AFTER_MOTION.test(text.slice(at + word, at + 48)))) return null;
    names = names.slice(0, verb.index);
  }
  // "De door Joba van den Berg (CDA) mede namens Attje Kuiken (PvdA) ingediende motie": both are its members.
  names = names.replace(/[ \u00a0]+mede[ \u00a0]+namens[ \u00a0]+/g, ' en ');
  if (names.length === 0 || /[\n.;:!?]/.test(names.replace(/c\.[ \u00a0]?s\./g, ''))) return null;
  const read = readAsLongForm('motie van de leden ', names);
  // The whole run between "de leden" and "een" must be the list, nothing else.
  if (!read || read.end !== names.length) return null;
  const start = from + open.index + open[0].length - (open[2] ?? open[3] ?? open[4])!.length;
  return motionMention(text, start, at + word, read.people, read.cs);
}

/**
 * A member named as a sentence's subject, the verb and "een" or "de" before "motie": "Timmermans diende de motie van
 * wantrouwen in", "Van Baarle diende uiteindelijk de motie in" (ANP, 2024-2025); with the party after the name and "had
 * ... ingediend": "Derk Boswijk van het CDA had een motie ingediend" (news, 2024). A word alone before the verb is as
 * often an adverb or a pronoun ("Toen diende", "Zij diende"), so a surname alone counts only where the text names that
 * person elsewhere with a first name or a title ("Frans Timmermans", "DENK-leider Stephan van Baarle").
 */
const SUBJECT_NAME = new RegExp(
  `(?:^|[.!?]["'\u201d\u2019]?[ \u00a0]+|\n[ \u00a0]*)((?:[${UPPER}][${LOWER}]+[ \u00a0]+)?(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \u00a0]+){0,3}[${UPPER}][${LOWER}'\u2019]+(?:-[${UPPER}][${LOWER}]+)?)(?:[ \u00a0]+van[ \u00a0]+(?:het[ \u00a0]+|de[ \u00a0]+)?${PARTY_NAME})?[ \u00a0]+(?:${SUBMITS}|(heeft|had))(?:[ \u00a0]+[a-z]{3,14}){0,2}[ \u00a0]+(?:een|de|(twee|drie|vier|vijf|[2-9]))(?:[ \u00a0]+[a-z]{2,16}e)?[ \u00a0]+$`,
);
/** Words that open a sentence before its verb and are no name. */
const NOT_A_SUBJECT = new Set(
  'Hij Zij Ze Die Dat Dit Deze Er Het Ook Toen Daarom Daarna Vervolgens Gisteren Vandaag Morgen Eerder Later Uiteindelijk Nu Zo Wel Eerst Tot Na Voor Daarop Daarmee Hiermee Bovendien Tevens Verder Daarnaast Opnieuw Nogmaals Intussen Inmiddels Destijds Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Iedereen Niemand Men Wie Welke Elke'.split(' '),
);

function subjectNamed(text: string, at: number): MotionMention | null {
  // "Beckerman dient drie moties in" (OOG TV, 2025): a count before the plural.
  const plural = text.charAt(at + 5) === 's' && !/[A-Za-z]/.test(text.charAt(at + 6));
  if (!plural && /[A-Za-z]/.test(text.charAt(at + 5))) return null;
  const from = Math.max(0, at - 120);
  const m = SUBJECT_NAME.exec(text.slice(from, at));
  if (!m || plural !== (m[3] !== undefined)) return null;
  // "heeft een motie": only with "ingediend" after it.
  if (m[2] && !SUBMITTED_AFTER_MOTION.test(text.slice(at + (plural ? 6 : 5), at + 48))) return null;
  const name = m[1]!.replace(/[\s\u00a0]+/g, ' ');
  const words = name.split(' ');
  if (NOT_A_SUBJECT.has(words[0]!) || notAName(name)) return null;
  // "Frans Timmermans": a first name and a surname; a surname alone, with its particles as written in a sentence ("van Baarle").
  const firstName = words.length > 1 && /^[A-Z][a-z]+$/.test(words[0]!) && !TUSSENVOEGSELS.has(words[0]!.toLowerCase());
  const surname = firstName ? words.slice(1).join(' ') : name;
  if (!firstName && !namedElsewhere(text, surname)) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  // With the first name, as the other forms keep it (it tells namesakes apart).
  return motionMention(text, start, at + (plural ? 6 : 5), [{ surname: capitaliseSurname(name) }], false);
}

/** Whether the text names this surname with a first name or a member's title before it ("Stephan van Baarle", "Kamerlid Timmermans"). */
export function namedElsewhere(text: string, surname: string): boolean {
  const words = surname.split(' ');
  const last = words.pop()!;
  const particles = words.map((w) => w.toLowerCase()).join('[ \u00a0]+');
  // The surname is letters and apostrophes only (SUBJECT_NAME): nothing to escape.
  const written = `${particles ? `${particles}[ \u00a0]+` : ''}${last}`;
  for (const m of text.matchAll(new RegExp(`(?<![A-Za-z])([A-Z][a-z]+|[Kk]amerlid|leider|voorzitter|[Ss]enator|heer|mevrouw)[ \u00a0]+${written}(?![${LOWER}])`, 'g'))) {
    // Not a word that opens a phrase: "In Gaza", "the State Israel".
    if (!NOT_FIRST_NAMES.has(m[1]!)) return true;
  }
  return false;
}
const NOT_FIRST_NAMES = new Set('In Op Voor Met Van De Het Een Naar Uit Bij Over Door Om Na Staat Dat Die Ook Maar En Of The On For With To From At By And State'.split(' '));

/** A surname right before "-motie"; particles only in capitals: the "de" of "de Keijzer-motie" is the article. */
const NAME_HYPHEN = /(?:^|[^A-Za-z\u00c0-\u024f'\u2019-])((?:(?:Van|De|Ter)[ \u00a0](?:(?:de|den|der)[ \u00a0])?)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u017e]+)-$/;

/**
 * A member's surname before "-motie": "de Keijzer-motie", "de Omtzigt-motie" (news), where the text names that member
 * elsewhere with a first name or a title. Not "de PVV-motie", "de WHO-motie" or "de Gaza-motie".
 */
function hyphenedBefore(text: string, at: number): MotionMention | null {
  if (text.charCodeAt(at - 1) !== 0x2d /* - */ || /[A-Za-z]/.test(text.charAt(at + 5))) return null;
  const from = Math.max(0, at - 30);
  const m = NAME_HYPHEN.exec(text.slice(from, at));
  if (!m) return null;
  const name = m[1]!.replace(/\u00a0/g, ' ');
  if (notAName(name) || !namedElsewhere(text, name)) return null;
  return motionMention(text, from + m.index + m[0].indexOf(m[1]!), at + 5, [{ surname: capitaliseSurname(name) }], false);
}

/** "het lid " or "de leden " (with the space after): the members' title a reading waits for after "van" or "door". */
const LID_OR_LEDEN = `(?:het[ \u00a0]+lid|de[ \u00a0]+leden)[ \u00a0]`;

/**
 * A motion named by its number, then by its members: "de motie 35570-XIX, letter G, van het lid Otten cum suis",
 * "de motie 36410-XIV, nr. 53 van het lid Grinwis", an interest group's list "De motie (30169-63) van Ellemeet". The
 * number, read by the Kamerstuk detector, is a mention of its own; the motion is the members.
 */
const NUMBER_FOLLOWS = /^[Mm]otie[ \u00a0]+(?:(\()(EK[ \u00a0]+)?)?(?=[1-3]\d)/;
/** After the number: a member's title, or after a number in parentheses any "van" (an Eerste Kamer reprint: "L herdruk"). */
const MEMBERS_FOLLOW = new RegExp(`^,?[ \u00a0]+(?=van[ \u00a0]+${LID_OR_LEDEN})`);
const MEMBERS_FOLLOW_PARENTHESES = /^(?:[ \u00a0]+herdruk)?\)[ \u00a0]+(?=van[ \u00a0])/;

function membersAfterNumber(text: string, at: number): MotionMention | null {
  const head = NUMBER_FOLLOWS.exec(text.slice(at, at + 16));
  if (!head) return null;
  let from = at + head[0].length;
  // "(EK 33.000, K)" is read with its parenthesis.
  if (head[2]) from -= head[2].length + 1;
  const number = detectKamerstukken(text.slice(from, from + 40))[0];
  if (!number || number.start !== (head[2] ? 1 : 0)) return null;
  const gap = (head[1] ? MEMBERS_FOLLOW_PARENTHESES : MEMBERS_FOLLOW).exec(text.slice(from + number.end, from + number.end + 24));
  const mention = gap ? membersAt(text, from + number.end + gap[0].length) : null;
  if (mention) mention.numberBefore = true;
  return mention;
}

/**
 * The Eerste Kamer's letter, then the members: "de motie met letter F van het lid Schalk" (Handelingen I, 2017), "de motie
 * met letters AO van Crone c.s." (a senator in a debate, 2023: a name without a title after the letters).
 */
const LETTER_THEN_MEMBERS = new RegExp(`^[Mm]otie[ \u00a0]+met[ \u00a0]+(?:de[ \u00a0]+)?letters?[ \u00a0]+[A-Z]{1,2}[ \u00a0]+(?=van[ \u00a0]+(?:${LID_OR_LEDEN}|[A-Z]))`);

function membersAfterLetter(text: string, at: number): MotionMention | null {
  const head = LETTER_THEN_MEMBERS.exec(text.slice(at, at + 40));
  return head ? membersFrom(text, at, at + head[0].length, 'motie ') : null;
}

/**
 * The members at `from` as a list ("motie van de leden ..."), else as one member named by party ("ingediend door CU'er
 * Pieter Grinwis" reads after "van", not after "van de leden").
 */
function membersOrPartyMember(text: string, start: number, from: number): MotionMention | null {
  return membersFrom(text, start, from, 'motie van de leden ') ?? membersFrom(text, start, from, 'motie van ');
}

/** "van het lid X ..." at `from` (or what follows `head` there), read as the long form after "motie", with its subject. */
function membersAt(text: string, from: number, head = 'motie '): MotionMention | null {
  return membersFrom(text, from, from, head);
}

/** The members at `from` read as what follows `head`; the mention runs from `start` (its "motie") to their end. */
function membersFrom(text: string, start: number, from: number, head: string): MotionMention | null {
  const read = readAsLongForm(head, text.slice(from, from + 300));
  if (!read) return null;
  const mention = motionMention(text, start, from + read.end, read.people, read.cs);
  if (read.subject) mention.subject = read.subject;
  return mention;
}

/**
 * The members in a relative clause after "motie": "de motie die door het lid Nijboer is ingediend", "de motie die
 * eerder door de leden Kuik en Palland werd ingediend", "... is aangehouden" (the mention runs to the verb); news:
 * "De motie, ingediend door onder anderen Inge van Dijk (CDA), Bontenbal (CDA) en Vermeer (NSC), stelt", "de motie, die
 * was ingediend door Tweede Kamerleden Kati Piri (PvdA) en Suzanne Kröger (GroenLinks)", "nam ook een motie aan die werd
 * ingediend door Marieke Koekkoek van Volt", "een motie die donderdag is ingediend door CDA-Tweede Kamerlid Inge van
 * Dijk" (1Limburg, 2023), "De motie, ondertekend door de
 * Kamerleden Klaver, Slob, Pechtold en Thieme, werd"; a minister's letter: "voer ik de motie van de Tweede Kamer uit die in 2018
 * werd ingediend door de leden Beckerman, Nijboer en Geluk-Poortvliet".
 */
const SUBMITTED_BY = new RegExp(`^[Mm]otie[ \u00a0]+die[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?door[ \u00a0]+(?=${LID_OR_LEDEN})`);
const SUBMITTED_AFTER = /^[ \u00a0]+(?:is|werd|was|zijn|werden|waren)[ \u00a0]+(?:ingediend|voorgesteld|aangehouden|ingetrokken)/;

const SUBMITTED_BY_NEWS = new RegExp(
  `^[Mm]otie(?:[ \u00a0]+van[ \u00a0]+de[ \u00a0]+(?:Tweede[ \u00a0]+)?Kamer(?:[ \u00a0]+uit)?)?` +
    `(?:,[ \u00a0]+|[ \u00a0]?[-\u2013\u2014][ \u00a0]?|(?:[ \u00a0]+aan)?,?[ \u00a0]+die[ \u00a0]+(?:(?:in[ \u00a0]+\\d{4}|[a-z]{2,12})[ \u00a0]+){0,3}?(?:is|was|werd)[ \u00a0]+)(?:ingediend|ondertekend)[ \u00a0]+door[ \u00a0]+` +
    `(?:onder[ \u00a0]+(?:anderen|andere|meer)[ \u00a0]+)?(?:${SUBMITTERS}[ \u00a0]+)?(?=[A-Z])`,
);

/**
 * The members after a comma: "De eerste motie, van senator Vendrik (GroenLinks), verzoekt", "De tweede motie, eveneens van ...",
 * the chair's "de volgende motie, van de heer Van Apeldoorn, met letter P".
 */
const COMMA_THEN_MEMBERS = new RegExp(
  `^[Mm]otie,[ \u00a0]+(?:(?:eveneens|ook)[ \u00a0]+)?(?=van[ \u00a0]+(?:${SUBMITTERS}|${MEMBER_TITLE})[ \u00a0])`,
);

/**
 * The same after an aside between commas: "Een motie hierover, ondertekend door Kamerleden van de drie partijen, werd
 * dinsdagavond ingediend door CU'er Pieter Grinwis" (Nederlands Dagblad, 2025). The aside starts in lower case.
 */
const ASIDE_THEN_SUBMITTED_BY = new RegExp(
  `^[Mm]otie(?:[ \u00a0]+(?:hierover|daarover|hiertoe|daartoe))?,[ \u00a0]+[a-z][^.;:!?()\n,]{2,80},[ \u00a0]+(?:is|was|werd|wordt)(?:[ \u00a0]+[a-z]{2,24}){0,3}?[ \u00a0]+ingediend[ \u00a0]+door[ \u00a0]+` +
    `(?:onder[ \u00a0]+(?:anderen|andere|meer)[ \u00a0]+)?(?:${SUBMITTERS}[ \u00a0]+)?(?=[A-Z])`,
);

/**
 * The members as the subject after "motie" and their verb: "In deze motie vragen Olger van Dijk en Pierik de regering om
 * aandacht voor ..." (a summary service, 2025), or after "waarin": "Een andere motie waarin Eerdmans het demissionaire
 * kabinet oproept" (ANP, 2024). Only with whom they ask after the names.
 */
const ASKING_IN_IT = new RegExp(
  `^[Mm]otie(?:,?[ \u00a0]+(?:vragen|vraagt|verzoeken|verzoekt|roepen|roept)|[ \u00a0]+waarin)[ \u00a0]+(?:${SUBMITTERS}[ \u00a0]+)?(?=[A-Z])`,
);
/** Whom they ask, right after the names: "de regering", "het (demissionaire) kabinet"; after the verb also "om". */
const WHOM_ASKED = /^,?[ \u00a0]+(?:de[ \u00a0]+(?:regering|minister|staatssecretaris|premier)|het[ \u00a0]+(?:[a-z]{3,16}e[ \u00a0]+)?kabinet|om[ \u00a0])/;

function askingInIt(text: string, at: number): MotionMention | null {
  const head = ASKING_IN_IT.exec(text.slice(at, at + 60));
  if (!head) return null;
  const members = membersOrPartyMember(text, at, at + head[0].length);
  return members && WHOM_ASKED.test(text.slice(members.end, members.end + 40)) ? members : null;
}

function submittedBy(text: string, at: number): MotionMention | null {
  const news = SUBMITTED_BY_NEWS.exec(text.slice(at, at + 90)) ?? ASIDE_THEN_SUBMITTED_BY.exec(text.slice(at, at + 200));
  if (news) return membersOrPartyMember(text, at, at + news[0].length);
  const comma = COMMA_THEN_MEMBERS.exec(text.slice(at, at + 60));
  if (comma) return membersFrom(text, at, at + comma[0].length, 'motie ');
  const head = SUBMITTED_BY.exec(text.slice(at, at + 60));
  const members = head ? membersFrom(text, at, at + head[0].length, 'motie van ') : null;
  const tail = members && SUBMITTED_AFTER.exec(text.slice(members.end, members.end + 40));
  return tail ? motionMention(text, at, members!.end + tail[0].length, members!.signatories, members!.cs) : null;
}

/**
 * The members as the subject of a relative clause, news style: "een motie die De Groot samen met Pieter Grinwis
 * (ChristenUnie) indiende" (2024), "De motie die CDA-Kamerlid Sander de Rouwe woensdagavond indient" (2010), "een motie die
 * Frans Timmermans (GroenLinks-PvdA) heeft ingediend" (2025), "Een motie met deze strekking die JA21-leider Joost Eerdmans had
 * ingediend" (ANP, 2024). Only names that
 * start with a capital and read as a list, and a few words in lower case, before the verb.
 */
const RELATIVE_CLAUSE = new RegExp(
  `^[Mm]otie(?:[ \u00a0]+(?:met|van)[ \u00a0]+(?:deze|die|dezelfde)[ \u00a0]+strekking|[ \u00a0]+(?:hierover|daarover|hiertoe|daartoe))?[ \u00a0]+die[ \u00a0]+(?:${SUBMITTERS}[ \u00a0]+)?([A-Z][^.;:!?()\\n]{1,60}(?:\\([^()\\n]{1,40}\\)[^.;:!?()\\n]{0,60})*?)[ \u00a0]+(?:(?:heeft|hebben|had|hadden)[ \u00a0]+ingediend|(?:in)?dien(?:t|en|de|den))(?![a-z])`,
);

/**
 * The same in the passive: "een motie die door Kamerleden Omtzigt en Bontenbal werd ingediend", "die eerder door X is
 * ingediend", with the subject first and where the member is from after the name: "De motie over de N35 die vanmiddag
 * door CDA-Kamerlid Von Martels uit Dalfsen in de Tweede Kamer wordt ingediend" (RTV Oost, 2018; the mention ends at the name).
 */
const PASSIVE_RELATIVE_CLAUSE = new RegExp(
  `^[Mm]otie(?:[ \u00a0]+over[ \u00a0]+((?:[^\\s.,;:!?()]+[ \u00a0]+){0,5}?[^\\s.,;:!?()]+))?,?[ \u00a0]+die[ \u00a0]+(?:[a-z]{2,12}[ \u00a0]+)?door[ \u00a0]+(?:${SUBMITTERS}[ \u00a0]+)?([A-Z][^.;:!?()\n]{1,60}(?:\\([^()\\n]{1,40}\\)[^.;:!?()\\n]{0,60})*?)[ \u00a0]+(?:werd|werden|is|zijn|was|waren|wordt|worden)[ \u00a0]+(?:[a-z]{2,12}[ \u00a0]+)?(?:ingediend|voorgesteld)(?![a-z])`,
);

/**
 * The passive of a main clause, the members between its verbs: "Een motie van die strekking werd in een Kamerdebat over het
 * WHO-verdrag door BBB-Kamerlid Mona Keijzer ingediend" (ANP, 2024). The mention runs to the last verb. Kept small (a
 * page's heap holds every pattern's code): a few openings and titles, the name reader takes "BBB-Kamerlid" itself.
 */
const PASSIVE_MAIN_CLAUSE = new RegExp(
  `^[Mm]otie(?:[ \u00a0]+(?:(?:van|met)[ \u00a0]+(?:die|deze)[ \u00a0]+strekking|hierover|daarover))?[ \u00a0]+(?:werd|is|wordt|was)[ \u00a0]+(?:[^\\s.,;:!?()]+[ \u00a0]+)*?door[ \u00a0]+(?:(?:de[ \u00a0]+)?(?:Tweede[ \u00a0-]?)?[Kk]amerleden[ \u00a0]+|de[ \u00a0]+leden[ \u00a0]+|het[ \u00a0]+lid[ \u00a0]+)?([A-Z][^.;:!?()\n]{1,60}(?:\\([^()\n]{1,40}\\)[^.;:!?()\n]{0,60})*?)[ \u00a0]+(?:ingediend|voorgesteld)(?![a-z])`,
);

/** Where a member is from or speaks, after the name: " uit Dalfsen", " in de Tweede Kamer", " namens de VVD". */
const PLACE_AFTER_NAME = /^[ \u00a0]+(?:uit|in|namens|tijdens|vanuit)[ \u00a0]/;

function relativeClause(text: string, at: number): MotionMention | null {
  const main = PASSIVE_MAIN_CLAUSE.exec(text.slice(at, at + 240));
  if (main) {
    const read = readAsLongForm('motie van de leden ', main[1]!);
    if (read && read.end === main[1]!.length) return motionMention(text, at, at + main[0].length, read.people, read.cs);
  }
  const passive = PASSIVE_RELATIVE_CLAUSE.exec(text.slice(at, at + 240));
  if (passive) {
    const names = passive[2]!;
    const read = readAsLongForm('motie van de leden ', names);
    if (!read || (read.end !== names.length && !PLACE_AFTER_NAME.test(names.slice(read.end)))) return null;
    const end = read.end === names.length ? at + passive[0].length : at + passive[0].lastIndexOf(names) + read.end;
    const mention = motionMention(text, at, end, read.people, read.cs);
    if (passive[1]) mention.subject = passive[1];
    return mention;
  }
  const m = RELATIVE_CLAUSE.exec(text.slice(at, at + 200));
  if (!m) return null;
  // Words in lower case before the verb are no names ("Sander de Rouwe woensdagavond indient"), nor the parties on whose
  // behalf too ("die VVD-leider Dilan Yeşilgöz woensdagavond mede namens NSC indiende", 2023).
  const lowerAtEnd = /(?:[ \u00a0]+[a-z]{2,20}){1,3}$/;
  const names = m[1]!.replace(TOGETHER, ' en ').replace(lowerAtEnd, '');
  let read = readAsLongForm('motie van de leden ', names);
  let whose = names;
  if (!read || read.end !== names.length) {
    whose = m[1]!.replace(/[ \u00a0]+mede[ \u00a0]+namens[ \u00a0].*$/, '').replace(lowerAtEnd, '');
    read = whose === names ? null : readAsLongForm('motie van de leden ', whose);
  }
  if (!read || read.end !== whose.length) return null;
  return motionMention(text, at, at + m[0].length, read.people, read.cs);
}

/** The speaker among the members (a debate): "de motie van mij en mevrouw Buitenweg". The others are its members. */
const SPEAKER_FIRST = /^[Mm]otie[ \u00a0]+van[ \u00a0]+mij(?:zelf)?[ \u00a0]+en[ \u00a0]+/;

function withSpeaker(text: string, at: number): MotionMention | null {
  const head = SPEAKER_FIRST.exec(text.slice(at, at + 30));
  return head ? membersFrom(text, at, at + head[0].length, 'motie van ') : null;
}

/**
 * A motion with its members in parentheses: numbered, joined by "&" (a sector's blog: "Motie 73 (Pechtold &
 * Dik-Faber)"), or without a number when the parentheses hold more than one member or "c.s." ("de motie (Teunissen
 * cs)", "de motie (Omtzigt/Bontenbal)"); one name alone there may be a party's ("de motie (PVV)").
 */
const MEMBERS_IN_PARENTHESES = /^[Mm]otie([ \u00a0]\d{1,4})?[ \u00a0]\(([^()\n]{3,80})\)/;
const MORE_THAN_ONE = /[&/]|[ \u00a0](?:en|c\.[ \u00a0]?s\.|cs)(?:[ \u00a0]|$)/;

function membersInParentheses(text: string, at: number): MotionMention | null {
  const m = MEMBERS_IN_PARENTHESES.exec(text.slice(at, at + 100));
  if (!m || (!m[1] && (!MORE_THAN_ONE.test(m[2]!) || !/^[A-Z\u00c0-\u00de]/.test(m[2]!)))) return null;
  const names = m[2]!.replace(/[ \u00a0]*[&/][ \u00a0]*/g, ' en ');
  const read = readAsLongForm('motie van de leden ', names);
  if (!read || read.end !== names.length) return null;
  return motionMention(text, at, at + m[0].length, read.people, read.cs);
}

/**
 * A motion named by its member's possessive, as news writes it: "Van Dijks motie stelt voor", "Agema's motie",
 * "Wilders' aangehouden motie", "Jasper van Dijks motie" (the mention starts at the surname). An adjective may come
 * between ("Omtzigts eerdere motie", "aangenomen"), not an article ("Dus een motie") nor "nav".
 */
// Small on purpose (it compiles once per page): the checks around it are made in code.
const POSSESSIVE = new RegExp(
  `((?:(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en|[Tt]e|[Ii]n|[Oo]p)[ \u00a0](?:(?:de|der|den|het)[ \u00a0])?)?[${UPPER}][${LOWER}]{2,}(?:-[${UPPER}][${LOWER}]+)?)` +
    `(?:['\u2019]s?|s)[ \u00a0](?:([a-z]{1,12}en?)[ \u00a0])?$`,
);
/** Words that end in "s" before "motie" without being a member's possessive, and words that are no adjective. */
const NOT_POSSESSIVE = new Set(
  'Iets Niets Eens Anders Wiens Diens Iemands Ieders Elders Steeds Thans Slechts Soms Tevens Eveneens Alles Rechts Links Volgens Middels Tijdens Blijkens Ondanks'.split(' '),
);
const NOT_ADJECTIVE = new Set('een de die deze geen elke iedere welke dezelfde diezelfde onze hun haar zijn mijn uw'.split(' '));

/**
 * The member as the motion's proposer: "Dat zegt indiener van de motie, PvdD-Kamerlid Christine Teunissen" (2024),
 * "Initiatiefnemer SP-Kamerlid Sarah Dobbe van de motie verwees naar ..." (2025). The mention runs over both.
 */
const PROPOSER = '(?:^|[^A-Za-z])((?:[Ii]ndiener|[Ii]nitiatiefnemer)s?)[ \u00a0]+';
const PROPOSER_THEN_MOTION = new RegExp(`${PROPOSER}van[ \u00a0]+de[ \u00a0]+$`);
const PROPOSER_NAMED_FIRST = new RegExp(`${PROPOSER}([A-Z][^.;:!?()\n]{1,80}?(?:\\([^()\n]{1,30}\\))?)[ \u00a0]+van[ \u00a0]+de[ \u00a0]+$`);
const MEMBERS_AFTER_COMMA = /^,?[ \u00a0]+(?=[A-Z])/;

function proposer(text: string, at: number): MotionMention | null {
  if (/[A-Za-z]/.test(text.charAt(at + 5))) return null;
  const from = Math.max(0, at - 120);
  const window = text.slice(from, at);
  if (window.indexOf('ndiener') < 0 && window.indexOf('nitiatiefnemer') < 0) return null;
  const plain = PROPOSER_THEN_MOTION.exec(window);
  if (plain) {
    const gap = MEMBERS_AFTER_COMMA.exec(text.slice(at + 5, at + 8));
    return gap ? membersFrom(text, from + plain.index + plain[0].indexOf(plain[1]!), at + 5 + gap[0].length, 'motie van ') : null;
  }
  const named = PROPOSER_NAMED_FIRST.exec(window);
  if (!named) return null;
  const read = readAsLongForm('motie van ', named[2]!);
  if (!read || read.end !== named[2]!.length) return null;
  return motionMention(text, from + named.index + named[0].indexOf(named[1]!), at + 5, read.people, read.cs);
}

function possessive(text: string, at: number): MotionMention | null {
  if (/[A-Za-z]/.test(text.charAt(at + 5))) return null; // "moties", "motiemarkt"
  const from = Math.max(0, at - 60);
  const m = POSSESSIVE.exec(text.slice(from, at));
  if (!m || (m[2] && NOT_ADJECTIVE.has(m[2]))) return null;
  const before = text.slice(Math.max(0, from + m.index - 24), from + m.index);
  if (/[A-Za-z\u00c0-\u024f\d'\u2019-]$/.test(before)) return null;
  // A particle in lower case only after a first name ("Jasper van Dijks motie").
  if (/^[a-z]/.test(m[1]!) && !/[A-Z][a-z]+[ \u00a0]$/.test(before)) return null;
  const name = m[1]!.replace(/[\s\u00a0]+/g, ' ');
  // The possessive word itself: the name's last word with its "s" or apostrophe ("Iets" of "Iets motie").
  const written = m[0].split(/[ \u00a0]+/)[name.split(' ').length - 1]!;
  if (NOT_POSSESSIVE.has(written) || notAName(name)) return null;
  const mention = motionMention(text, from + m.index, at + 5, [{ surname: capitaliseSurname(name) }], false);
  const subject = subjectAfter(text, at + 5);
  if (subject) mention.subject = subject;
  return mention;
}

/**
 * The other motions of "de moties van ...": "de moties van de leden Geurts en Schonis en van de leden Moorlag en
 * Schonis", "de moties van het lid Nijboer c.s. over ... (Kamerstuk 31 066, nr. 964), van het lid Paul c.s. over ...
 * (Kamerstuk 31 066, nr. 966) en van het lid Omtzigt c.s. over ...". Each "van het lid"/"van de leden" after a comma,
 * a ")" or "en", up to the end of the item or sentence. After a motion's reference ")" the "van" may be left out, and
 * the title too when the names have a reference of their own: "de moties van de leden Kahraman en Hirsch (Kamerstuk
 * 22 054, nr. 414), Dobben en Van Baarle (Kamerstuk 22 054, nr. 415) en het lid Tuinman (Kamerstuk 22 054, nr. 407)".
 */
const NEXT_OF_MEMBERS =
  /(?:^,?[ \u00a0]+en[ \u00a0]+|[,)][ \u00a0]*(?:en[ \u00a0]+)?)(?=van[ \u00a0]+(?:de[ \u00a0]+leden|het[ \u00a0]+lid)[ \u00a0])|\)[ \u00a0]*(?:,[ \u00a0]*(?:en[ \u00a0]+)?|en[ \u00a0]+)(?=(?:de[ \u00a0]+leden|het[ \u00a0]+lid)[ \u00a0]|[A-Z])/g;
const ITEM_END = /[;\n]|\.[ \u00a0]+[A-Z]/;

function othersOfPlural(text: string, end: number): MotionMention[] {
  const out: MotionMention[] = [];
  const rest = text.slice(end, end + 1200);
  const stop = ITEM_END.exec(rest);
  const span = stop ? rest.slice(0, stop.index) : rest;
  NEXT_OF_MEMBERS.lastIndex = 0;
  // "en" right after the first motion's names, or a comma or ")" (a subject ending in its reference) before "van".
  for (let m = NEXT_OF_MEMBERS.exec(span); m; m = NEXT_OF_MEMBERS.exec(span)) {
    const from = end + m.index + m[0].length;
    // "van het lid X", "het lid X" (the "van" left out), or the names alone.
    const written = text.startsWith('van', from) ? 'van' : /^(?:de|het)[ \u00a0]/.test(text.slice(from, from + 4)) ? 'title' : 'names';
    const next = membersAt(text, from, written === 'van' ? 'motie ' : written === 'title' ? 'motie van ' : 'motie van de leden ');
    // Names alone are another motion only with a reference of their own.
    if (!next || (written === 'names' && !/^[ \u00a0]*\(/.test(text.slice(next.end, next.end + 4)))) continue;
    out.push(next);
    NEXT_OF_MEMBERS.lastIndex = next.end - end;
  }
  return out;
}

/** The motion Dutch would write as `probe` ("motie-Karimi (GroenLinks-PvdA) ..."), read from its start, or null. */
export function motionAtStart(probe: string): MotionMention | null {
  MOTION.lastIndex = 0;
  const m = MOTION.exec(probe);
  return m ? motionOf(probe, m) : null;
}

/** Whether the names read are a motion's members: none of them a party or a word, not every one a municipality. */
function membersNamed(people: MotionSignatory[]): boolean {
  return people.length > 0 && !people.some((p) => notAName(p.surname)) && !people.every((p) => MUNICIPALITIES.has(p.surname));
}

export function detectMotions(text: string): MotionMention[] {
  const out: MotionMention[] = [];
  // At each "motie"/"Motie" (from the scan for "moti" the English motions share); where an "s" follows, the plural form
  // is tried first.
  let after = 0;
  for (const at of motiStarts(text)) {
    if (at < after || text.charCodeAt(at + 4) !== 0x65 /* e */) continue;
    let end = -1;
    if (text.charCodeAt(at + 5) === 0x73 /* s */) {
      const plural = pluralMotions(text, at);
      if (plural) {
        out.push(...plural.motions);
        end = plural.end;
      }
    }
    if (end < 0) {
      MOTION.lastIndex = at;
      const m = MOTION.exec(text);
      const motion = m ? motionOf(text, m) : null;
      const before = motion ? null : (namedBefore(text, at) ?? membersAfterNumber(text, at) ?? membersAfterLetter(text, at) ?? membersInParentheses(text, at) ?? submittedBy(text, at) ?? askingInIt(text, at) ?? relativeClause(text, at) ?? withSpeaker(text, at) ?? possessive(text, at) ?? hyphenedBefore(text, at) ?? proposer(text, at) ?? subjectNamed(text, at) ?? inAMotion(text, at));
      if (motion) out.push(motion);
      else if (before) out.push(before);
      // "de moties van het lid Geurts c.s. en van het lid Weverling c.s.": two motions.
      if (motion && text.startsWith('oties', at + 1)) out.push(...othersOfPlural(text, motion.end));
      // A match read as no motion leaves the "motie" inside it to be tried: "Motie Motie van het lid Jimmy Dijk over ..."
      // (a forum's post, its kind before its title).
      if (m && motion) end = m.index + m[0].length;
    }
    after = Math.max(end, at + 1);
  }
  const titles = capitalTitles(text);
  return titles.length === 0 ? out : [...out, ...titles].sort((x, y) => x.start - y.start);
}
