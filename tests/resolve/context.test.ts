import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import type { MotionMention } from '../../lib/detect/types';
import { buildMotionContext } from '../../lib/resolve/context';
import { documentDate } from '../../lib/resolve/dates';

const seed = (name: string) => readFileSync(resolve(import.meta.dirname, '..', '..', 'seeds', name), 'utf8');

function contextOf(text: string, written: string, subject = '') {
  const ms = detect(text);
  const m = ms.find((x): x is MotionMention => x.kind === 'motion' && (written.startsWith(x.text) || x.text.startsWith(written)) && (x.subject ?? '').startsWith(subject))!;
  return buildMotionContext(text, ms, m);
}

describe('motion context from a text', () => {
  it('takes the reference written right after the motion', () => {
    const ctx = contextOf(seed('001_e35ced1a020bd30f.txt'), 'motie Eerdmans');
    expect(ctx.adjacentRefs).toEqual([{ dossier: 32317, toevoeging: null, ondernummer: 919 }]);
  });

  it('reads a text that opens with a line break (a block that starts with a <br>): it once looped there for ever', () => {
    const ctx = contextOf('\nDe motie-Van Ojik c.s. over de IND (35570-VI, nr. 88).', 'motie-Van Ojik c.s.');
    expect(ctx.adjacentRefs).toEqual([{ dossier: 35570, toevoeging: 'VI', ondernummer: 88 }]);
  });

  it('takes the number a list of motions gives each one first ("-31066-503-Motie van het lid Omtzigt c.s.")', () => {
    const list = 'Overzicht ingediende moties:\n\n-31066-503-Motie van het lid Omtzigt c.s. om ouders schadeloos te stellen. AANGENOMEN.\n-31066-505-Motie van het lid Leijten spreekt haar afkeuring uit. VERWORPEN.\n| 36471-27 | Motie van het lid Eerdmans over asiel |';
    expect(contextOf(list, 'Motie van het lid Omtzigt').adjacentRefs).toEqual([{ dossier: 31066, toevoeging: null, ondernummer: 503 }]);
    expect(contextOf(list, 'Motie van het lid Leijten').adjacentRefs).toEqual([{ dossier: 31066, toevoeging: null, ondernummer: 505 }]);
    expect(contextOf(list, 'Motie van het lid Eerdmans').adjacentRefs).toEqual([{ dossier: 36471, toevoeging: null, ondernummer: 27 }]);
    // A vote list: each line's number is its motion's, not the next line's.
    const votes = 'Onderstaande moties werden aangenomen:\n34 376, nr. 5 -de motie-Voortman/Recourt over toegankelijker ingerichte registers\n34 376, nr. 6 -de motie-Amhaouch over een lobbyparagraaf';
    expect(contextOf(votes, 'motie-Voortman').adjacentRefs).toEqual([{ dossier: 34376, toevoeging: null, ondernummer: 5 }]);
    expect(contextOf(votes, 'motie-Amhaouch').adjacentRefs).toEqual([{ dossier: 34376, toevoeging: null, ondernummer: 6 }]);
    // A site's list of votes: each entry opens with its number on a line of its own, after a blank line.
    const entries = 'Stemmingen:\n\n32820-439\nMotie van het lid Westerveld c.s. over de culturele sector \nVERWORPEN\n\n32820-440\nMotie van het lid Wuite over de makers\nAANGENOMEN';
    expect(contextOf(entries, 'Motie van het lid Westerveld c.s.').adjacentRefs).toEqual([{ dossier: 32820, toevoeging: null, ondernummer: 439 }]);
    expect(contextOf(entries, 'Motie van het lid Wuite').adjacentRefs).toEqual([{ dossier: 32820, toevoeging: null, ondernummer: 440 }]);
    // Not a number at the end of the line before (the motion's paragraph goes on from it).
    expect(contextOf('Motie van het lid Kwint\n32820-441\nMotie van het lid Wuite over de makers', 'Motie van het lid Wuite').adjacentRefs).toEqual([]);
    // A reference that ends the sentence before is not the motion's number.
    expect(contextOf('Zie Kamerstuk 31066, nr. 12. Motie van het lid Leijten over iets', 'Motie van het lid Leijten').adjacentRefs).toEqual([]);
  });

  it('reads "t.v.v." as the motion replaced, not the one meant, and a number written without its dossier', () => {
    const blog = 'Op 14 februari werd nr. 27 Motie van het lid Eerdmans ingediend. Een dag later: Nader gewijzigde motie van het lid Eerdmans nr. 30 (t.v.v. 36471-28). Deze keer zegt de motie iets anders.';
    const first = contextOf(blog, 'Motie van het lid Eerdmans');
    expect(first.numbers).toEqual([27]);
    const amended = detect(blog).filter((m): m is MotionMention => m.kind === 'motion')[1]!;
    const ctx = buildMotionContext(blog, detect(blog), amended);
    expect(ctx.adjacentRefs).toEqual([]);
    expect(ctx.replacedRefs).toEqual([{ dossier: 36471, toevoeging: null, ondernummer: 28 }]);
    expect(ctx.numbers).toEqual([30]);
    // Handelingen: "de motie op stuk nr. 10 van de heer Pechtold c.s.".
    expect(contextOf('In stemming komt de motie op stuk nr. 10 van de heer Pechtold c.s. over iets.', 'motie op stuk nr. 10').numbers).toEqual([10]);
  });

  it("stops at the motion's own reference: a reference on a later line of a page's metadata is another document's", () => {
    const page = 'Antwoord inzake de aangenomen motie van het lid Janssen c.s. over zeggenschap (Kamerstuk 35 526, L)\nDocument date 20-04-2021\nReference 35526, nr. 60\nCommission(s) JV';
    const ctx = contextOf(page, 'motie van het lid Janssen c.s.');
    expect(ctx.adjacentRefs).toEqual([{ dossier: 35526, toevoeging: null, ondernummer: null, letter: 'L' }]);
    expect(ctx.pageRefs).toContainEqual({ dossier: 35526, toevoeging: null, ondernummer: 60 });
  });

  it('follows a superscript footnote marker to the footnote at the bottom', () => {
    const ctx = contextOf(seed('002_2f786cff75be9c35.txt'), 'motie aangenomen van de leden Ceder');
    expect(ctx.footnoteRefs).toEqual([{ dossier: 36871, toevoeging: null, ondernummer: 67 }]);
    expect(ctx.pageDate).toBe('2026-06-22');
  });

  it('follows a plain footnote number after a full stop ("Boomsma.9")', () => {
    const ctx = contextOf(seed('004_01acd338cb303e0a.txt'), 'motie van de leden Van Zanten en Boomsma');
    expect(ctx.footnoteText).toBe('Kamerstuk 32317, nr. 983.');
    expect(ctx.before).toContain('verkenning naar de modernisering van verdragen');
  });

  it('follows a footnote number stuck to the mention ("c.s.3")', () => {
    const text = 'de eerdere motie van het lid Dassen c.s.3 waarin de regering werd verzocht.\n\n3 Kamerstuk 34 700 VII, nr. 46\n';
    const ctx = contextOf(text, 'motie van het lid Dassen c.s.');
    expect(ctx.footnoteRefs).toEqual([{ dossier: 34700, toevoeging: 'VII', ondernummer: 46 }]);
  });

  it('reads a footnote written "Noot 1: ..." (the publications\' text export)', () => {
    const text = 'Op 18 oktober 2018 heeft uw Kamer de motie van het lid Özütok1 (GroenLinks) aangenomen, waarin de regering wordt verzocht te onderzoeken.\n\nDe Minister,\nK.H. Ollongren\n\nNoot 1: Kamerstuk 35 000 VII, nr. 18.';
    const ctx = contextOf(text, 'motie van het lid Özütok');
    expect(ctx.footnoteRefs).toEqual([{ dossier: 35000, toevoeging: 'VII', ondernummer: 18 }]);
  });

  it('does not take the reference of another document named after the motion for the motion\'s', () => {
    const text = 'de uitvoering van de motie van het lid Azmani c.s. en informeren we u over de Kamerbrief van 12 september 2016 (Kamerstukken 32 824 en 29 279, nr. 148).';
    expect(contextOf(text, 'motie van het lid Azmani c.s.').adjacentRefs).toEqual([]);
    // A letter in the motion's own subject does not count.
    const own = 'de motie van het lid Bikker over de brief van de minister (Kamerstuk 36 600, nr. 26).';
    expect(contextOf(own, 'motie van het lid Bikker').adjacentRefs).toEqual([{ dossier: 36600, toevoeging: null, ondernummer: 26 }]);
  });

  it("does not take a reference in a motion's own text (its considerations cite other motions) for the motion's", () => {
    const page = 'Motie Ouwehand: weidegang voor koeien wettelijk borgen\n\n\n23 februari 2017\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de Kamer de motie 34000-XIII-80 heeft aangenomen, waarin';
    expect(contextOf(page, 'Motie Ouwehand').adjacentRefs).toEqual([]);
  });

  it('takes a reference nearby with the number a debate gives the motion ("de motie op stuk nr. 157 ... haar motie (30545, nr. 157)")', () => {
    const debate =
      'Het gaat om de motie op stuk nr. 157 over beschut werk van mevrouw Vermeij en mijzelf, die is ingediend bij het VAO.\n\nDe voorzitter:\n\nOp verzoek van mevrouw Vermeij stel ik voor, haar motie (30545, nr. 157) aan te houden.';
    expect(contextOf(debate, 'motie op stuk nr. 157').adjacentRefs).toEqual([{ dossier: 30545, toevoeging: null, ondernummer: 157 }]);
    // Two dossiers with that number nearby: neither.
    const two = debate + ' Ook de motie (34000-VIII, nr. 157) wordt aangehouden.';
    expect(contextOf(two, 'motie op stuk nr. 157').adjacentRefs).toEqual([]);
  });

  it("takes the reference after the debate's date in a budget annex's row of motions (\"Vindplaats\")", () => {
    const row =
      'Omschrijving motie Vindplaats Stand van Zaken\nMotie van Haverkamp over het benadrukken van politiespecifieke elementen. Onderzoek is toegezegd. 27-02-2008 Spoeddebat CAO-onderhandelingen politie (29 628, nr. 77) De Tweede Kamer wordt na het zomerreces geïnformeerd.';
    expect(contextOf(row, 'Motie van Haverkamp').adjacentRefs).toEqual([{ dossier: 29628, toevoeging: null, ondernummer: 77 }]);
    // Not without the row's date, nor in running text.
    expect(contextOf('Motie van Haverkamp over de politie. Zie ook de brief (29 628, nr. 77).', 'Motie van Haverkamp').adjacentRefs).toEqual([]);
  });

  it('takes the number the chair gives a motion just proposed ("Zij krijgt nr. 537 (33529)")', () => {
    const debate =
      'De voorzitter:\n\nDeze motie is voorgesteld door de leden Beckerman, Nijboer, Akerboom en Van der Lee. Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.\n\nZij krijgt nr. 537 (33529).';
    expect(contextOf(debate, 'motie is voorgesteld door de leden Beckerman').adjacentRefs).toEqual([{ dossier: 33529, toevoeging: null, ondernummer: 537 }]);
  });

  it('in a list of letters, takes the reference at the end of an item for the letter\'s, not the motion\'s it answers', () => {
    const list =
      'Lijst van stukken:\n  • de brief van de Minister van Economische Zaken d.d. 21 december 2012 met reactie van het CPB op de motie van het lid Anne Mulder c.s. over het openbaar maken van CPB-stukken (Kamerstuk 33 400 XVI, nr. 125);\n' +
      '  • de brief van de Minister van Economische Zaken 15 april 2013 inzake afschrift van het antwoord van het CPB op de motie-Pechtold c.s. over de doorrekening van investeringen in onderwijs (Kamerstuk 33 566, nr. 25);\n';
    expect(contextOf(list, 'motie van het lid Anne Mulder c.s.').adjacentRefs).toEqual([]);
    expect(contextOf(list, 'motie-Pechtold c.s.').adjacentRefs).toEqual([]);
    // The motion's own reference comes first, the letter's last.
    const both =
      'de brief van de Staatssecretaris van Justitie en Veiligheid d.d. 3 juli 2023 inzake uitvoering van de motie van de leden Kröger en Piri over het realiseren van tijdige en naadloze overdracht van medische dossiers (Kamerstuk 19 637-3083) (Kamerstuk 19 637, nr. 3129);';
    expect(contextOf(both, 'motie van de leden Kröger en Piri').adjacentRefs).toEqual([{ dossier: 19637, toevoeging: null, ondernummer: 3083 }]);
    // An item wrapped at a fixed width: it starts at its dash, lines above the motion (a committee's report, 2024).
    const wrapped =
      '– de brief van de Minister voor Buitenlandse Handel d.d. 5 november\n2024 inzake rapport (Kamerstuk 22 054, nr. 434);\n' +
      '– de brief van de Minister voor Buitenlandse Handel d.d. 1 juli 2024 inzake uitvoering\nvan de motie van het lid De Roon over een plan om de exportcontroles naar Iran op\nte voeren (Kamerstuk 36 410 V, nr. 44) (Kamerstuk 36 600 V, nr. 5);';
    expect(contextOf(wrapped, 'motie van het lid De Roon').adjacentRefs).toEqual([{ dossier: 36410, toevoeging: 'V', ondernummer: 44 }]);
    const onlyLetter =
      '– de brief van de Minister voor Medische Zorg d.d. 9 juni 2020 inzake voortgang\nexperiment en uitvoering gewijzigde motie van het lid Laan-Geselschap\nc.s. over begeleiding van burgemeesters\n(Kamerstuk 34 997, nr. 34);';
    expect(contextOf(onlyLetter, 'motie van het lid Laan-Geselschap').adjacentRefs).toEqual([]);
    // A budget article's number and name ("begrotingsartikel 31. Politie") end no sentence (a committee's report, 2023).
    const article =
      '- de brief van de minister van Justitie en Veiligheid d.d. 22 juni 2023 inzake reactie op de motie van de leden Helder en Van der Werf over het uitsplitsen van begrotingsartikel 31. Politie in meerdere begrotingsartikelen (Kamerstuk 36200-VI-52) (36200-VI, nr. 140);';
    expect(contextOf(article, 'motie van de leden Helder en Van der Werf').adjacentRefs).toEqual([{ dossier: 36200, toevoeging: 'VI', ondernummer: 52 }]);
    // A motion named in another's subject: the reference is the first one's (a committee's report, 2023).
    const nested =
      '− de brief van de Minister voor Natuur en Stikstof d.d. 7 juli 2022 inzake uitstel uitvoering motie van het lid Beckerman over uitvoering geven aan de eerder aangenomen motie-Beckerman/Hagen over pfas en de Hedwigepolder (Kamerstukken 28 089, nr. 238) (Kamerstuk 28 089, nr. 240);';
    expect(contextOf(nested, 'motie van het lid Beckerman').adjacentRefs).toEqual([{ dossier: 28089, toevoeging: null, ondernummer: 238 }]);
    expect(contextOf(nested, 'motie-Beckerman/Hagen').adjacentRefs).toEqual([]);
    // Motions in a list, or with a reference between them, are not nested.
    const bullets = 'Overzicht:- 35000-VIII-67- Motie van het lid Kwint c.s. over de voorschool ONTRADEN- 35000-VIII-70 – Motie van het lid Van den Hul c.s. over gratis voorscholen';
    expect(contextOf(bullets, 'Motie van het lid Van den Hul c.s.').adjacentRefs).toEqual([{ dossier: 35000, toevoeging: 'VIII', ondernummer: 70 }]);
    const inList = 'de motie van het lid Klaver over de zorg en de motie-Jetten over het onderwijs (Kamerstuk 36 600, nr. 12)';
    expect(contextOf(inList, 'motie-Jetten').adjacentRefs).toEqual([{ dossier: 36600, toevoeging: null, ondernummer: 12 }]);
    // The second motion of a long item, more than 300 characters in (a committee's report, 2024).
    const long =
      '  • de brief van de Minister van Landbouw, Natuur en Voedselkwaliteit d.d. 20 februari 2024 inzake reactie op de motie van het lid Tjeerd de Groot over de bio-industrie uitfaseren en overgaan tot een dierwaardige veehouderij met als basis het familiebedrijf (Kamerstuk 36 410-XIV, nr. 52) en over de motie van de leden Tjeerd de Groot en Grinwis over koersen op de omvang en de belangen van de Nederlandse melkveehouderij bij de inrichting van de kalverhouderij (Kamerstuk 36 410-XIV, nr. 53) (Kamerstuk 28 286, nr. 1327).';
    expect(contextOf(long, 'motie van de leden Tjeerd de Groot en Grinwis').adjacentRefs).toEqual([{ dossier: 36410, toevoeging: 'XIV', ondernummer: 53 }]);
    // A letter that carries out the motion cites the motion.
    const own = 'Met deze brief geef ik uitvoering aan de motie van het lid Bikker over de zorg (Kamerstuk 36 600, nr. 26).';
    expect(contextOf(own, 'motie van het lid Bikker').adjacentRefs).toEqual([{ dossier: 36600, toevoeging: null, ondernummer: 26 }]);
    // In a letter's item, a reference right after the motion's name is still the motion's.
    const named = '  • de brief van de minister over de motie-Pechtold c.s. (Kamerstuk 33 566, nr. 12) en de uitvoering daarvan;';
    expect(contextOf(named, 'motie-Pechtold c.s.').adjacentRefs).toEqual([{ dossier: 33566, toevoeging: null, ondernummer: 12 }]);
  });

  it("takes a table's flattened \"Vindplaats\" line after the motion's paragraph (a ministry's overview of motions)", () => {
    const table = `Omschrijving

Vindplaats

De motie van het lid Wuite c.s.; Verzoekt de regering om de herijking van het sociaal minimum van Caribisch Nederland mee te nemen.

Kamerstukken II 2022/23, 36200 IV, nr. 12

Afgedaan. De uitvoering van de motie is overgedragen aan het ministerie van SZW.`;
    expect(contextOf(table, 'motie van het lid Wuite c.s.').adjacentRefs).toEqual([{ dossier: 36200, toevoeging: 'IV', ondernummer: 12 }]);
    // Not when the paragraph names two motions: the line could be either's.
    const two = table.replace('De motie van het lid Wuite c.s.;', 'De motie van het lid Wuite c.s. en de motie-Van Dijk;');
    expect(contextOf(two, 'motie van het lid Wuite c.s.').adjacentRefs).toEqual([]);
    // With the motion it replaced after the reference (the Gemeentefonds budget's annex, 2022).
    const amended = table.replace('36200 IV, nr. 12', '36200 IV, nr. 64 (t.v.v. 58)');
    expect(contextOf(amended, 'motie van het lid Wuite c.s.').adjacentRefs).toEqual([{ dossier: 36200, toevoeging: 'IV', ondernummer: 64 }]);
  });

  it('takes the number written between "motie" and its members for the motion\'s ("De motie (30169-63) van Ellemeet")', () => {
    const list = '  • De motie (30169-63) van Ellemeet over een bewustwordingscampagne\n  • De motie (30169-66) van Kuzu over mantelzorgers';
    expect(contextOf(list, 'van Ellemeet').adjacentRefs).toEqual([{ dossier: 30169, toevoeging: null, ondernummer: 63 }]);
    expect(contextOf(list, 'van Kuzu').adjacentRefs).toEqual([{ dossier: 30169, toevoeging: null, ondernummer: 66 }]);
  });

  it('takes the number before an amended motion\'s heading on its line (rijksbegroting.nl)', () => {
    const page = 'Vaststelling begroting Binnenlandse Zaken 2020\n\n35300 VII 44 GEWIJZIGDE MOTIE VAN HET LID ÖZÜTOK TER VERVANGING VAN DIE GEDRUKT ONDER NR. 16\n\nVergaderjaar 2019-2020';
    expect(contextOf(page, 'MOTIE VAN HET LID ÖZÜTOK').adjacentRefs).toEqual([{ dossier: 35300, toevoeging: 'VII', ondernummer: 44 }]);
  });

  it('takes the number on a line of its own above a motion\'s heading in capitals, blank lines between (a blog that reprints the motion)', () => {
    const page = 'met algemene stemmen aangenomen.\n\n \n\n33 770 nr. 4\n\n \n\nMOTIE VAN HET LID NIJKERKEN-DE HAAN C.S.\n\nVoorgesteld tijdens het Notaoverleg';
    expect(contextOf(page, 'MOTIE VAN HET LID NIJKERKEN-DE HAAN C.S.').adjacentRefs).toEqual([{ dossier: 33770, toevoeging: null, ondernummer: 4 }]);
    // Not a motion named in a sentence below a reference.
    const prose = 'Zie Kamerstuk 33 770, nr. 4\n\nDe motie van het lid Nijkerken-de Haan vraagt';
    expect(contextOf(prose, 'motie van het lid Nijkerken-de Haan').adjacentRefs).toEqual([]);
  });

  it('carries the reference of a proposed motion to a later mention of its first submitter alone (a debate)', () => {
    const debate = 'Deze motie is voorgesteld door de leden Peters en Duyvendak. Zij krijgt nr. 37 (31209).\n\nEigenlijk is de motie van mevrouw Peters een vervolg op de verworpen motie.';
    expect(contextOf(debate, 'motie van mevrouw Peters').earlierRefs).toEqual([{ dossier: 31209, toevoeging: null, ondernummer: 37 }]);
    // Not to the next motion the chair announces, of one of them (Handelingen 2016: its number is cut off).
    const next = debate.replace('Eigenlijk is de motie van mevrouw Peters een vervolg op de verworpen motie.', 'De voorzitter: Deze motie is voorgesteld door het lid Peters. Naar mij blijkt');
    expect(contextOf(next, 'motie is voorgesteld door het lid Peters').earlierRefs).toBeUndefined();
    // Not to the second submitter, nor to a mention with "c.s.".
    expect(contextOf(debate.replace('mevrouw Peters', 'de heer Duyvendak'), 'motie van de heer Duyvendak').earlierRefs).toBeUndefined();
    // Co-signers written as "c.s." (Handelingen 2005: the agenda, then the speakers).
    const vote = 'Aan de orde is de stemming over de motie-Slob c.s. over de meldkamer (30300 VII, nr. 21).\n\nVoorzitter. De motie-Slob is ingediend bij de behandeling van de begroting.';
    const ms = detect(vote);
    const later = ms.filter((m): m is MotionMention => m.kind === 'motion')[1]!;
    expect(later.text).toBe('motie-Slob');
    expect(buildMotionContext(vote, ms, later).earlierRefs).toEqual([{ dossier: 30300, toevoeging: 'VII', ondernummer: 21 }]);
  });

  it('carries the reference of an earlier mention of the same submitters to a later one', () => {
    const text = 'uitvoering van de motie van het lid Marijnissen c.s. (Kamerstuk 35510-21) en de motie van lid Klaver c.s. (Kamerstuk 35510-16). Over de motie Marijnissen c.s. merk ik op dat het kan.';
    const ms = detect(text);
    const later = ms.filter((m): m is MotionMention => m.kind === 'motion')[2]!;
    expect(later.text).toBe('motie Marijnissen c.s.');
    expect(buildMotionContext(text, ms, later).earlierRefs).toEqual([{ dossier: 35510, toevoeging: null, ondernummer: 21 }]);
    // Also for a copy of the mention that is not in the list itself (a page's context window).
    expect(buildMotionContext(text, ms, { ...later }).earlierRefs).toEqual([{ dossier: 35510, toevoeging: null, ondernummer: 21 }]);
  });

  it('takes a speaker\'s "motie-Timmermans-Koenders" for the "motie-Timmermans/Koenders" the agenda numbers (Handelingen 2003)', () => {
    const text =
      'Aan de orde zijn de stemmingen over moties, te weten:\n\n- de motie-Timmermans/Koenders over versterkt en robuust optreden in de Democratische Republiek Congo (21501-20, nr. 222);\n\nDe heer Van Baalen (VVD):\n\nVoorzitter. De motie-Timmermans-Koenders is een bevestiging van staand regeringsbeleid en daarmee overbodig.';
    expect(contextOf(text, 'motie-Timmermans-Koenders').earlierRefs).toEqual([{ dossier: 21501, toevoeging: '20', ondernummer: 222 }]);
    // A double surname against one other member is not the same motion.
    const other = 'De motie-Timmermans (21501-20, nr. 222) is aangenomen. De motie-Timmermans-Koenders is overbodig.';
    expect(contextOf(other, 'motie-Timmermans-Koenders').earlierRefs).toBeUndefined();
  });

  it('in a list of letters, gives a motion followed by another motion of the same item its own reference', () => {
    const text =
      '• de brief van de Minister van Landbouw, Natuur en Voedselkwaliteit d.d. 26 november 2021 inzake reactie op de motie van de leden Van Raan en Simons over projecten die het koraal beschadigen geen doorgang laten vinden (Kamerstuk 35 632, nr. 7) en op de motie van het lid Boucke c.s. over natuurbescherming waarborgen en koraalvernietiging voorkomen (Kamerstuk 35 632, nr. 12) (Kamerstukken 33 576 en 26 407, nr. 254);';
    expect(contextOf(text, 'motie van de leden Van Raan en Simons').adjacentRefs).toEqual([{ dossier: 35632, toevoeging: null, ondernummer: 7 }]);
    // The last motion of the item: its own reference, not the letter's after it.
    expect(contextOf(text, 'motie van het lid Boucke c.s.').adjacentRefs).toEqual([{ dossier: 35632, toevoeging: null, ondernummer: 12 }]);
  });

  it('says when a text is about the Eerste Kamer and never names the Tweede Kamer', () => {
    const senate =
      'Debat over regeringsverklaring heropend\nOp verzoek van senator Faber-van de Klashorst (PVV) heeft de Eerste Kamer op dinsdag 15 maart gedebatteerd.\n\nDe motie-Faber (PVV) c.s. zegt het vertrouwen in het kabinet op.';
    expect(contextOf(senate, 'motie-Faber').senate).toBe(true);
    expect(contextOf(`${senate} De Tweede Kamer stemde eerder over een andere motie.`, 'motie-Faber').senate).toBeUndefined();
    // "Eerste Kamer" further down a text about a motion of the Kamer is not enough.
    const house = `De Kamer nam dinsdag de motie-Omtzigt over de toeslagen aan, met steun van de coalitie. ${'Het kabinet moet nu een brief sturen. '.repeat(10)}Het wetsvoorstel gaat daarna naar de Eerste Kamer.`;
    expect(contextOf(house, 'motie-Omtzigt').senate).toBeUndefined();
    // The motion's own sentence can say it ("senator Faber diende de motie-Faber in").
    expect(contextOf(`${'Het kabinet moet nu een brief sturen. '.repeat(10)}In de Eerste Kamer diende zij de motie-Faber c.s. in.`, 'motie-Faber').senate).toBe(true);
  });

  it("reads the Kamer's vote results: the title, the decision, then the motion's number on a line of its own", () => {
    const text = `Moties ingediend bij het notaoverleg over het MIRT

Motie van het lid De Hoop c.s. over een tijdelijke oplossing voor het ontbreken van een oeververbinding voor fietsers in de stad Groningen

Besluit: Aangenomen.

36800-A-20
Indiener H.E. de Hoop

Motie van het lid De Hoop c.s. over in gesprek gaan met ProRail over de indexering van MIRT-projecten

Besluit: Aangenomen.

36800-A-21
Indiener H.E. de Hoop`;
    expect(contextOf(text, 'Motie van het lid De Hoop c.s.', 'een tijdelijke').adjacentRefs).toEqual([{ dossier: 36800, toevoeging: 'A', ondernummer: 20 }]);
    expect(contextOf(text, 'Motie van het lid De Hoop c.s.', 'in gesprek').adjacentRefs).toEqual([{ dossier: 36800, toevoeging: 'A', ondernummer: 21 }]);
    // Not across a line that says something else.
    const other = text.replace('Besluit: Aangenomen.\n\n36800-A-20', 'De Kamer stemde ermee in na een lang debat over de fietsbrug.\n\n36800-A-20');
    expect(contextOf(other, 'Motie van het lid De Hoop c.s.', 'een tijdelijke').adjacentRefs).toEqual([]);
  });

  it('gives motions named in a row the numbers of the one reference after them, in order', () => {
    const text =
      'Met deze brief reageer ik op de motie van de leden Van Nispen en Groothuizen en de motie van het lid Van Dam c.s. (Kamerstuk 28 844, nrs. 207 en 209), die de Kamer heeft aangenomen.';
    expect(contextOf(text, 'motie van de leden Van Nispen en Groothuizen').adjacentRefs).toEqual([{ dossier: 28844, toevoeging: null, ondernummer: 207 }]);
    expect(contextOf(text, 'motie van het lid Van Dam c.s.').adjacentRefs).toEqual([{ dossier: 28844, toevoeging: null, ondernummer: 209 }]);
    // As many numbers as motions only; one number stays the last motion's.
    const one = text.replace('nrs. 207 en 209', 'nr. 209');
    expect(contextOf(one, 'motie van de leden Van Nispen en Groothuizen').adjacentRefs).toEqual([]);
    expect(contextOf(one, 'motie van het lid Van Dam c.s.').adjacentRefs).toEqual([{ dossier: 28844, toevoeging: null, ondernummer: 209 }]);
  });

  it('keeps the nearest 50 references of earlier mentions of the same submitters, in text order', () => {
    const text = Array.from({ length: 80 }, (_, i) => `De motie-Omtzigt (Kamerstuk 35510, nr. ${i + 1}) is uitgevoerd.`).join('\n') + '\nDe motie-Omtzigt ook.';
    const ms = detect(text);
    const last = ms.filter((m): m is MotionMention => m.kind === 'motion').at(-1)!;
    const refs = buildMotionContext(text, ms, last).earlierRefs!;
    expect(refs.map((r) => r.ondernummer)).toEqual(Array.from({ length: 50 }, (_, i) => i + 31));
  });

  it("gives a mention that says nothing of its motion what another mention of the same submitter says (news: first name and double surname, then the short form)", () => {
    const text =
      'De Kamer verwierp de motie van Dilan Yeşilgöz-Zegerius (VVD) waarin ze het kabinet verzocht door te gaan met cruciale onderwerpen als asiel en defensie. De Unie betreurt dat de motie van Yesilgöz het niet heeft gehaald.';
    const ms = detect(text).filter((m): m is MotionMention => m.kind === 'motion');
    expect(ms.map((m) => m.text)).toEqual(['motie van Dilan Yeşilgöz-Zegerius (VVD)', 'motie van Yesilgöz']);
    expect(buildMotionContext(text, detect(text), ms[1]!).sameSubmittersSubject).toMatch(/^waarin ze het kabinet verzocht door te gaan/);
    // A headline's mention: the article's first line is not its subject (ANP, 2024).
    const headline = "Ook ChristenUnie neemt afstand van 'polariserende' motie Becker\nDEN HAAG (ANP) - Ook de ChristenUnie neemt afstand van de motie van VVD'er Bente Becker over het bijhouden van gegevens van mensen met een migratieachtergrond.";
    const hs = detect(headline).filter((m): m is MotionMention => m.kind === 'motion');
    expect(buildMotionContext(headline, detect(headline), hs[0]!).sameSubmittersSubject).toBe('het bijhouden van gegevens van mensen met een migratieachtergrond');
    // The first says enough itself; a motion of another member is not the same motion.
    expect(buildMotionContext(text, detect(text), ms[0]!).sameSubmittersSubject).toBeUndefined();
    const other = 'De motie van Bikker over asiel werd aangenomen; de motie van Yesilgöz niet.';
    const ms2 = detect(other).filter((m): m is MotionMention => m.kind === 'motion');
    expect(buildMotionContext(other, detect(other), ms2[1]!).sameSubmittersSubject).toBeUndefined();
  });

  it('gives "De motie werd ingediend door ..." the subject of the unnamed motion the sentence before speaks of (a water boards\' newsletter, 2024)', () => {
    const text =
      'Op dinsdag 22 oktober nam de Tweede Kamer een motie aan over visserijvrije zones voor beroepsvissers. De motie werd ingediend door Caroline van der Plas (BBB) tijdens de begrotingsbehandeling.';
    const [m] = detect(text).filter((x): x is MotionMention => x.kind === 'motion');
    expect(buildMotionContext(text, detect(text), m!).sameSubmittersSubject).toBe('visserijvrije zones voor beroepsvissers');
    // "Een motie met die strekking": the sentence before is its subject (news, 2025).
    const purport = 'De Tweede Kamer wil het asielbeleid niet controversieel verklaren. Een motie met die strekking van Joost Eerdmans van JA21 kreeg ruime steun.';
    const [p] = detect(purport).filter((x): x is MotionMention => x.kind === 'motion');
    expect(buildMotionContext(purport, detect(purport), p!).sameSubmittersSubject).toBe('De Tweede Kamer wil het asielbeleid niet controversieel verklaren');
    // "... Joost Eerdmans die hiertoe opriep": the same (news, 2024).
    const hiertoe =
      'De Tweede Kamer wil dat er ook voor Chemours uit Dordrecht een groep experts wordt samengesteld. Een motie van JA21-Kamerlid Joost Eerdmans die hiertoe opriep, haalde een meerderheid.';
    const [h] = detect(hiertoe).filter((x): x is MotionMention => x.kind === 'motion');
    expect(buildMotionContext(hiertoe, detect(hiertoe), h!).sameSubmittersSubject).toBe(
      'De Tweede Kamer wil dat er ook voor Chemours uit Dordrecht een groep experts wordt samengesteld',
    );
    // "... van D66'er Joost Sneller die hierom vraagt" (vorsten.nl, 2024).
    const hierom = 'Het kabinet moet met een voorstel komen voor een ceremonieel koningschap. Een meerderheid ging akkoord met een motie van D66’er Joost Sneller die hierom vraagt.';
    const [o] = detect(hierom).filter((x): x is MotionMention => x.kind === 'motion');
    expect(buildMotionContext(hierom, detect(hierom), o!).purportSubject).toBe('Het kabinet moet met een voorstel komen voor een ceremonieel koningschap');
    const daartoe = 'Wilders wil dat de koning geen loonsverhoging krijgt. Een motie die daartoe oproept van PVV-leider Geert Wilders kreeg steun.';
    const [d] = detect(daartoe).filter((x): x is MotionMention => x.kind === 'motion');
    expect(buildMotionContext(daartoe, detect(daartoe), d!).sameSubmittersSubject).toBe('Wilders wil dat de koning geen loonsverhoging krijgt');
    // The sentence after says what it asks: "Deze motie roept de regering op ..." (the same article).
    const next =
      'De Kamer nam ook een motie aan die werd ingediend door Marieke Koekkoek van Volt. Deze motie roept de regering op om een aanspreekpunt voor de Chemours-problematiek op te zetten. De gemeenten hadden hierom gevraagd.';
    const [k] = detect(next).filter((x): x is MotionMention => x.kind === 'motion');
    expect(buildMotionContext(next, detect(next), k!).sameSubmittersSubject).toBe(
      'roept de regering op om een aanspreekpunt voor de Chemours-problematiek op te zetten',
    );
    // Only what "deze motie" asks, not what the next sentence says of something else.
    const unrelated = 'De Kamer nam ook een motie aan die werd ingediend door Marieke Koekkoek van Volt. De gemeenten roepen de regering op om te betalen.';
    const [u] = detect(unrelated).filter((x): x is MotionMention => x.kind === 'motion');
    expect(buildMotionContext(unrelated, detect(unrelated), u!).sameSubmittersSubject).toBeUndefined();
    // Only when "De motie" points back: "Een motie" is another one.
    const other = 'De Kamer nam een motie aan over visserijvrije zones. Een motie werd ook ingediend door Caroline van der Plas (BBB) tijdens het debat.';
    const [n] = detect(other).filter((x): x is MotionMention => x.kind === 'motion');
    expect(n ? buildMotionContext(other, detect(other), n).sameSubmittersSubject : undefined).toBeUndefined();
  });

  it("gives a motion named in another's subject the reference right after it, and the outer motion the one after that (Handelingen 2005)", () => {
    const item = '- de motie-Van der Staaij/Klaas de Vries over het alsnog uitvoeren van de motie-Van der Staaij/Klaas de Vries (19637, nr. 836) (19637, nr. 920);';
    const ms = detect(item).filter((m): m is MotionMention => m.kind === 'motion');
    expect(ms).toHaveLength(2);
    expect(buildMotionContext(item, detect(item), ms[0]!).adjacentRefs).toEqual([{ dossier: 19637, toevoeging: null, ondernummer: 920 }]);
    expect(buildMotionContext(item, detect(item), ms[1]!).adjacentRefs).toEqual([{ dossier: 19637, toevoeging: null, ondernummer: 836 }]);
    // One reference after both: the outer motion's, as before.
    const one = '- de motie-Van der Staaij over het alsnog uitvoeren van de motie-Klaas de Vries (19637, nr. 920);';
    const ms1 = detect(one).filter((m): m is MotionMention => m.kind === 'motion');
    expect(buildMotionContext(one, detect(one), ms1[0]!).adjacentRefs).toEqual([{ dossier: 19637, toevoeging: null, ondernummer: 920 }]);
    expect(buildMotionContext(one, detect(one), ms1[1]!).adjacentRefs).toEqual([]);
  });

  it("takes the footnote of a marker stuck to the members over a reference later in the sentence (officielebekendmakingen.nl's web page, 2020)", () => {
    const text =
      'Ik verwijs naar de gewijzigde motie van de leden Van der Graaf en van der Molen1 en het hierbij betrekken van de financiële effecten voor gemeenten (Kamerstuk 35 300 B, nr. 9).\n\nDe Minister van Binnenlandse Zaken\n\n\nX Noot\n1\n\nKamerstuk 35 300 VII, nr. 46\n\nNaar boven';
    const c = contextOf(text, 'motie van de leden Van der Graaf en van der Molen');
    expect(c.footnoteRefs).toEqual([{ dossier: 35300, toevoeging: 'VII', ondernummer: 46 }]);
    expect(c.adjacentRefs).toEqual([]);
  });

  it("leaves a reference to a minister's commitment to that commitment, not to the motion before it (a letter, 2024)", () => {
    const text =
      'Met deze hoofdlijnenbrief geef ik ook invulling aan de motie Holman-Vedder die de regering verzoekt om aan te geven hoe zij de stikstofemissie gaat verlagen en aan mijn toezegging in het commissiedebat van 4 september 2024 (Kamerstuk 30 252, nr. 172) om een brief te sturen.';
    expect(contextOf(text, 'motie Holman-Vedder').adjacentRefs).toEqual([]);
  });

  it('reads the date written after a motion in a list', () => {
    const ctx = contextOf(seed('003_16fc50c70ff080c8.txt'), 'Motie van het lid Van Nispen', 'een plan van aanpak');
    expect(ctx.nearbyDate).toBe('2024-04-17');
  });

  it('finds the date a letter was written', () => {
    expect(documentDate('29 344 Terugkeerbeleid\n\nDen Haag, 21 oktober 2025\n\nIn de ...')).toBe('2025-10-21');
    expect(documentDate(' Datum 30 januari 2025 \nBetreft')).toBe('2025-01-30');
    expect(documentDate('geen datum')).toBeNull();
  });
});
