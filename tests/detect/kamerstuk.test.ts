import { describe, expect, it } from 'vitest';
import { kamerstukKey } from '../../lib/detect';
import { found, kinds } from './helpers';

const ref = (text: string) => found(text, 'kamerstuk').map((k) => ({ text: k.text, key: kamerstukKey(k), tot: k.ondernummerTot }));

describe('Kamerstuk references', () => {
  it.each([
    ['Zie Kamerstuk 19 637, nr. 3435.', 'Kamerstuk 19 637, nr. 3435', '19637-3435'],
    ['(Kamerstukken II 2024/25, 19637, nr. 3435)', 'Kamerstukken II 2024/25, 19637, nr. 3435', '19637-3435'],
    ['Kamerstukken II, vergaderjaar 2024 – 2025, 19 637, nr. 3435', 'Kamerstukken II, vergaderjaar 2024 – 2025, 19 637, nr. 3435', '19637-3435'],
    ['¹ Tweede Kamer, vergaderjaar 2025–2026, 36 871, nr. 67', 'Tweede Kamer, vergaderjaar 2025–2026, 36 871, nr. 67', '36871-67'],
    ['brief (Kamerstuk 32317-989) en', 'Kamerstuk 32317-989', '32317-989'],
    ['Kamerstuk 21501-20-2146', 'Kamerstuk 21501-20-2146', '21501-20-2146'],
    ['zie kst-36600-VI-12 voor', 'kst-36600-VI-12', '36600-VI-12'],
    ['begroting (36 600 VI, nr. 12)', '36 600 VI, nr. 12', '36600-VI-12'],
    ['Kamerstukken II 2024/25, 36600-XX, nr. 11', 'Kamerstukken II 2024/25, 36600-XX, nr. 11', '36600-XX-11'],
    ['zoals gemeld (19637, nr. 2289).', '19637, nr. 2289', '19637-2289'],
    ['Zij krijgt nr. 186 (32637).', 'nr. 186 (32637)', '32637-186'],
    // The chair's "stuknummer" (Handelingen 2008).
    ['stel ik voor, zijn motie op stuknummer 47 (31200-VI) opnieuw aan te houden', 'stuknummer 47 (31200-VI)', '31200-VI-47'],
    // A committee's list: "op stuk nr. 54 (Kamerstuk 32 201)" is that document, not the whole dossier.
    ['de motie-Bosman over paling op stuk nr. 54 (Kamerstuk 32 201);', 'nr. 54 (Kamerstuk 32 201)', '32201-54'],
    // Of two dossiers, the first's (Handelingen 2015): "Zij krijgt nr. 37 (33990 en 33992)".
    ['Zij krijgt nr. 37 (33990 en 33992).', 'nr. 37 (33990 en 33992)', '33990-37'],
    // Three dossiers sharing one number (a committee's list of letters, 2023).
    ['voortgang (Kamerstukken 27 529, 35 824 en 32 761, nr. 288);', 'Kamerstukken 27 529, 35 824 en 32 761, nr. 288', '27529-288'],
    // A table of contents: the page number after a blank line is no toevoeging (only dossier 21 501 has numbers).
    ['handicap (Trb. 2007, 169), Kamerstuk 33 990\n\n11\n\n2.\n\nAlgemeen', 'Kamerstuk 33 990', '33990'],
    ['Gewijzigde motie (t.v.v. 32317-951)', '32317-951', '32317-951'],
    ['Kamerstuk \n32317-983', 'Kamerstuk \n32317-983', '32317-983'],
    ['Kamerstuk\u00a019\u00a0637, nr.\u00a03435', 'Kamerstuk\u00a019\u00a0637, nr.\u00a03435', '19637-3435'],
    ['https://zoek.officielebekendmakingen.nl/kst-36600-VI-12.html', 'kst-36600-VI-12', '36600-VI-12'],
    // Document titles of the Kamer (2025D20785, 2025D17700, 2024D50924): one or two digits after the dash are the number.
    ['Lijst van vragen (Kamerstuk 36465-2)', 'Kamerstuk 36465-2', '36465-2'],
    ['(Kamerstuk 36 578-14)', 'Kamerstuk 36 578-14', '36578-14'],
    ['(Kamerstuk 32802- 64)', 'Kamerstuk 32802- 64', '32802-64'],
    // A capital "Nr." (2025D06778), "stuk nr." (motion 2024D03471).
    ['Motie van de leden Maatoug en Patijn (29544, Nr. 1257) over', '29544, Nr. 1257', '29544-1257'],
    ['zoals blijkt uit Kamerstuk 21 501-21, stuk nr. 2648 ;', 'Kamerstuk 21 501-21, stuk nr. 2648', '21501-21-2648'],
    // Kingdom acts (2025D31932, and a Kamerstukken citation): the key has the R-number where the Kamer records it.
    ['(Kamerstuk 34158-(R2048)-13)', 'Kamerstuk 34158-(R2048)-13', '34158-(R2048)-13'],
    ['Kamerstukken II 2015/16, 34 356 (R2064), nr. 3', 'Kamerstukken II 2015/16, 34 356 (R2064), nr. 3', '34356-(R2064)-3'],
    ['(Kamerstuk 36455 (R2188))', 'Kamerstuk 36455 (R2188)', '36455-(R2188)'],
    // Budget chapters IIA, IIB (2025D23025, 2025D23112).
    ['Jaarverslag Staten-Generaal 2024 (36740-IIA-1)', '36740-IIA-1', '36740-IIA-1'],
    ['Kamerstukken II, 31 700-IIB, nr 2', 'Kamerstukken II, 31 700-IIB, nr 2', '31700-IIB-2'],
    // The Eerste Kamer writes a dossier with a thousands point (eerstekamer.nl).
    ['zie Kamerstukken 34.295, nr. 5.', 'Kamerstukken 34.295, nr. 5', '34295-5'],
    // The number first in the parentheses (a Kamerbrief's table of motions).
    ['de motie Hachi (nr. 28, 33000-IV) vraagt', 'nr. 28, 33000-IV', '33000-IV-28'],
    // Extracted text broken at a line end inside the dossier number.
    ['Kamerstukken II, vergaderjaar 2024 – 2025, 19 \n637, nr. 3435', 'Kamerstukken II, vergaderjaar 2024 – 2025, 19 \n637, nr. 3435', '19637-3435'],
    // A justified line of a PDF, its text taken with the spacing kept: every space stretched, the dossier's too.
    ['(Kamerstuk  36  344,  nr.  2)', 'Kamerstuk  36  344,  nr.  2', '36344-2'],
    ['zie  Kamerstukken  II  2023/24,  21  501-32,  nr.  1730.', 'Kamerstukken  II  2023/24,  21  501-32,  nr.  1730', '21501-32-1730'],
    // A hyphen that opens a list item (a party's overview of motions).
    ['-31066-503-Motie van het lid Omtzigt c.s.', '31066-503', '31066-503'],
    ['Uitslag:\n-31066-504-Motie van de leden', '31066-504', '31066-504'],
    // The legal citation leaves out "nr." (a law journal's footnotes, a court's reasons).
    ['2 Kamerstukken II 2016/17, 34 516, 10.', 'Kamerstukken II 2016/17, 34 516, 10', '34516-10'],
    ['4 Kamerstukken II 2011/12, 31 570, 20, p. 56.', 'Kamerstukken II 2011/12, 31 570, 20', '31570-20'],
    ['(Kamerstukken II 2005/06, 30 300 VI, 5)', 'Kamerstukken II 2005/06, 30 300 VI, 5', '30300-VI-5'],
    ['Kamerstukken II 2019/20, 35 300, 3 (MvT), p. 5', 'Kamerstukken II 2019/20, 35 300, 3', '35300-3'],
    // A comma between the dossier and its chapter when the number follows (Handelingen 2010).
    ['de motie-Peters over volkscultuur (32123, VIII, nr. 24);', '32123, VIII, nr. 24', '32123-VIII-24'],
    ['Kamerstuk 32123, VIII, nr. 24', 'Kamerstuk 32123, VIII, nr. 24', '32123-VIII-24'],
    // A dossier that ran over several years, as a law library's guide cites it.
    ['(Kamerstukken II 1993/94-1996/97, 23761).', 'Kamerstukken II 1993/94-1996/97, 23761', '23761'],
    // A dossier of before 1977 has four digits: only with the word and a vergaderjaar of those years (a tax monograph).
    ['MvA, «Kamerstukken II 1962/63, 5380, nr. 19», blz. 38.', 'Kamerstukken II 1962/63, 5380, nr. 19', '5380-19'],
    // The Eerste Kamer's pointed dossier, bare, with its number (an Eerste Kamer motion's text).
    ['zie 34.300 B, nr. 9.', '34.300 B, nr. 9', '34300-B-9'],
    // ... but not where the number does not end the citation, nor without a chamber or year.
    ['Kamerstukken II 2019/20, 35 300, 12 leden stemden', 'Kamerstukken II 2019/20, 35 300', '35300'],
    ['Kamerstuk 35 300, 12.', 'Kamerstuk 35 300', '35300'],
    // The singular in parentheses, closed right after the number: one document (a list of BNC-fiches, 2025).
    ['Rescue (Kamerstuk 22 112, 2962)', 'Kamerstuk 22 112, 2962', '22112-2962'],
    // Abbreviated: legal writing's "Kst.", a party's motion page "(KS 33348)" (partijvoordedieren.nl, 2015).
    ['Kst. II 2014/15, 33 348, nr. 5, p. 12', 'Kst. II 2014/15, 33 348, nr. 5', '33348-5'],
    ['zie Kst 33348-5.', 'Kst 33348-5', '33348-5'],
    ['het wetsvoorstel Natuurbescherming (KS 33348) in te trekken', 'KS 33348', '33348'],
    // A whole dossier after "wetsvoorstel" or "Kamerstukdossier" (Parlementaire Documentatie Centrum pages).
    ['is onder nr. 5 toegevoegd aan wetsvoorstel 27551 - Verklaring', 'wetsvoorstel 27551', '27551'],
    // Of old "wetsontwerp" (the nota naar aanleiding van het verslag on the Grondwet, 1981).
    ['11 Grondwetsherziening 12 Wetsontwerp 16905 (klassieke grondrechten) 13', 'Wetsontwerp 16905', '16905'],
    ['Kamerstukdossier 31066 Belastingdienst', 'Kamerstukdossier 31066', '31066'],
    ['is onder nr. C toegevoegd aan dossier 33826 - Nationaal actieplan', 'dossier 33826', '33826'],
    ['is onder nr. 160 toegevoegd aan dossier 21501-03 - Begrotingsraad', 'dossier 21501-03', '21501-03'],
    // openkamer.org's "Dossier: 33664", a blog's copy of the Handelingen "Kamerstuknr. 29338".
    ['2013-10-17\nDossier: 33664\nIndiener(s): Kees Verhoeven', 'Dossier: 33664', '33664'],
    ['Wetenschap\n\nKamerstuknr. 29338\n\nDe heer Bruins', 'Kamerstuknr. 29338', '29338'],
    ['het wetsvoorstel bankenbelasting (Kamerstuknummer 33 121) zijn', 'Kamerstuknummer 33 121', '33121'],
    // A tax portal's "kamernummer" (2022).
    ['het Belastingplan 2023 (kamernummer 36202). Tenzij', 'kamernummer 36202', '36202'],
    // A party's page: "Kamerstuk:" and the number after a run of spaces.
    ['rechtsbijstand\n\nKamerstuk:    31 753\n\nDatum:           19 mei 2015', 'Kamerstuk:    31 753', '31753'],
    // A table cell's "(Kamerstuk" with the number on the next, deeply indented line (tweedekamer.nl).
    ['realistisch ramen (Kamerstuk\n                           36 672);', 'Kamerstuk\n                           36 672', '36672'],
    // A publication's identifier run together (eumonitor.eu's metadata).
    ['Nummer KST35925IIA2\nReference', 'KST35925IIA2', '35925-IIA-2'],
    ['KST34775V1 Voorstel van wet |', 'KST34775V1', '34775-V-1'],
    // The Parlementaire Monitor's "Nummer" without a toevoeging: a dossier of the last decades and a number.
    ['Publicatiedatum 20-06-2022\nNummer KST32820477\nKenmerk', 'KST32820477', '32820-477'],
    // Two dossiers with a comma, in parentheses (Handelingen 2000): the first's; bare, such a comma may end a list item.
    ['de motie-Melkert c.s. over personeel (27127,27101 , nr. 71);', '27127,27101 , nr. 71', '27127-71'],
    ['de dossiers 19637, 32317, nr. 5 en', '32317, nr. 5', '32317-5'],
    // A page's metadata: the number on the next line, after a blank one, is the heading's (openkamer.org).
    ['ID: 35394-48\n\nNr. 48 BRIEF VAN DE MINISTER', '35394-48', '35394-48'],
    // officielebekendmakingen.nl's metadata table read as text, its cells run together.
    ['Dossier- en ondernummer\nTweede Kamer der Staten-Generaal2020-202135806 nr. 2\n\n35 806 Wijziging', '35806 nr. 2', '35806-2'],
    ['Tweede Kamer der Staten-Generaal2019-202035350-IV nr. 2', '35350-IV nr. 2', '35350-IV-2'],
  ])('%j', (text, written, key) => {
    expect(ref(text)).toEqual([{ text: written, key, tot: undefined }]);
  });

  it('reads the last bill of "de wetsvoorstellen A, titel, en B, titel" (the Eerste Kamer\'s Handelingen, 2023)', () => {
    const agenda = 'de gezamenlijke behandeling van de wetsvoorstellen 36274, Tijdelijke regels (Tijdelijke wet Klimaatfonds), en 36410-XIII, Vaststelling van de begrotingsstaten voor het jaar 2024.';
    expect(ref(agenda).map((r) => [r.text, r.key])).toEqual([['wetsvoorstellen 36274', '36274'], ['36410-XIII', '36410-XIII']]);
    // Not past the sentence's end.
    expect(ref('de wetsvoorstellen 36274 en meer. Daarna, en 36410, Vaststelling').map((r) => r.key)).toEqual(['36274']);
  });

  it("reads the dossiers of tweedekamer.nl's \"Toon alle stukken over dossier\" links, run together with the text around them", () => {
    // The page's text as a stenogram's page gives it (2025): the link texts without a space between them.
    expect(ref('Gerelateerde informatie\nToon alle stukken over dossier36600-VIII36600-VIIIToon alle items in vergaderingHandelingen TK 2024-2025, 36').filter((r) => r.key.startsWith('36600')).map((r) => [r.text, r.key])).toEqual([
      ['36600-VIII', '36600-VIII'],
      ['36600-VIII', '36600-VIII'],
    ]);
    expect(ref('Toon alle stukken over dossier36600-XXToon alle items').map((r) => r.key)).toEqual(['36600-XX']);
    expect(ref('Toon alle stukken over dossier33529Toon alle items').map((r) => r.key)).toEqual(['33529']);
    // Not a word that only ends in "dossier", nor a number glued to a lower-case word.
    expect(ref('het kamerdossier33529 en dossier12345abc')).toEqual([]);
  });

  it('reads two pointed dossiers with their numbers around a slash (an Eerste Kamer motion, 2016)', () => {
    expect(ref('de amendementen 34.300 B, nr. 9 / 34.300 VII, nr. 19 (beiden').map((r) => r.key)).toEqual(['34300-B-9', '34300-VII-19']);
  });

  it('finds every reference in a list', () => {
    expect(ref('(Kamerstuk 32 317, nr. 958, Kamerstuk 36 760, nr. 40)').map((r) => r.key)).toEqual(['32317-958', '36760-40']);
    expect(ref('Kamerstukken 32 317, nrs. 958 en 960').map((r) => r.key)).toEqual(['32317-958', '32317-960']);
    // A slash and a space between two references (an Eerste Kamer motion, 2015); a path or fraction stays out.
    expect(ref('uit de amendementen 34 300 B nr. 9/ 34 300 VII nr. 19 (beiden Koşer Kaya/Van Raak)').map((r) => r.key)).toEqual(['34300-B-9', '34300-VII-19']);
    expect(ref('zie 36600, nr. 5/6 en /kst-34300-VII-19/2').map((r) => r.key)).toEqual([]);
    // Also written "nr." (a minister's letter, 2010); not a page or a year after a comma.
    expect(ref('van 12 en 25 juni (TK 27 562, nr. 36 en 37) en').map((r) => r.key)).toEqual(['27562-36', '27562-37']);
    expect(ref('Kamerstuk 27 562, nr. 36, 2009').map((r) => r.key)).toEqual(['27562-36']);
    // Lists in motions (2024D46012, 2024D20772, 2025D40151): a number never swallows the next dossier.
    expect(ref('de aangenomen moties Becker ( 35 228, nr. 8 en 32 824, nr. 432 ) stellen').map((r) => r.key)).toEqual(['35228-8', '32824-432']);
    expect(ref('(aangenomen moties 21 501-32, nr. 1570 en 27 858, nr. 621 );').map((r) => r.key)).toEqual(['21501-32-1570', '27858-621']);
    expect(ref('diverse moties ( 36 600 XX, nr. 47 en 36760, nr. 16) zijn').map((r) => r.key)).toEqual(['36600-XX-47', '36760-16']);
    expect(ref('(Kamerstukken 31 839, nrs. 600 en 601, 29 538, nr. 12)').map((r) => r.key)).toEqual(['31839-600', '31839-601', '29538-12']);
    expect(ref('Kamerstuk 31 839, nrs. 600 en 601, 18 oktober 2024').map((r) => r.key)).toEqual(['31839-600', '31839-601']);
    // Handelingen: an amended motion's new number and the one it replaces.
    expect(ref('Zij krijgt nr. 348, was nr. 347 (32317).').map((r) => [r.text, r.key])).toEqual([['nr. 348', '32317-348'], ['nr. 347 (32317)', '32317-347']]);
  });

  it('finds another number of the same dossier written after a reference ("nr. 6, p. 15-16; nr. 7")', () => {
    expect(ref('Kamerstukken II, 1999-2000, 26 271, nr. 6, p. 15-16; nr. 7, p. 5-6.').map((r) => [r.text, r.key])).toEqual([
      ['Kamerstukken II, 1999-2000, 26 271, nr. 6', '26271-6'],
      ['nr. 7', '26271-7'],
    ]);
    expect(ref('Kamerstukken II 2024/25, 36 600 VI, nr. 12 en nr. 13').map((r) => r.key)).toEqual(['36600-VI-12', '36600-VI-13']);
    // An amended motion and the one it replaced (Handelingen 2016).
    expect(ref('haar gewijzigde motie (30196, nr. 454, was nr. 434) aan te houden').map((r) => r.key)).toEqual(['30196-454', '30196-434']);
    // Not when the number belongs to the dossier written after it (Handelingen: "nr. 4 (36 601)").
    expect(ref('Kamerstuk 36 600, nr. 3, en nr. 4 (36 601).').map((r) => r.key)).toEqual(['36600-3', '36601-4']);
  });

  it('reads a document filed in two dossiers by its first dossier ("Kamerstukken 32 824 en 29 279, nr. 148")', () => {
    expect(ref('(Kamerstukken 32 824 en 29 279, nr. 148)').map((r) => [r.text, r.key])).toEqual([['Kamerstukken 32 824 en 29 279, nr. 148', '32824-148']]);
    expect(ref('de motie-Grinwis/Boswijk ( 34 682/35 334, nr. 143 )').map((r) => r.key)).toEqual(['34682-143']);
    // Two whole dossiers stay two references (the second, bare, needs a number to count).
    expect(ref('Kamerstuk 36 600 en 36 601').map((r) => r.key)).toEqual(['36600']);
    // After "Kamerstuk" a comma joins the dossiers too (a Wikisage article: "Kamerstuk 31728, 30914, nr. 5").
    expect(ref('(Kamerstuk 31728, 30914, nr. 5)').map((r) => [r.text, r.key])).toEqual([['Kamerstuk 31728, 30914, nr. 5', '31728-5']]);
    expect(ref('Kamerstukken II 2012/13, 31 728, 30 914, nr. 5.').map((r) => r.key)).toEqual(['31728-5']);
    expect(ref('Kamerstukken II, 35 300, 35 301').map((r) => r.key)).toEqual(['35300']);
    // Two chapters of one dossier (the municipalities' and provinces' funds): the first one's number.
    expect(ref('Kamerstukken II 2023/24, 36 410 B en C, nr. 5').map((r) => [r.text, r.key])).toEqual([['Kamerstukken II 2023/24, 36 410 B en C, nr. 5', '36410-B-5']]);
    expect(ref('de brief (36600 B en C, nr. 9) over').map((r) => r.key)).toEqual(['36600-B-9']);
    // Two of the EU councils' sub-dossiers (a committee report, 2023).
    expect(ref('energieministers (Kamerstukken 21 501-08 en 21 501-33, nr. 908);').map((r) => [r.text, r.key])).toEqual([['Kamerstukken 21 501-08 en 21 501-33, nr. 908', '21501-08-908']]);
    // The second dossier's R-number between it and "nr." (a committee's list of letters, 2022): the act is not the first's.
    expect(found('(Kamerstukken 35 687 en 35 688 (R2151), nr. 14);', 'kamerstuk').map((k) => [k.text, kamerstukKey(k)])).toEqual([['Kamerstukken 35 687 en 35 688 (R2151), nr. 14', '35687-14']]);
  });

  it('reads the Eerste Kamer\'s bare "(35788, letter D)" as that letter of the dossier, only with the word "letter"', () => {
    const k = found('de motie-Koffeman c.s. over de ICT (35788, letter L); en 35925-VI, letter T', 'kamerstuk');
    expect(k.map((r) => [r.text, r.dossier, r.toevoeging, r.ondernummer, r.letter])).toEqual([
      ['35788, letter L', 35788, null, null, 'L'],
      ['35925-VI, letter T', 35925, 'VI', null, 'T'],
    ]);
    expect(found('in 2023, letter B en 35788, D', 'kamerstuk')).toEqual([]);
    // "letters" with a double letter (Handelingen I 2022/23: "de aangenomen motie 36200, letters AK").
    expect(found('Uitvoering van de aangenomen motie 36200, letters AK over de inkomensondersteuning AOW', 'kamerstuk').map((r) => [r.text, r.letter])).toEqual([['36200, letters AK', 'AK']]);
    // "onder (de) letter" (Eerste Kamer Handelingen 2017).
    expect(found('haar motie 33709 onder de letter AH aan te houden', 'kamerstuk').map((r) => [r.text, r.dossier, r.letter])).toEqual([['33709 onder de letter AH', 33709, 'AH']]);
    expect(found('punt 5 onder de letter A van artikel 12', 'kamerstuk')).toEqual([]);
  });

  it("keeps a kingdom act's R-number apart from the toevoeging; the key has it as the Kamer records it", () => {
    const k = found('(Kamerstuk 34158-(R2048)-13) en op de agenda: Gemeenschappelijk Hof van Justitie (32017, R1884);', 'kamerstuk');
    expect(k.map((r) => [r.text, r.dossier, r.toevoeging, r.ondernummer, r.rijkswet, kamerstukKey(r)])).toEqual([
      ['Kamerstuk 34158-(R2048)-13', 34158, null, 13, 'R2048', '34158-(R2048)-13'],
      ['32017, R1884', 32017, null, null, 'R1884', '32017-(R1884)'],
    ]);
    // The act's number in parentheses of its own (Eerste Kamer Handelingen 2013).
    expect(found('anders dan door adoptie (33514 (R1998)),\n\nen over:', 'kamerstuk').map((r) => [r.text, r.rijkswet])).toEqual([['33514 (R1998)', 'R1998']]);
    // After a dash (the Staten van Sint Maarten's report, 2022; the Kamer's agendas).
    expect(found('(Rijkswet Caribisch orgaan voor hervorming en ontwikkeling) (36 031-(R2161)).', 'kamerstuk').map((r) => [r.text, kamerstukKey(r)])).toEqual([
      ['36 031-(R2161)', '36031-(R2161)'],
    ]);
  });

  it("reads the Eerste Kamer's letters in parentheses: with a pointed dossier, after \"EK\", two of them", () => {
    const k = found('de rechtsstaat (35.300, C), de brief (EK 35.788, V) en zijn moties (36578, letters D en E)', 'kamerstuk');
    expect(k.map((r) => [r.text, r.dossier, r.ondernummer, r.letter])).toEqual([
      ['35.300, C', 35300, null, 'C'],
      ['EK 35.788, V', 35788, null, 'V'],
      ['36578, letters D', 36578, null, 'D'],
      ['E', 36578, null, 'E'],
    ]);
    // A comma after "EK" (the Eerste Kamer's overview of an interpellation, 2022).
    expect(found('de aangenomen motie (EK, 35.925 XIV, H) tot opschorting', 'kamerstuk').map((r) => [r.text, r.dossier, r.toevoeging, r.letter])).toEqual([
      ['EK, 35.925 XIV, H', 35925, 'XIV', 'H'],
    ]);
    // Not a number with a capital after it elsewhere.
    expect(found('in 2023 (2.500, B) en 32345, A of (tabel 32345, A)', 'kamerstuk')).toEqual([]);
    // Not a pointed number without "nr.", nor an amount; not a short number without an old vergaderjaar.
    expect(found('er waren 34.300 inwoners, nr. 5 in de lijst; € 34.300, nr. 9; Kamerstuk 2024, nr. 5', 'kamerstuk')).toEqual([]);
    // Each letter with its own dossier and chapter (a written report of the Eerste Kamer, 2024).
    const list = found('Gemeentefonds 2025 en Provinciefonds 2025 (EK 36 600 B, A en EK 36 600 C, A).', 'kamerstuk');
    expect(list.map((r) => [r.text, r.dossier, r.toevoeging, r.letter])).toEqual([
      ['EK 36 600 B, A', 36600, 'B', 'A'],
      ['EK 36 600 C, A', 36600, 'C', 'A'],
    ]);
  });

  it('reads budget chapters alone in parentheses without a title ("(36350-IX, 36350-XV)", the Eerste Kamer 2023)', () => {
    expect(ref('de moties met de letters F en K (36350-IX, 36350-XV) aanhouden.').map((r) => [r.text, r.key])).toEqual([
      ['36350-IX', '36350-IX'],
      ['36350-XV', '36350-XV'],
    ]);
    // The Eerste Kamer's pointed dossier with its chapter after a space (an English agenda of the Senate, 2025).
    expect(ref('Foreign Trade and Development Aid 2025 (36.600 XVII) and Asylum and Migration 2025 (36.600 XX)').map((r) => r.key)).toEqual(['36600-XVII', '36600-XX']);
    // Without the dash a plain dossier still wants a title.
    expect(ref('de motie (36350 IX) aanhouden')).toEqual([]);
  });

  it('reads a budget chapter after a dash, or after the pointed dossier, with no word before it (explainers of the numbering; agendas)', () => {
    expect(ref('met dossiernummers zoals 33400-IX, 33400-IIA en 33400-IIB in plaats van 33400-II, en 33400-A').map((r) => r.key)).toEqual([
      '33400-IX',
      '33400-IIA',
      '33400-IIB',
      '33400-II',
    ]);
    expect(ref('Economische Zaken en Klimaat voor 2024: 36.410 XIII\n\n36800-XVII Verslag houdende een lijst van vragen').map((r) => r.key)).toEqual(['36410-XIII', '36800-XVII']);
    // Not a voltage, a count, nor a plain dossier with a space before the chapter in running text ...
    expect(ref('een spanning van 34.500 V, 36.410 inwoners, 1. 36410 VIII')).toEqual([]);
    // ... only as a list's item on a line of its own (an Eerste Kamer committee's notes, 2025; a list of decisions, 2024).
    expect(ref('(Voorjaarsnota) (36.725 VIII)\n\n- 36725 VIII\n\nDe commissie besluit').map((r) => [r.text, r.key])).toEqual([
      ['36.725 VIII', '36725-VIII'],
      ['36725 VIII', '36725-VIII'],
    ]);
    expect(ref('van 12 maart 2024\n1. 36410 VIII\n\nBegrotingsstaten').map((r) => r.key)).toEqual(['36410-VIII']);
  });

  it('reads a whole dossier in parentheses right after the title of a bill or budget', () => {
    expect(ref('de Wet gegevensverwerking in vreemdelingenzaken (35749) in de Tweede Kamer').map((r) => [r.text, r.key])).toEqual([['35749', '35749']]);
    // A letter "inzake" a subject (the Eerste Kamer's list of letters, 2025; a committee's list of decisions).
    expect(ref('- de brief van de Minister van Asiel en Migratie d.d. 2 juli 2024 inzake een herziene inrichting van de asielprocedure en de asielketen (36 373);').map((r) => r.key)).toEqual(['36373']);
    // A committee's report or a debate (Handelingen 2005).
    expect(ref('het debat over het rapport van de Tijdelijke Commissie Infrastructuurprojecten (29283), te weten').map((r) => r.key)).toEqual(['29283']);
    expect(ref('De prijs van een kaartje (25000) is hoog.')).toEqual([]);
    // The parenthesis opening the next line (a debate's agenda, 2025).
    expect(ref('• het wetsvoorstel Wijziging van de Wet op de belastingen van rechtsverkeer (Wet differentiatie vliegbelasting)\n(36815);\n• het').map((r) => r.key)).toEqual(['36815']);
    // An English committee bulletin on the Eerste Kamer (2025): "Act", "bill", "Memorandum"; not "impact" or "contact".
    expect(ref('the Quality Registries in Healthcare Act (36.278). The private members bill on defense obligations (36.353) and the Spring Memorandum (36.725).').map((r) => r.key)).toEqual(['36278', '36353', '36725']);
    expect(ref('De impact (36.353) en het contact (34.500).')).toEqual([]);
    // An abbreviation's dot in the title ends no sentence: a treaty's publication (Handelingen 2015), a law's.
    expect(ref('Goedkeuring van het Verdrag inzake de rechten van personen met een handicap (Trb. 2007, 169) ( 33990 );').map((r) => [r.text, r.key])).toEqual([['33990', '33990']]);
    expect(ref('Wijziging van de Wet op de zorgtoeslag (Stb. 2019, 12) (35000);').map((r) => [r.text, r.key])).toEqual([['35000', '35000']]);
    // Dots before a small letter or a ")" end no sentence either (a bill's short title in its long one, a Handelingen agenda 2025).
    expect(ref('(Wijziging van de Kaderwet EZK- en LNV-subsidies en enkele andere wetten op het terrein van EZK 20..) (36588).').map((r) => r.key)).toEqual(['36588']);
    // A PDF's page header inside the title (Eerste Kamer 1982).
    expect(ref('Verandering in de Grondwet van bepalingen inzake de verkiezing van\n\nEerste Kamer 11 mei 1982\n\nde Tweede Kamer en de Eerste Kamer der Staten-Generaal (16913); Verandering').map((r) => r.key)).toEqual(['16913']);
    // A sentence between the title and the number: not a title's.
    expect(ref('Wijziging van de Wet op de zorgtoeslag. Daarover gaat het (35000)').map((r) => r.key)).toEqual([]);
    // After a motion's name: the motion's dossier (a motion's text, 2024; a minister's letter).
    expect(ref('conform de definitie van de motie-Van Campen/Boswijk (21501–02), en').map((r) => [r.text, r.key])).toEqual([['21501–02', '21501-02']]);
    expect(ref('verlengd met motie-Grinwis c.s. (36 410-VII) uit de').map((r) => r.key)).toEqual(['36410-VII']);
    expect(ref('de motie Eerdmans over de prijs (25000) vraagt').map((r) => r.key)).toEqual([]);
    // The chamber before the number (tweedekamer.nl's agenda).
    expect(ref('alsmede aanwijzing en raming van de ontvangsten (TK 36714 ) (Inbreng verslag (wetsvoorstel)), vaste').map((r) => [r.text, r.key])).toEqual([['TK 36714', '36714']]);
    expect(ref('de prijs (TK 36714)').map((r) => r.key)).toEqual([]);
    // A title in quotes (the Eerste Kamer's list of commitments).
    expect(ref('Toezegging Adviesrapport ‘Burgerschapsonderwijs in een veranderende samenleving’ (35.920); Brief').map((r) => [r.text, r.key])).toEqual([['35.920', '35920']]);
    expect(ref('Begroting Asiel en Migratie (36800-XX)').map((r) => r.key)).toEqual(['36800-XX']);
    // A code of law, a municipal merger and a nomination for the Hoge Raad are bills too (a committee's agenda 2025,
    // a list of visits 2014, the Handelingen of 1998).
    expect(ref('Nader\nWetboek van Strafvordering (Boek 6) (36327)\nNader').map((r) => r.key)).toEqual(['36327']);
    expect(ref('Gemeentelijke herindeling Noord-Limburg (31815, 31817, 31818)\ninbreng').map((r) => r.key)).toEqual(['31815', '31817', '31818']);
    expect(ref('- voordracht ter vervulling van een vacature bij de Hoge Raad (26304).').map((r) => r.key)).toEqual(['26304']);
    // A treaty's title of 560 characters (the Eerste Kamer's Handelingen, 2012).
    const esm =
      '- het wetsvoorstel Goedkeuring van het op 2 februari 2012 te Brussel tot stand gekomen Verdrag tot instelling van het Europees Stabiliteitsmechanisme tussen ' +
      'het Koninkrijk België, de Bondsrepubliek Duitsland, de Republiek Estland, Ierland, de Helleense Republiek, het Koninkrijk Spanje, de Franse Republiek, de ' +
      'Italiaanse Republiek, de Republiek Cyprus, het Groothertogdom Luxemburg, Malta, het Koninkrijk der Nederlanden, de Republiek Oostenrijk, de Portugese ' +
      'Republiek, de Republiek Slovenië, de Slowaakse Republiek en de Republiek Finland ( Trb. 2012, 28 ) ( 33221 ),';
    expect(ref(esm).map((r) => r.key)).toEqual(['33221']);
    // A title in guillemets (a committee's list of letters, 2000).
    expect(ref('de brief houdende het verslag «Toezicht op het spoor» (26 615);').map((r) => r.key)).toEqual(['26615']);
    // A report's title (Handelingen 2009: the vote after a debate on a report).
    expect(ref('het debat over het verslag van de Nationale ombudsman over 2007 (31363), te weten').map((r) => r.key)).toEqual(['31363']);
    expect(ref('het voorstel Wet gesloten coffeeshopketen ( 34\u00a0165 );').map((r) => r.key)).toEqual(['34165']);
    // A long title: the bill's name is up to 400 characters back.
    expect(ref(`het voorstel Wijziging van de Wet op de beroepen in de individuele gezondheidszorg ${'in verband met het opnemen van de physician assistant '.repeat(4)}(34630). Aangezien`).map((r) => r.key)).toEqual(['34630']);
    expect(ref('de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2021 ( 35570-VI )').map((r) => r.key)).toEqual(['35570-VI']);
    // The Eerste Kamer's pointed dossier numbers; a bill's title that starts "Invoering", a commitment's; after a citation in parentheses.
    expect(ref('Het wetsvoorstel Wet grondgebonden groei melkveehouderij (34.295) beoogt').map((r) => r.key)).toEqual(['34295']);
    // Two budgets in one pair of parentheses (Handelingen 2012, the Regeling van werkzaamheden).
    expect(ref('aanverwante zaken van de begrotingen VWS en V&J voor het jaar 2013 (33400-VI en 33400-XVI);').map((r) => [r.text, r.key])).toEqual([
      ['33400-VI', '33400-VI'],
      ['33400-XVI', '33400-XVI'],
    ]);
    expect(ref('Toezegging Wijziging van de Pensioenwet (33.610 / 33.847) (T01964)').map((r) => r.key)).toEqual(['33610', '33847']);
    // An Eerste Kamer page's dossier line: "dossier(s) Kabinetsformatie 2021 (35.788)".
    expect(ref('dossier(s) Kabinetsformatie 2021 (35.788)\nbehandelende commissie(s)').map((r) => r.key)).toEqual(['35788']);
    expect(ref('Invoering stelsel van fosfaatrechten (34.532) voert').map((r) => r.key)).toEqual(['34532']);
    expect(ref('Toezegging Problematiek Zeeland en verdeelmodel (34.568)De Minister').map((r) => r.key)).toEqual(['34568']);
    expect(ref('Verdrag ter bestrijding van misdaad (PbEU 2012, L 94) (33995)').map((r) => r.key)).toEqual(['33995']);
    // The Kamer's own budget in an agenda (Handelingen 1999).
    expect(ref('de Raming voor de Tweede Kamer van in 2000 benodigde uitgaven, alsmede aanwijzing en raming van de ontvangsten (26478).').map((r) => r.key)).toEqual(['26478']);
    // Elsewhere a number in parentheses is left alone, pointed or not.
    expect(ref('een prijs (25000) en het bedrag (12345)')).toEqual([]);
    expect(ref('De gemeente heeft 34.295 inwoners (34.295). Het aantal bezoekers (34.568) steeg.')).toEqual([]);
  });

  it('reads no dossier cut short of a digit after "Kamerstuk" (a typo in a list of questions, 2024)', () => {
    expect(ref('inzake de Najaarsnota 2024 (Kamerstuk 36 6235, nr. 1).')).toEqual([]);
  });

  it('reads a bare reference glued to a document number by a slash (a minister\'s letter, 2025), not a path or a fraction', () => {
    expect(ref('op 21 mei 2025 onder nummer 32201-118/2025D23038.').map((k) => [k.text, k.key])).toEqual([['32201-118', '32201-118']]);
    expect(ref('zie 32201-118/2 en 32201-118/abc')).toEqual([]);
  });

  it('reads "nr. 3 & 4" as two documents (a list of questions, 2025)', () => {
    expect(ref('Voedselkwaliteit 2024 (36740-XIV, nr. 3 & 4), ingezonden').map((k) => [k.text, k.key])).toEqual([
      ['36740-XIV, nr. 3', '36740-XIV-3'],
      ['4', '36740-XIV-4'],
    ]);
  });

  it('reads "nr," with a comma for its point (a footnote in a budget\'s notes, 2021)', () => {
    expect(ref('1\n\nKamerstukken II 2020-2021, 31 066, nr, 772\n\nLicence').map((k) => [k.text, k.key])).toEqual([['Kamerstukken II 2020-2021, 31 066, nr, 772', '31066-772']]);
    expect(ref('Kamerstuk 31 066, nr,')).toEqual([expect.objectContaining({ key: '31066' })]);
  });

  it('reads English "no." with its point (a Dutch MP\'s letter to EU colleagues, 2022)', () => {
    expect(ref('House of Representatives, 2018-2019 session year, 21 501-20, no. 1471').map((k) => [k.text, k.key])).toEqual([['21 501-20, no. 1471', '21501-20-1471']]);
    expect(ref('35 300, no 12 en 21501, nog 5')).toEqual([]);
  });

  it('reads the EU councils under 21 501 as sub-dossiers, not numbers', () => {
    expect(ref('Motie 21 501-02, nr. 2801').map((r) => r.key)).toEqual(['21501-02-2801']);
    expect(ref('21 501 - 02 Raad Algemene Zaken')).toEqual([]);
    expect(ref('Kamerstuk 21501-20').map((r) => r.key)).toEqual(['21501-20']);
  });

  it('reads the number rijksbegroting.nl prints before a motion\'s heading, without "nr." ("35095 8 MOTIE VAN HET LID LEIJTEN")', () => {
    expect(ref('Najaarsnota 2018\n\n35095 8 MOTIE VAN HET LID LEIJTEN\n\nVergaderjaar 2018-2019').map((k) => [k.text, k.key])).toEqual([['35095 8', '35095-8']]);
    expect(ref('Vaststelling begroting\n\n35300 VII 44 GEWIJZIGDE MOTIE VAN HET LID ÖZÜTOK TER VERVANGING').map((k) => [k.text, k.key])).toEqual([['35300 VII 44', '35300-VII-44']]);
    // Only at a line's start, before a motion's heading in capitals.
    expect(ref('in 35095 8 MOTIE VAN HET LID X')).toEqual([]);
    expect(ref('35095 8 moties van het lid X')).toEqual([]);
  });

  it("reads the Parlementaire Monitor's metadata line \"Kenmerk 33576;228; 33576;229\", and only after that label", () => {
    expect(ref('Kenmerk 33576;228; 33576;229\nStatus').map((k) => [k.text, k.key])).toEqual([
      ['33576;228', '33576-228'],
      ['33576;229', '33576-229'],
    ]);
    expect(ref('tabel: 33576;228; 12345;12')).toEqual([]);
    // Its older pages: the bills' dossiers alone (Handelingen 1986), then the pages.
    expect(ref("Aantal pagina's 80\nKenmerk 19256, 19257, 19383, Blz. 4923 - 5002").map((k) => k.key)).toEqual(['19256', '19257', '19383']);
    expect(ref('Kenmerk 2023, 12345')).toEqual([]);
    // An Eerste Kamer document's own line, its letter written as a number (eumonitor.nl, 2025).
    expect(found('Nummer KST36600XXG\nKenmerk 36600 XX, nr. G\nExterne link', 'kamerstuk').map((k) => [k.text, kamerstukKey(k), k.letter])).toEqual([['36600 XX, nr. G', '36600-XX', 'G']]);
    // Newer pages: bills' dossiers and the Eerste Kamer's letters, parted by "; " (an Eerste Kamer debate, 2023).
    expect(found('Kenmerk 36342; 36369; 36418;K; 36418;AA\nExterne link', 'kamerstuk').map((k) => [k.text, kamerstukKey(k), k.letter])).toEqual([
      ['36342', '36342', undefined],
      ['36369', '36369', undefined],
      ['36418;K', '36418', 'K'],
      ['36418;AA', '36418', 'AA'],
    ]);
  });

  it("keeps the Eerste Kamer's letter number (\"Kamerstukken I 2016/17, 34 295, C\") without taking it for a Tweede Kamer number", () => {
    const ek = (t: string) => found(t, 'kamerstuk').map((k) => [k.text, k.dossier, k.ondernummer, k.letter]);
    expect(ek('5 Kamerstukken I 2012/13, 31 570, G; Kamerstukken I 2013/14, 31 570, J en')).toEqual([
      ['Kamerstukken I 2012/13, 31 570, G', 31570, null, 'G'],
      ['Kamerstukken I 2013/14, 31 570, J', 31570, null, 'J'],
    ]);
    expect(ek('(Kamerstuk 35 526, L) en Kamerstukken I, 34 246, letter C.')).toEqual([
      ['Kamerstuk 35 526, L', 35526, null, 'L'],
      ['Kamerstukken I, 34 246, letter C', 34246, null, 'C'],
    ]);
    expect(ek('Kamerstuk 35 526, De minister schrijft')).toEqual([['Kamerstuk 35 526', 35526, null, undefined]]);
  });

  it('says a range is a range', () => {
    expect(ref('Kamerstuk 36 600, nrs. 1 t/m 3')).toEqual([{ text: 'Kamerstuk 36 600, nrs. 1 t/m 3', key: '36600-1', tot: 3 }]);
  });

  it.each([
    ['a date', 'Den Haag, 21 oktober 2025'],
    ['a session year', 'vergaderjaar 2024-2025'],
    ['a count', '75.330 tijdelijke vergunninghouders'],
    ['a postcode', 'Postbus 2894, 1000 CW Amsterdam'],
    ['a phone number', 'Telefoon (020) 346 72 00 of 070-3456789'],
    ['a page number', 'zie blz. 12 en p. 34'],
    ['an article', 'artikel 3.1 en artikel 14, lid 2'],
    ['a number in an unrelated URL', 'https://example.org/nieuws/12345-678/artikel'],
    ['a code with a hyphen after a letter', 'bestelcode ABC-31066-503 en SKU-12345-67'],
    ['a year', 'in 2024 en 2025'],
    ['a percentage', '12,5% van de 32317 aanvragen'],
    ['an abbreviation inside a word or code', 'TKST 33348, KSA 33348, KS-33348 en AKst 33348'],
    ['a number after "dossier" that is no dossier', 'het dossier 2024 en dossiernummer 31234'],
    ['a run-together identifier that could be split more than one way', 'Nummer KST1145521 en KST22458 en XKST34775V1 en KST362841 en kst32820477'],
  ])('does not take %s for one', (_, text) => {
    expect(kinds(text).filter((k) => k.startsWith('kamerstuk'))).toEqual([]);
  });
});
