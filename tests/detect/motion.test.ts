import { describe, expect, it } from 'vitest';
import { found } from './helpers';

const mo = (t: string) => found(t, 'motion').map(({ text, indieners, cs }) => ({ text, indieners, cs }));

describe('named motions', () => {
  it.each([
    ['uitvoering van de motie Eerdmans die opriep', 'motie Eerdmans', ['Eerdmans'], false],
    ['zoals de motie-Eerdmans vraagt', 'motie-Eerdmans', ['Eerdmans'], false],
    // "el" after a first name (news, 2025).
    ['De motie van Ismail el Abassi (DENK) over het volledig afschaffen', 'motie van Ismail el Abassi (DENK)', ['Ismail el Abassi'], false],
    // A space before the hyphen (openkamer.org's title).
    ['Kamerstuk 31700-XIV-24\n\nMotie -Snijder-Hazelhoff c.s. over het niet meer vangen van glasaal', 'Motie -Snijder-Hazelhoff c.s.', ['Snijder-Hazelhoff'], true],
    ['in het kader van de motie Van Zanten/Boomsma.4', 'motie Van Zanten/Boomsma', ['Van Zanten', 'Boomsma'], false],
    ['de motie-Klaver c.s. werd aangenomen', 'motie-Klaver c.s.', ['Klaver'], true],
    ['Motie van de leden Piri en Bontenbal over een plan', 'Motie van de leden Piri en Bontenbal', ['Piri', 'Bontenbal'], false],
    ['een motie aangenomen van de leden Ceder (CU) en van Dijk (SGP)¹.', 'motie aangenomen van de leden Ceder (CU) en van Dijk (SGP)', ['Ceder', 'Van Dijk'], false],
    ['de motie van het lid Rikkers-Oosterkamp over', 'motie van het lid Rikkers-Oosterkamp', ['Rikkers-Oosterkamp'], false],
    ['de motie van het Kamerlid Omtzigt over', 'motie van het Kamerlid Omtzigt', ['Omtzigt'], false],
    ['een motie ingediend door Kamerlid Bikker c.s.', 'motie ingediend door Kamerlid Bikker c.s.', ['Bikker'], true],
    ['de motie van de leden Van der Plas, Bikker en Dassen', 'motie van de leden Van der Plas, Bikker en Dassen', ['Van der Plas', 'Bikker', 'Dassen'], false],
    // A footnote marker stuck to the name in extracted text (Kamerbrief, kst-36101-16).
    ['de motie van de leden Dassen en Omtzigt2 en de eerdere', 'motie van de leden Dassen en Omtzigt', ['Dassen', 'Omtzigt'], false],
    ['zie de motie van het lid Bikker3 hierover', 'motie van het lid Bikker', ['Bikker'], false],
    ['de eerdere motie van het lid Dassen c.s.3 waarin', 'motie van het lid Dassen c.s.', ['Dassen'], true],
    // The Kamer's titles tell namesakes apart by first name; some surnames are two words.
    ['Motie van de leden Diederik van Dijk en Bikker over wijkagenten', 'Motie van de leden Diederik van Dijk en Bikker', ['Diederik van Dijk', 'Bikker'], false],
    ['Motie van de leden Six Dijkstra en Van Nispen over publicatie', 'Motie van de leden Six Dijkstra en Van Nispen', ['Six Dijkstra', 'Van Nispen'], false],
    ['Motie van het lid El Abassi over iets', 'Motie van het lid El Abassi', ['El Abassi'], false],
    ['de motie van het lid Bikker Kamerstuk 36 600, nr. 26', 'motie van het lid Bikker', ['Bikker'], false],
    // "van lid" (Kamerbrief, kst-26643-971), "de heer", "mevrouw".
    ['met inachtneming van de motie van lid Klaver c.s. is', 'motie van lid Klaver c.s.', ['Klaver'], true],
    ['de motie van de heer Omtzigt over', 'motie van de heer Omtzigt', ['Omtzigt'], false],
    ['de motie van mevrouw Kostić', 'motie van mevrouw Kostić', ['Kostić'], false],
    // Older texts: "den heer" (parliamentary history, 1868), an academic title (a weekly, 1951).
    ['De motie van den heer Blussé werd daarna met 39 tegen 34 stemmen aangenomen', 'motie van den heer Blussé', ['Blussé'], false],
    ['De motie van dr Schouten veroordeelde wel evenzeer', 'motie van dr Schouten', ['Schouten'], false],
    ['Met de motie van mr Oud was dat niet zo.', 'motie van mr Oud', ['Oud'], false],
    // News: "Een motie van die strekking van JA21-voorman Joost Eerdmans kreeg ruime steun" (ANP).
    ['Een motie van die strekking van JA21-voorman Joost Eerdmans kreeg steun', 'motie van die strekking van JA21-voorman Joost Eerdmans', ['Joost Eerdmans'], false],
    // "van" left out, as published (a ministry's overview; the Kamer's own title "Gewijzigde motie het lid Ceder c.s.").
    ['De motie het lid van Tongeren. Verzoekt de regering', 'motie het lid van Tongeren', ['Van Tongeren'], false],
    ['Gewijzigde motie het lid Ceder c.s. over een WOTS-verzoek', 'motie het lid Ceder c.s.', ['Ceder'], true],
    // Letters beyond Latin-1, in the first letter and after it (the patterns spell the Latin letters out).
    ['de motie van het lid Yeşilgöz-Zegerius over', 'motie van het lid Yeşilgöz-Zegerius', ['Yeşilgöz-Zegerius'], false],
    ['met de motie-Öztürk werd', 'motie-Öztürk', ['Öztürk'], false],
    ['de motie van het lid Łukasz over', 'motie van het lid Łukasz', ['Łukasz'], false],
    // "cum suis" written out (Eerste Kamer Handelingen).
    ['de motie-Kox cum suis over de zorg', 'motie-Kox cum suis', ['Kox'], true],
    ['de motie Sneller en Slootweg cum suis over de zorg', 'motie Sneller en Slootweg cum suis', ['Sneller', 'Slootweg'], true],
    // A footnote's number stuck on the second name (an Eerste Kamer report, 2020); not a year.
    ['als reactie op de motie-Dijkhoff en Oskam3 uit 2014, dit', 'motie-Dijkhoff en Oskam', ['Dijkhoff', 'Oskam'], false],
    ['de motie Sneller en Slootweg2025 is', 'motie Sneller', ['Sneller'], false],
    // The plural naming one submitter (a Kamerbrief; a motion's considerations: "de aangenomen moties Becker (...)").
    ['Met de moties Van Dijk is gevraagd', 'moties Van Dijk', ['Van Dijk'], false],
    ['constaterende dat de aangenomen moties Becker (35 228, nr. 8 en 32 824, nr. 432) stellen', 'moties Becker', ['Becker'], false],
    // A first name of two words, or a surname of two, before "c.s." (Eerste Kamer Handelingen).
    ['de motie-Mei Li Vos c.s. over compensatie', 'motie-Mei Li Vos c.s.', ['Mei Li Vos'], true],
    // News and press releases: a word between "motie" and "van", a member named by party (a union's and ANP's text).
    ['Een motie daarover van Peter de Groot werd aangenomen', 'motie daarover van Peter de Groot', ['Peter de Groot'], false],
    ['Eerder nam de Kamer een motie van VVD\'er Bente Becker aan', "motie van VVD'er Bente Becker", ['Bente Becker'], false],
    ['een motie van D66\u2019er Sneller', 'motie van D66\u2019er Sneller', ['Sneller'], false],
    // News writes "motie van" and the name (nrc.nl); Handelingen "de motie op stuk nr. 10 van de heer ...".
    ['een motie van Sophie Hermans (VVD) werd aangenomen', 'motie van Sophie Hermans (VVD)', ['Sophie Hermans'], false],
    ['de motie van Omtzigt over', 'motie van Omtzigt', ['Omtzigt'], false],
    // News names a submitter by role, often with the party (nos.nl, eenvandaag.nl).
    ['Een motie van senator Van Hattem(PVV) over het afzien', 'motie van senator Van Hattem(PVV)', ['Van Hattem'], false],
    ['De motie van BBB-kopvrouw Caroline van der Plas haalde het', 'motie van BBB-kopvrouw Caroline van der Plas', ['Caroline van der Plas'], false],
    ['een motie van VVD-Kamerlid Hermans', 'motie van VVD-Kamerlid Hermans', ['Hermans'], false],
    ['heeft een motie van PvdA-lid Monasch hierover aangenomen', 'motie van PvdA-lid Monasch', ['Monasch'], false],
    // A double surname whose second part starts with a capitalised particle (parlement.com, 2022).
    ['de motie van Marjolein Faber-Van de Klashorst aangenomen', 'motie van Marjolein Faber-Van de Klashorst', ['Marjolein Faber-Van de Klashorst'], false],
    // A space after the party's hyphen (Vrij Nederland, 2017).
    ['de motie van PvdA- Kamerlid Sent over', 'motie van PvdA- Kamerlid Sent', ['Sent'], false],
    // The Eerste Kamer's members after a comma (eerstekamer.nl news, 2011).
    ['De eerste motie, van senator Vendrik (GroenLinks), verzoekt', 'motie, van senator Vendrik (GroenLinks)', ['Vendrik'], false],
    // The Eerste Kamer's chair (Handelingen I, 2015).
    ['Dan komen we bij de volgende motie, van de heer Van Apeldoorn, met letter P.', 'motie, van de heer Van Apeldoorn', ['Van Apeldoorn'], false],
    ['De tweede motie, eveneens van senator Vendrik, verzoekt', 'motie, eveneens van senator Vendrik', ['Vendrik'], false],
    ['De motie, ondertekend door de Kamerleden Klaver, Slob, Pechtold en Thieme, werd', 'motie, ondertekend door de Kamerleden Klaver, Slob, Pechtold en Thieme', ['Klaver', 'Slob', 'Pechtold', 'Thieme'], false],
    // A minister's letter (2019): the Kamer's motion, the year and the members in a relative clause.
    [
      'en voer ik de motie van de Tweede Kamer uit die in 2018 werd ingediend door de leden Beckerman, Nijboer en Geluk-Poortvliet. Zij',
      'motie van de Tweede Kamer uit die in 2018 werd ingediend door de leden Beckerman, Nijboer en Geluk-Poortvliet',
      ['Beckerman', 'Nijboer', 'Geluk-Poortvliet'],
      false,
    ],
    // A relative clause with its verb before "door" (NRC, 2018).
    ['de motie, die was ingediend door Tweede Kamerleden Kati Piri (PvdA) en Suzanne Kröger (GroenLinks), werd', 'motie, die was ingediend door Tweede Kamerleden Kati Piri (PvdA) en Suzanne Kröger (GroenLinks)', ['Kati Piri', 'Suzanne Kröger'], false],
    ['de motie van de GroenLinks-PvdA-fractievoorzitter Klaver', 'motie van de GroenLinks-PvdA-fractievoorzitter Klaver', ['Klaver'], false],
    ['een motie van PVV-leider Wilders', 'motie van PVV-leider Wilders', ['Wilders'], false],
    // An adjective before the role (RTV Noord, 2017).
    ['De motie werd ingediend door het Groningse SP-Kamerlid Sandra Beckerman en Frank Wassenberg', 'motie werd ingediend door het Groningse SP-Kamerlid Sandra Beckerman en Frank Wassenberg', ['Sandra Beckerman', 'Frank Wassenberg'], false],
    // "is die van" (a trade newsletter on the votes on culture, 2020); not a party's.
    ['Een belangrijke motie is die van Asscher (PvdA) c.s. waarin de regering', 'motie is die van Asscher (PvdA) c.s.', ['Asscher'], true],
    // The first submitter "among others" (Trouw 2022, ANP 2026).
    ['achter een motie van onder anderen D66-Kamerlid Sjoerd Sjoerdsma om', 'motie van onder anderen D66-Kamerlid Sjoerd Sjoerdsma', ['Sjoerd Sjoerdsma'], false],
    ['Nadat de motie van onder meer Mirjam Bikker (ChristenUnie) was aangenomen', 'motie van onder meer Mirjam Bikker (ChristenUnie)', ['Mirjam Bikker'], false],
    // A party named with the member: the member is the submitter (bnr.nl).
    ['een motie van de BBB en Pieter Omtzigt, waarin', 'motie van de BBB en Pieter Omtzigt', ['Pieter Omtzigt'], false],
    ['de motie van der Plas (29 861–102) hier', 'motie van der Plas', ['Van der Plas'], false],
    ['In stemming komt de motie op stuk nr. 10 van de heer Pechtold c.s. over', 'motie op stuk nr. 10 van de heer Pechtold c.s.', ['Pechtold'], true],
    // Debates: "de heren", "collega('s)", a title before a later name.
    ['de motie van de heren Van Nispen en Van den Berge op stuk nr. 13', 'motie van de heren Van Nispen en Van den Berge', ['Van Nispen', 'Van den Berge'], false],
    ['de motie van collega Brekelmans', 'motie van collega Brekelmans', ['Brekelmans'], false],
    // A party colleague (ANP, 2025).
    ['Brekelmans sloot zich aan bij de motie van zijn partijgenoot Van der Burg.', 'motie van zijn partijgenoot Van der Burg', ['Van der Burg'], false],
    ['de motie van haar fractiegenote Bikker over', 'motie van haar fractiegenote Bikker', ['Bikker'], false],
    // "leden" without "de", "Lid" with a capital (answers to Kamervragen, 2024).
    ['conform de motie van leden Bikker en Omtzigt aangegeven', 'motie van leden Bikker en Omtzigt', ['Bikker', 'Omtzigt'], false],
    ['de aangenomen motie van het Lid Ceder over op basis van feiten', 'motie van het Lid Ceder', ['Ceder'], false],
    ["De motie van de collega's Van Rey en Duivesteijn is er een met twee namen", "motie van de collega's Van Rey en Duivesteijn", ['Van Rey', 'Duivesteijn'], false],
    // A party before "collega" (Metro, 2026).
    ['Een motie daarover van BBB-collega Caroline van der Plas, haalde het', 'motie daarover van BBB-collega Caroline van der Plas', ['Caroline van der Plas'], false],
    // A particle in lower case after the slash (a ministry's list of questions, 2011).
    ['de uitvoering van de motie Slob/de Rouwe over de werktijdverkorting', 'motie Slob/de Rouwe', ['Slob', 'De Rouwe'], false],
    // A slip in a published report (Kamerstuk 21 501-02, nr. 2377); "van van der Plas" stays a name's own "van".
    ['de motie van van het lid Jasper van Dijk (Kamerstuk 35 663, nr.19)', 'motie van van het lid Jasper van Dijk', ['Jasper van Dijk'], false],
    ['de motie van van der Plas over', 'motie van van der Plas', ['Van der Plas'], false],
    // "lid" without "het" (a council motion's considerations, 2019).
    ['De Tweede Kamer een motie heeft aangenomen (Motie lid Özütok, d.d. 20 juni 2019) die', 'Motie lid Özütok', ['Özütok'], false],
    ['de motie van mevrouw Kuik en de heer Voordewind over', 'motie van mevrouw Kuik en de heer Voordewind', ['Kuik', 'Voordewind'], false],
    // Initials in the short form (Handelingen 1996/97).
    ['de motie-M.B. Vos over ontmoediging', 'motie-M.B. Vos', ['Vos'], false],
    ['de motie-Th.C. de Graaf c.s. werd aangenomen', 'motie-Th.C. de Graaf c.s.', ['De Graaf'], true],
    // A party before "c.s." in the short form (an Eerste Kamer bill's history).
    ['Motie-Rehwinkel (PvdA) c.s. over de zorg', 'Motie-Rehwinkel (PvdA) c.s.', ['Rehwinkel'], true],
    // A party after each name of the short form (an activist's list of corona motions, 2021).
    ['Motie Van Haga (FVD)/ Kuzu (DENK) over alle RIVM modellen', 'Motie Van Haga (FVD)/ Kuzu', ['Van Haga', 'Kuzu'], false],
    // The motion's number before "van" (a blog's list of the votes of 18 March 2020), "leden" without "de".
    ['Motie 151 van de leden Wilders en Baudet over afkondigen van een lockdown', 'Motie 151 van de leden Wilders en Baudet', ['Wilders', 'Baudet'], false],
    ['• Motie leden Stoffer (SGP) en Van Haga (FVD) over heropeningsplannen', 'Motie leden Stoffer (SGP) en Van Haga (FVD)', ['Stoffer', 'Van Haga'], false],
    // Broken after the hyphen at a line end.
    ['de motie-\nVan Baarle over', 'motie-\nVan Baarle', ['Van Baarle'], false],
    // A first name the Kamer writes to tell namesakes apart, in the short form (Handelingen 2019/20 and a motion of 2024).
    ['In stemming komt de motie-Remco Dijkstra/Postma (35300-A, nr. 24).', 'motie-Remco Dijkstra/Postma', ['Remco Dijkstra', 'Postma'], false],
    // Two first names (innovationorigins.com, 2014).
    ['Motie Mei Li Vos over de rol van Brainport', 'Motie Mei Li Vos', ['Mei Li Vos'], false],
    ['de motie-Van Aalst/Remco Dijkstra over', 'motie-Van Aalst/Remco Dijkstra', ['Van Aalst', 'Remco Dijkstra'], false],
    ['de motie-Diederik van Dijk/Bikker over wijkagenten', 'motie-Diederik van Dijk/Bikker', ['Diederik van Dijk', 'Bikker'], false],
    ['in de motie-Ceder/Six Dijkstra gevraagd', 'motie-Ceder/Six Dijkstra', ['Ceder', 'Six Dijkstra'], false],
    ['de motie-Eerdmans Kamerbreed aangenomen', 'motie-Eerdmans', ['Eerdmans'], false],
    // A second submitter after "en" in the short form, where the names visibly end (a minister's letter
    // title, a Kamerbrief, news).
    ['Uitvoering van de motie Sneller en Slootweg (Kamerstuknummer 36360.6)', 'motie Sneller en Slootweg', ['Sneller', 'Slootweg'], false],
    ['de Motie Dik-Faber en Jacobi (Kamerstuk 34 300 XIII, nr. 135)', 'Motie Dik-Faber en Jacobi', ['Dik-Faber', 'Jacobi'], false],
    // A first name that tells two members apart, as the other forms keep it (openkamer.org's motion titles).
    ['Motie Van der Ham en Jasper van Dijk over een streefbedrag voor de lokale omroep', 'Motie Van der Ham en Jasper van Dijk', ['Van der Ham', 'Jasper van Dijk'], false],
    ['de motie Sneller en Pia Dijkstra over de zorg', 'motie Sneller en Pia Dijkstra', ['Sneller', 'Pia Dijkstra'], false],
    ['over de motie Van der Wal en Mohandis en eerder onbeantwoorde vragen', 'motie Van der Wal en Mohandis', ['Van der Wal', 'Mohandis'], false],
    ['de motie Van der Graaf en Van der Molen over de Voedselbank.', 'motie Van der Graaf en Van der Molen', ['Van der Graaf', 'Van der Molen'], false],
    ['de motie-Segers en Asscher c.s. werd aangenomen', 'motie-Segers en Asscher c.s.', ['Segers', 'Asscher'], true],
    ['de motie-Omtzigt en Van Dijk stemden tegen', 'motie-Omtzigt', ['Omtzigt'], false],
    ['de motie Omtzigt en Nederland.', 'motie Omtzigt', ['Omtzigt'], false],
    // The Kamer's vote record of a motion named by its submitter, unlike those named by the debate (below).
    ['Stemming motie-Fritsma c.s.', 'motie-Fritsma c.s.', ['Fritsma'], true],
    // A motion of no confidence named by its submitter (a liveblog, 2019); the chair's formula after a motion is read out (Handelingen).
    ['De motie van wantrouwen van Geert Wilders tegen premier Rutte is verworpen', 'motie van wantrouwen van Geert Wilders', ['Geert Wilders'], false],
    ['Deze gewijzigde motie is voorgesteld door het lid Dijksma. Naar mij blijkt', 'motie is voorgesteld door het lid Dijksma', ['Dijksma'], false],
    ['Deze gewijzigde motie is ondertekend door de leden Jacobi en Jager. Naar mij blijkt', 'motie is ondertekend door de leden Jacobi en Jager', ['Jacobi', 'Jager'], false],
    // A few words before "ingediend" (OOG TV, 2023).
    ['De motie was vorige week ingediend door de Kamerleden Eline Vedder-Monaster van het CDA en Jeroen van Wijngaarden van de VVD.', 'motie was vorige week ingediend door de Kamerleden Eline Vedder-Monaster', ['Eline Vedder-Monaster'], false],
    // The submitter after the subject, after a member's title (Handelingen 2015, the debate over the vote list).
    ['Het gaat om de motie op stuk nr. 157 over beschut werk van mevrouw Vermeij en mijzelf, die is ingediend', 'motie op stuk nr. 157 over beschut werk van mevrouw Vermeij', ['Vermeij'], false],
    ['de motie over de Wajong van de heer Van Dijk (PVV) is aangenomen', 'motie over de Wajong van de heer Van Dijk (PVV)', ['Van Dijk'], false],
  ])('%j', (text, written, indieners, cs) => {
    expect(mo(text)).toEqual([{ text: written, indieners, cs }]);
  });

  it('reads several motions named in one phrase as one motion each ("de moties Marijnissen c.s. en Klaver c.s.")', () => {
    expect(mo('de uitvoering van de moties Marijnissen c.s. en Klaver c.s. (hierna)')).toEqual([
      { text: 'moties Marijnissen c.s.', indieners: ['Marijnissen'], cs: true },
      { text: 'Klaver c.s.', indieners: ['Klaver'], cs: true },
    ]);
    expect(mo('uitvoering gegeven aan de moties van de leden Van Haersma c.s.1, Roemer c.s.2 en Azmani c.s.3.').map((m) => m.text)).toEqual([
      'moties van de leden Van Haersma c.s.',
      'Roemer c.s.',
      'Azmani c.s.',
    ]);
    expect(mo('de moties-Van Dijk en -Bikker zijn aangenomen').map((m) => m.indieners)).toEqual([['Van Dijk'], ['Bikker']]);
    // A footnote's number ends each motion: names joined by "en" before one submitted it together (a minister's letter, 2021).
    expect(mo('via de moties van de leden Dijkhoff c.s.3, Marijnissen c.s.4, Bromet6, Kwint en Leijten7, Inge van Dijk c.s.8 en Kat c.s.9 en ook').map((m) => m.indieners)).toEqual([
      ['Dijkhoff'],
      ['Marijnissen'],
      ['Bromet'],
      ['Kwint', 'Leijten'],
      ['Inge van Dijk'],
      ['Kat'],
    ]);
    // Without "c.s." after each name, "de moties van de leden A en B" may be motions of A and B together.
    expect(mo('de moties van de leden Van Dijk en Bikker over schulden')).toEqual([
      { text: 'moties van de leden Van Dijk en Bikker', indieners: ['Van Dijk', 'Bikker'], cs: false },
    ]);
    expect(mo('De moties van GroenLinks en PVV, en deze moties')).toEqual([]);
  });

  it("reads a motion's own title in a Kamerstuk, written in capitals (the snapshot's 8,041 motions: 8,012 read)", () => {
    const title = (t: string) => found(t, 'motion').map(({ text, indieners, cs }) => ({ text, indieners, cs }));
    expect(title('Nr. 439 MOTIE VAN HET LID RIKKERS-OOSTERKAMP \n\nVoorgesteld 24 april 2025')).toEqual([
      { text: 'MOTIE VAN HET LID RIKKERS-OOSTERKAMP', indieners: ['Rikkers-Oosterkamp'], cs: false },
    ]);
    expect(title('Nr. 12 MOTIE VAN DE LEDEN DIEDERIK VAN DIJK EN EERDMANS\nVoorgesteld')).toEqual([
      { text: 'MOTIE VAN DE LEDEN DIEDERIK VAN DIJK EN EERDMANS', indieners: ['Diederik van Dijk', 'Eerdmans'], cs: false },
    ]);
    expect(title('Nr. 1506 GEWIJZIGDE MOTIE VAN DE LEDEN KRÖGER EN BECKERMAN TER VERVANGING VAN DIE GEDRUKT ONDER NR. 1483')).toEqual([
      { text: 'MOTIE VAN DE LEDEN KRÖGER EN BECKERMAN', indieners: ['Kröger', 'Beckerman'], cs: false },
    ]);
    expect(title('Nr. 7 MOTIE VAN HET LID VAN DER PLAS C.S.\n')).toEqual([{ text: 'MOTIE VAN HET LID VAN DER PLAS C.S.', indieners: ['Van der Plas'], cs: true }]);
    expect(title('Zie MOTIE VAN HET LID EERDMANS. Daarna')).toEqual([{ text: 'MOTIE VAN HET LID EERDMANS', indieners: ['Eerdmans'], cs: false }]);
    expect(title('Nr. 826 MOTIE VAN HET LID SARIS CS.\n')).toEqual([{ text: 'MOTIE VAN HET LID SARIS CS.', indieners: ['Saris'], cs: true }]);
    expect(title('MOTIE VAN DE LEDEN VAN DER PLAS, YEŞILGÖZ-ZEGERIUS EN EL ABASSI')[0]!.indieners).toEqual(['Van der Plas', 'Yeşilgöz-Zegerius', 'El Abassi']);
    // Titles with a word left out, as some are published.
    expect(title('Nr. 3 MOTIE DE LEDEN KAHRAMAN EN HIRSCH')[0]!.indieners).toEqual(['Kahraman', 'Hirsch']);
    expect(title('Nr. 3 MOTIE VAN LID DE KORT')[0]!.indieners).toEqual(['De Kort']);
    // Members with the "EN" dropped (an openkamer.org page): each word a member, a particle with the word after it.
    expect(title('Nr. 36 MOTIE VAN DE LEDEN THIJSSEN BROMET\n')[0]!.indieners).toEqual(['Thijssen', 'Bromet']);
    expect(title('Nr. 36 MOTIE VAN DE LEDEN VAN DER PLAS OMTZIGT\n')[0]!.indieners).toEqual(['Van der Plas', 'Omtzigt']);
    expect(title('Nr. 36 MOTIE VAN HET LID DIEDERIK VAN DIJK\n')[0]!.indieners).toEqual(['Diederik van Dijk']);
    // "MOTIE" in capitals for emphasis, the rest in lower case (GeenStijl, 2025): the long form, no heading.
    expect(mo('de stemmingsuitslag van een UITSTEKENDE MOTIE van het lid Tony van Dijck. Die motie')).toEqual([
      { text: 'MOTIE van het lid Tony van Dijck', indieners: ['Tony van Dijck'], cs: false },
    ]);
    // Not a title: no member named, or the outcome after the name.
    expect(title('MOTIE VAN WANTROUWEN TEGEN DE MINISTER')).toEqual([]);
    expect(title('MOTIE VAN DE KAMER')).toEqual([]);
    expect(title('MOTIE VAN HET LID EERDMANS AANGENOMEN')[0]!.indieners).toEqual(['Eerdmans']);
  });

  it('keeps the party and the subject for the resolver', () => {
    const [m] = found('een motie van de leden Ceder (CU) en van Dijk (SGP) over vrijwillige terugkeer. Daarna', 'motion');
    expect(m!.signatories).toEqual([{ surname: 'Ceder', party: 'CU' }, { surname: 'Van Dijk', party: 'SGP' }]);
    expect(m!.subject).toBe('vrijwillige terugkeer');
  });

  it('reads two joined names with a two-word surname, and ends the subject at the next motion (a minister\'s letter, 2025)', () => {
    const text = 'mijn reactie op de motie Ceder-Six Dijkstra over de inspanningen\nom Telegram aan zijn wettelijke verplichtingen te houden en de motie Michon-Derkzen\nover het publiceren van de jaarlijkse resellerbrief.';
    const [a, b] = found(text, 'motion');
    expect(a).toMatchObject({ text: 'motie Ceder-Six Dijkstra', indieners: ['Ceder-Six Dijkstra'], subject: 'de inspanningen om Telegram aan zijn wettelijke verplichtingen te houden' });
    expect(b).toMatchObject({ text: 'motie Michon-Derkzen', subject: 'het publiceren van de jaarlijkse resellerbrief' });
    // Not a heading's capitalised word after one double name ("motie Dekker-Abdulaziz Amsterdam.").
    expect(found('de motie Dekker-Abdulaziz Amsterdam.', 'motion')).toEqual([]);
  });

  it("ends the subject at the vote's verb in the past, not at a title's own request (GeenStijl, 2025)", () => {
    const [m] = found('En hoppetee, de Motie van het lid Eerdmans over de prijsstijging van benzine per 1 januari 2026 tenietdoen werd aangenomen met maar liefst 101 stemmen', 'motion');
    expect(m!.subject).toBe('de prijsstijging van benzine per 1 januari 2026 tenietdoen');
    const [t] = found('Motie van het lid Eerdmans over een intrekkingswet in gang zetten opdat de spreidingswet voor 1 februari 2026 wordt ingetrokken', 'motion');
    expect(t!.subject).toBe('een intrekkingswet in gang zetten opdat de spreidingswet voor 1 februari 2026 wordt ingetrokken');
  });

  it('keeps a parenthesis that is part of the subject, and stops at one that is not', () => {
    const [a] = found('Motie van de leden Ceder en Van Nispen over een (tijdelijk) adres als toelatingsvoorwaarde.', 'motion');
    expect(a!.subject).toBe('een (tijdelijk) adres als toelatingsvoorwaarde');
    const [b] = found('de motie van het lid Bikker over de schuldhulp (Kamerstuk 36 600, nr. 26).', 'motion');
    expect(b!.subject).toBe('de schuldhulp');
    // A page's title line, then the bill's name; a line wrapped in the middle goes on.
    const [c] = found('Motie van het lid Van Nispen over kinderen opvangen op geschikte locaties\nWijziging van de Vreemdelingenwet 2000', 'motion');
    expect(c!.subject).toBe('kinderen opvangen op geschikte locaties');
    // ... or the line of its dossier with a sub-dossier (a motion's page on tweedekamer.nl, 2024).
    const [page] = found('Motie van de leden Paternotte en Veldkamp over langeafstandsraketten aan Oekraïne\n21 501-20 Europese Raad\nNr. 2025', 'motion');
    expect(page!.subject).toBe('langeafstandsraketten aan Oekraïne');
    // A letter's "inzake" or "m.b.t." opens it as "over" does (a minister's report, 2025).
    expect(found('Ten aanzien van de motie Dobbe m.b.t. Soedan: de regering', 'motion')[0]!.subject).toBe('Soedan: de regering');
    expect(found('uitvoering motie-Dobbe/Westerveld inzake bezuinigingen gehandicaptenzorg\nVerzoek', 'motion')[0]!.subject).toBe('bezuinigingen gehandicaptenzorg');
    // A table's cell ends it (an issue thread's Markdown table, 2019).
    const [cell] = found('| Motie | Motie van het lid Graus over het voorkomen van overnames van bedrijven | Ontraden |\n| Motie | Motie van', 'motion');
    expect(cell!.subject).toBe('het voorkomen van overnames van bedrijven');
    const [markdown] = found('## Onderwerp\nMotie van de leden Minhas en Van der Graaf over de aanpak van het NABO-programma\n## Samenvatting & Implicatie:', 'motion');
    expect(markdown!.subject).toBe('de aanpak van het NABO-programma');
    const [d] = found('de motie van het lid Bikker over de\nschuldhulp voor jongeren.', 'motion');
    expect(d!.subject).toBe('de schuldhulp voor jongeren');
    // A motion's page: the title line, then the Kamerstuk's own head ("36 848 Kabinetsformatie 2025").
    const [e] = found('Motie : Motie van het lid Dassen over ondoeltreffende fiscale regelingen\n36 848 Kabinetsformatie 2025\nNr. 101', 'motion');
    expect(e!.subject).toBe('ondoeltreffende fiscale regelingen');
  });

  it('reads members named before "een motie" (a minister\'s letter, 2025)', () => {
    expect(mo('is door de leden Timmermans (GroenLinks-PvdA), Bikker (ChristenUnie) en Van Hijum (NSC) een motie ingediend1. De motie')).toEqual([
      { text: 'de leden Timmermans (GroenLinks-PvdA), Bikker (ChristenUnie) en Van Hijum (NSC) een motie', indieners: ['Timmermans', 'Bikker', 'Van Hijum'], cs: false },
    ]);
    expect(mo('In het debat is door het lid Omtzigt een motie ingediend.')).toEqual([{ text: 'het lid Omtzigt een motie', indieners: ['Omtzigt'], cs: false }]);
    // "de door ... ingediende motie" (ANP on the Algemene Politieke Beschouwingen).
    expect(mo('is de door Kamerlid Hermans ingediende motie aangenomen om 200 miljoen euro')).toEqual([{ text: 'Kamerlid Hermans ingediende motie', indieners: ['Hermans'], cs: false }]);
    // The names alone after "door" (a sector's news), never a party.
    expect(mo('op school. In de door Lodewijk Asscher (PvdA) en Thierry Aartsen (VVD) ingediende motie (pdf) over')).toEqual([
      { text: 'Lodewijk Asscher (PvdA) en Thierry Aartsen (VVD) ingediende motie', indieners: ['Lodewijk Asscher', 'Thierry Aartsen'], cs: false },
    ]);
    expect(mo('de door PvdA en VVD ingediende motie en de door de Kamer aangenomen motie')).toEqual([]);
    // One member on behalf of another (dossierkoninkrijksrelaties.nl, 2022): both are its members.
    expect(mo('aangenomen. De door Joba van den Berg (CDA) mede namens Attje Kuiken (PvdA) ingediende motie om').map((m) => m.indieners)).toEqual([['Joba van den Berg', 'Attje Kuiken']]);
    expect(mo('de door het lid Omtzigt c.s. ingediende motie over')).toEqual([{ text: 'het lid Omtzigt c.s. ingediende motie', indieners: ['Omtzigt'], cs: true }]);
    expect(mo('de door de regering ingediende motie')).toEqual([]);
    // Not members, or not the list alone before "een motie".
    expect(mo('Er is door de leden van de commissie een motie ingediend. Door de leden Klaver en Jetten. Later een motie')).toEqual([]);
  });

  it('does not take the motion\'s number in parentheses for a party: "de motie van het lid Kisteman (Kamerstuk 36450-44)"', () => {
    // tweedekamer.nl's list of a committee's documents (2025): the motion was lost to the Kamerstuk it overlapped.
    expect(mo('meenemen in uitvoering van de motie van het lid Kisteman (Kamerstuk 36450-44) Reactie op verzoek')).toEqual([
      { text: 'motie van het lid Kisteman', indieners: ['Kisteman'], cs: false },
    ]);
    expect(mo('de motie van het lid Koops (36327-68) is')).toEqual([{ text: 'motie van het lid Koops', indieners: ['Koops'], cs: false }]);
    expect(mo('de motie van het lid Koops (kst-36327-68).')).toEqual([{ text: 'motie van het lid Koops', indieners: ['Koops'], cs: false }]);
    // A party with digits stays a party.
    expect(mo('de motie van het lid Koops (50PLUS) is')).toEqual([{ text: 'motie van het lid Koops (50PLUS)', indieners: ['Koops'], cs: false }]);
  });

  it('reads members as the subject of "diende(n) een motie (in)" in news', () => {
    expect(mo('beter.\n\nKamerleden Palmen (NSC) en Chakor (GL-PvdA) dienden een motie (nr 87) in met dezelfde strekking.')).toEqual([
      { text: 'Kamerleden Palmen (NSC) en Chakor (GL-PvdA) dienden een motie', indieners: ['Palmen', 'Chakor'], cs: false },
    ]);
    expect(mo('toets.\n\nSenator Koffeman (PvdD) diende een gewijzigde motie in, die de regering vraagt')).toEqual([
      { text: 'Senator Koffeman (PvdD) diende een gewijzigde motie', indieners: ['Koffeman'], cs: false },
    ]);
    // The party written before the role (news, and a typo's space after the hyphen).
    expect(mo('Het besluit volgde. VVD-Kamerlid Erkens diende een motie in die')).toEqual([{ text: 'VVD-Kamerlid Erkens diende een motie', indieners: ['Erkens'], cs: false }]);
    expect(mo('werk. PvdA- Kamerlid Sent diende een motie in')).toEqual([{ text: 'PvdA- Kamerlid Sent diende een motie', indieners: ['Sent'], cs: false }]);
    // A word on the motion between "een" and "motie" (a sector's press release, 2025).
    expect(mo('aanpak te ontwikkelen.” Tweede Kamerlid Glimina Chakor (GroenLinks-PvdA) diende een soortgelijke motie in.')).toEqual([
      { text: 'Tweede Kamerlid Glimina Chakor (GroenLinks-PvdA) diende een soortgelijke motie', indieners: ['Glimina Chakor'], cs: false },
    ]);
    expect(mo('In 2013 werd door PvdD-senator Koffeman een motie ingediend')).toEqual([{ text: 'PvdD-senator Koffeman een motie', indieners: ['Koffeman'], cs: false }]);
    // "het lid" and "de leden" as the subject, in a policy monitor's summary (2025), and the verb before the members.
    expect(mo('Het lid Haage dient een motie in tegen de aanzienlijke bezuinigingen op onderwijs.')).toEqual([
      { text: 'Het lid Haage dient een motie', indieners: ['Haage'], cs: false },
    ]);
    expect(mo('Op 22 mei 2025 dient het lid Haage een motie in tijdens een plenair debat.')).toEqual([{ text: 'het lid Haage een motie', indieners: ['Haage'], cs: false }]);
    expect(mo('en dus diende Kamerlid Mustafa Amhaouch een motie in.')).toEqual([{ text: 'Kamerlid Mustafa Amhaouch een motie', indieners: ['Mustafa Amhaouch'], cs: false }]);
    // A relative clause (ANP, 2024), also with the member's role; not a pronoun, a party or a country.
    expect(mo('Hetzelfde geldt voor een motie die De Groot samen met Pieter Grinwis (ChristenUnie) indiende. Daarin')).toEqual([
      { text: 'motie die De Groot samen met Pieter Grinwis (ChristenUnie) indiende', indieners: ['De Groot', 'Pieter Grinwis'], cs: false },
    ]);
    expect(mo('de motie die VVD-Kamerlid Erkens indiende')).toEqual([{ text: 'motie die VVD-Kamerlid Erkens indiende', indieners: ['Erkens'], cs: false }]);
    expect(mo('Die oproep staat in een motie die Frans Timmermans (GroenLinks-PvdA) heeft ingediend in het debat')).toEqual([
      { text: 'motie die Frans Timmermans (GroenLinks-PvdA) heeft ingediend', indieners: ['Frans Timmermans'], cs: false },
    ]);
    // Present tense, a word before the verb (NU.nl, 2010).
    expect(mo('De motie die CDA-Kamerlid Sander de Rouwe woensdagavond indient tijdens de begrotingsbehandeling')).toEqual([
      { text: 'motie die CDA-Kamerlid Sander de Rouwe woensdagavond indient', indieners: ['Sander de Rouwe'], cs: false },
    ]);
    // The same in the passive, with "door" before the members.
    expect(mo('Een motie die door Kamerleden Omtzigt en Bontenbal werd ingediend, haalde het niet.')).toEqual([
      { text: 'motie die door Kamerleden Omtzigt en Bontenbal werd ingediend', indieners: ['Omtzigt', 'Bontenbal'], cs: false },
    ]);
    expect(mo('de motie, die eerder door Jesse Klaver (GL) is ingediend')).toEqual([{ text: 'motie, die eerder door Jesse Klaver (GL) is ingediend', indieners: ['Jesse Klaver'], cs: false }]);
    expect(mo('een motie die door de VVD werd ingediend, een motie die door de Kamer werd aangenomen')).toEqual([]);
    // The subject first, and where the member is from after the name: the mention ends at the name (RTV Oost, 2018).
    const n35 = found("De 'onaangepaste' motie over de N35 die vanmiddag door CDA-Kamerlid Von Martels uit Dalfsen in de Tweede Kamer wordt ingediend, krijgt", 'motion');
    expect(n35.map((m) => ({ text: m.text, subject: (m as { subject?: string }).subject }))).toEqual([{ text: 'motie over de N35 die vanmiddag door CDA-Kamerlid Von Martels', subject: 'de N35' }]);
    expect(mo('een motie die zij indiende, de motie die de PVV indiende, de motie die PVV en BBB indienden, de motie die Nederland indiende')).toEqual([]);
    // A few words between the verb and "een motie", and "twee moties" (the tech press, 2024); not a party's.
    expect(mo('over gezichtsherkenning. GroenLinks-PvdA-Kamerlid Kathmann diende over het onderwerp twee moties in. De eerste')).toEqual([
      { text: 'GroenLinks-PvdA-Kamerlid Kathmann diende over het onderwerp twee moties', indieners: ['Kathmann'], cs: false },
    ]);
    expect(mo('huurstop. Senator Kox (SP) diende in de derde termijn een motie waarin')).toEqual([
      { text: 'Senator Kox (SP) diende in de derde termijn een motie', indieners: ['Kox'], cs: false },
    ]);
    expect(mo('Kamerleden zijn boos. De PVV diende twee moties in.')).toEqual([]);
    // A motion "die daartoe oproept" (news, 2023); the members between dashes (a blog, 2025).
    expect(mo('Een motie die daartoe oproept van PVV-leider Geert Wilders kreeg steun van D66.')).toEqual([
      { text: 'motie die daartoe oproept van PVV-leider Geert Wilders', indieners: ['Geert Wilders'], cs: false },
    ]);
    expect(mo('De strekking van de motie–ingediend door Gideon van Meijeren (FVD)–was helder')).toEqual([
      { text: 'motie–ingediend door Gideon van Meijeren (FVD)', indieners: ['Gideon van Meijeren'], cs: false },
    ]);
    // A subordinate clause, its verb after "motie" (a patients' association, 2024); not a party, a country, nor another verb.
    expect(mo('Twee voorstemmers meer dan op 22 mei 2024, toen Frans Timmermans een bijna identieke motie indiende tijdens het debat')).toEqual([
      { text: 'Frans Timmermans een bijna identieke motie', indieners: ['Frans Timmermans'], cs: false },
    ]);
    expect(mo('Toen Omtzigt samen met Bontenbal een motie indiende, ging het mis.')).toEqual([
      { text: 'Omtzigt samen met Bontenbal een motie', indieners: ['Omtzigt', 'Bontenbal'], cs: false },
    ]);
    expect(mo('nadat VVD-Kamerlid Erkens een motie had ingediend')).toEqual([{ text: 'VVD-Kamerlid Erkens een motie', indieners: ['Erkens'], cs: false }]);
    expect(mo('omdat Nederland een motie indiende, dat GroenLinks een motie indiende, toen Timmermans een motie steunde')).toEqual([]);
    // "nam een motie aan die werd ingediend door ..." (ANP, 2024); the role "oppositieleider" (the same association).
    expect(mo('De Kamer nam ook een motie aan die werd ingediend door Marieke Koekkoek van Volt. Deze motie')).toEqual([
      { text: 'motie aan die werd ingediend door Marieke Koekkoek', indieners: ['Marieke Koekkoek'], cs: false },
    ]);
    expect(mo('De motie was ingediend door oppositieleider Frans Timmermans (GroenLinks-PvdA) en vroeg')).toEqual([
      { text: 'motie was ingediend door oppositieleider Frans Timmermans (GroenLinks-PvdA)', indieners: ['Frans Timmermans'], cs: false },
    ]);
    // "cs" without its points (a minister's letter, 2025); a name that ends in "cs" keeps it.
    expect(mo('Bij de wetsbehandeling diende het lid Koekoek (Volt) cs een motie in1. De motie')).toEqual([{ text: 'het lid Koekoek (Volt) cs een motie', indieners: ['Koekoek'], cs: true }]);
    expect(mo('de motie van het lid Becs over')).toEqual([{ text: 'motie van het lid Becs', indieners: ['Becs'], cs: false }]);
    // "heeft"/"hebben" with "een motie ingediend" after it (a blog, 2025); not a motion they only voted for.
    expect(mo('en nu hebben we dit\n:\nDe leden Boomsma (JA21) en van der Plas (BBB) hebben op 9 december 2025 een motie ingediend over een vervolg')).toEqual([
      { text: 'De leden Boomsma (JA21) en van der Plas (BBB) hebben op 9 december 2025 een motie', indieners: ['Boomsma', 'Van der Plas'], cs: false },
    ]);
    expect(mo('Kamerlid Omtzigt heeft een motie gesteund. De leden Dijk en Kops hebben daarom een motie aangenomen.')).toEqual([]);
    // Without a title, a member named with a party (news, 2025), also with "samen met" after the verb; not a party.
    expect(mo('niveau willen blijven”.\n\nFrans Timmermans (GroenLinks-PvdA) heeft samen met Dilan Yeşilgöz (VVD) een motie ingediend waarin')).toEqual([
      { text: 'Frans Timmermans (GroenLinks-PvdA) heeft samen met Dilan Yeşilgöz (VVD) een motie', indieners: ['Frans Timmermans', 'Dilan Yeşilgöz'], cs: false },
    ]);
    expect(mo('Zo. Omtzigt (NSC) diende een motie in.')).toEqual([{ text: 'Omtzigt (NSC) diende een motie', indieners: ['Omtzigt'], cs: false }]);
    // (A sentence that opens with such a name at the text's start once made the search for the list loop forever.)
    expect(mo('Het kabinet. Frans Timmermans (GroenLinks-PvdA) heeft een motie gesteund. Zo. De PVV (Wilders) diende een motie in.')).toEqual([]);
    // Without a member's title after the verb, a party or a pronoun is no member.
    expect(mo('Toen diende de PVV een motie in. Ik dien een motie in. Daarom dienden zij een motie in.')).toEqual([]);
    // A party is no member; nor is a name not at the sentence's start.
    expect(mo('Kamerleden zijn boos. De PVV diende een motie in.')).toEqual([]);
  });

  it('reads a motion named by its number and then its members: the members are the motion', () => {
    expect(found('de motie 35570-XIX, letter G, van het lid Otten cum suis over toevoeging', 'motion').map((m) => [m.text, m.indieners])).toEqual([['van het lid Otten cum suis', ['Otten']]]);
    // The Eerste Kamer's letter alone (Handelingen I, 2017): the letter and the members are one mention.
    expect(mo('Ten aanzien van de motie met letter F van het lid Schalk heeft de premier')).toEqual([{ text: 'motie met letter F van het lid Schalk', indieners: ['Schalk'], cs: false }]);
    expect(mo('de motie met letter F is aangenomen')).toEqual([]);
    expect(found('de motie 36410-XIV, nr. 53 van het lid Grinwis over', 'motion').map((m) => m.text)).toEqual(['van het lid Grinwis']);
    expect(found('de motie 36410-XIV, nr. 53 van het lid Grinwis over', 'kamerstuk').map((m) => m.text)).toEqual(['36410-XIV, nr. 53']);
    // The mention says the number before it is its own (the resolver takes it); a motion named otherwise does not.
    expect(found('de motie 36410-XIV, nr. 53 van het lid Grinwis over', 'motion').map((m) => (m as { numberBefore?: true }).numberBefore)).toEqual([true]);
    expect(found('de motie van het lid Grinwis (36410-XIV, nr. 53) over', 'motion').map((m) => (m as { numberBefore?: true }).numberBefore)).toEqual([undefined]);
  });

  it('reads a footnote\'s number stuck to "motie" ("de motie1 van de heer Krul", a minister\'s letter)', () => {
    expect(mo('Dit in antwoord op de motie1 van de heer Krul die hij heeft aangehouden')).toEqual([{ text: 'motie1 van de heer Krul', indieners: ['Krul'], cs: false }]);
    expect(mo('de motie² van het lid Bikker over')).toEqual([{ text: 'motie² van het lid Bikker', indieners: ['Bikker'], cs: false }]);
  });

  it('reads an interest group\'s list "De motie (30169-63) van Ellemeet over ..."', () => {
    expect(found('  • De motie (34477-24) van Bruins-Slot en Van Engelshoven over een', 'motion').map((m) => [m.text, m.indieners])).toEqual([
      ['van Bruins-Slot en Van Engelshoven', ['Bruins-Slot', 'Van Engelshoven']],
    ]);
    expect(found('de motie (32317-983) van vorig jaar', 'motion')).toEqual([]);
    // The Eerste Kamer's letter, a reprint (eerstekamer.nl news, 2011).
    expect(found('Een motie (EK 33.000, L herdruk) van het D66-Kamerlid Backer, waarin', 'motion').map((m) => [m.text, m.indieners])).toEqual([
      ['van het D66-Kamerlid Backer', ['Backer']],
    ]);
  });

  it('does not read a motion named by its subject as one named by a member ("de moties Nationaal coördinator en ...")', () => {
    expect(mo('inzake uitvoering van de moties Nationaal coördinator en Staatscommissie discriminatie en racisme (Kamerstuk 30 950, nrs. 203, 211 en 186)')).toEqual([]);
    // A role without a name, an organisation; a role after the names ends nothing (a blog, 2020).
    expect(mo('heeft ingestemd met een motie van het Kamerlid waarin wordt geconstateerd')).toEqual([]);
    expect(mo('Motie 153 van het lid Ouwehand, Kuzu, Van Haga en Van Kooten-Arissen, Kamerlid Lid Van Kooten-Arissen').length).toBe(1);
    expect(mo('een reactie op de aangenomen motie van de Vereniging Nederlandse Gemeenten om')).toEqual([]);
    // A committee's list of documents run together (tweedekamer.nl, 2025): a document's type, no member.
    expect(mo('Reactie op verzoek uitvoering motie Beslisnota bij Kamerbrief over')).toEqual([]);
  });

  it('reads the members in a relative clause after "motie" ("de motie die door het lid Nijboer is ingediend", a minister\'s letter)', () => {
    expect(mo('uitvoering gegeven aan de motie die door het lid Nijboer is ingediend tijdens het debat')).toEqual([{ text: 'motie die door het lid Nijboer is ingediend', indieners: ['Nijboer'], cs: false }]);
    expect(mo('de motie die eerder door de leden Kuik en Palland werd ingediend')).toEqual([{ text: 'motie die eerder door de leden Kuik en Palland werd ingediend', indieners: ['Kuik', 'Palland'], cs: false }]);
    // Not a member's act, or no member: no motion named.
    expect(mo('de motie die door het lid Nijboer werd besproken')).toEqual([]);
    expect(mo('de motie die door de Kamer is aangenomen')).toEqual([]);
    // News: "De motie, ingediend door (onder anderen) ...".
    expect(mo('beleid. De motie, ingediend door onder anderen Bontenbal (CDA), Flach (VVD) en Vermeer (NSC), stelt dat')).toEqual([
      { text: 'motie, ingediend door onder anderen Bontenbal (CDA), Flach (VVD) en Vermeer (NSC)', indieners: ['Bontenbal', 'Flach', 'Vermeer'], cs: false },
    ]);
    expect(mo('De motie, ingediend door de PVV, stelt')).toEqual([]);
  });

  it('reads a motion of the speaker and others by the others ("de motie van mij en mevrouw Buitenweg", Handelingen)', () => {
    expect(mo('De minister heeft in reactie op de motie van mij en mevrouw Buitenweg aangegeven dat')).toEqual([{ text: 'motie van mij en mevrouw Buitenweg', indieners: ['Buitenweg'], cs: false }]);
    expect(mo('de motie van mij en de leden Klaver en Jetten over')).toEqual([{ text: 'motie van mij en de leden Klaver en Jetten', indieners: ['Klaver', 'Jetten'], cs: false }]);
    expect(mo('de motie van mij en mijn fractie')).toEqual([]);
  });

  it('reads the next motions of a list whose "van" (and title) is left out after each reference (a minister\'s letter, 2024)', () => {
    const letter = 'de opvolging van de moties van de leden Kahraman en Hirsch (Kamerstuk 22 054, nr. 414), Dobben en Van Baarle (Kamerstuk 22 054, nr. 415) en het lid Tuinman (Kamerstuk 22 054, nr. 407), ingediend op 13 maart';
    expect(mo(letter).map((m) => m.indieners)).toEqual([['Kahraman', 'Hirsch'], ['Dobben', 'Van Baarle'], ['Tuinman']]);
    // Names alone without a reference of their own are no motion.
    expect(mo('de moties van de leden Kahraman en Hirsch (Kamerstuk 22 054, nr. 414), Minister Brekelmans en anderen').map((m) => m.indieners)).toEqual([['Kahraman', 'Hirsch']]);
  });

  it('says which motion the chair proposes ("Deze motie is voorgesteld door ..."): the resolver gives it no earlier reference', () => {
    const proposed = (t: string) => found(t, 'motion').map((m) => (m as { proposed?: true }).proposed);
    expect(proposed('De voorzitter: Deze motie is voorgesteld door het lid Jacobi. Naar mij blijkt')).toEqual([true]);
    expect(proposed('De voorzitter: Deze gewijzigde motie is ondertekend door de leden Jacobi en Jager.')).toEqual([true]);
    expect(proposed('de motie van het lid Jacobi over de kust')).toEqual([undefined]);
  });

  it("says which motion is a document's own heading in capitals: the resolver takes the number on a line of its own above it", () => {
    const heading = (t: string) => found(t, 'motion').map((m) => (m as { heading?: true }).heading);
    expect(heading('33 770 nr. 4\n\n\nMOTIE VAN HET LID STOFFER\nVoorgesteld 3 maart')).toEqual([true]);
    expect(heading('de motie van het lid Stoffer over de kust')).toEqual([undefined]);
  });

  it('reads a numbered motion with its members in parentheses (a sector\'s blog)', () => {
    expect(mo('bijeenkomst. Motie 73 (Pechtold & Dik-Faber) benadrukt dat')).toEqual([{ text: 'Motie 73 (Pechtold & Dik-Faber)', indieners: ['Pechtold', 'Dik-Faber'], cs: false }]);
    expect(mo('Motie 12 (VVD) vraagt; Motie 5 (Klimaat) vraagt')).toEqual([]);
  });

  it('reads an adjective before a role, letters before a bare name, and members with their role before "in een motie"', () => {
    // NOS, 2023; a senator in a debate, 2023; OOG TV, 2024; 1Limburg, 2023.
    expect(mo('Een motie van afkeuring van onafhankelijk Kamerlid Pieter Omtzigt en SP-Kamerlid Sandra Beckerman haalde')).toEqual([
      {
        text: 'motie van afkeuring van onafhankelijk Kamerlid Pieter Omtzigt en SP-Kamerlid Sandra Beckerman',
        indieners: ['Pieter Omtzigt', 'Sandra Beckerman'],
        cs: false,
      },
    ]);
    // Each member of the list with a role of its own, and a two-word surname at the list's end (news, 2025).
    expect(mo('In maart nam de Kamer een motie aan van D66-Kamerlid Hanneke van der Werf en NSC-Kamerlid Jesse Six Dijkstra. Zij')).toEqual([
      {
        text: 'motie aan van D66-Kamerlid Hanneke van der Werf en NSC-Kamerlid Jesse Six Dijkstra',
        indieners: ['Hanneke van der Werf', 'Jesse Six Dijkstra'],
        cs: false,
      },
    ]);
    expect(mo("de motie van D66'er Van der Werf en NSC'er Six Dijkstra.")).toEqual([
      { text: "motie van D66'er Van der Werf en NSC'er Six Dijkstra", indieners: ['Van der Werf', 'Six Dijkstra'], cs: false },
    ]);
    expect(mo('vóór de motie met letters AO van Crone c.s. Ze hebben')).toEqual([{ text: 'motie met letters AO van Crone c.s.', indieners: ['Crone'], cs: true }]);
    expect(mo('”, laten Kamerleden Habtamu de Hoop (GroenLinks-PvdA), Pieter Grinwis (ChristenUnie) en Mpanzu Bamenga (D66) in een motie weten.')).toEqual([
      {
        text: 'Kamerleden Habtamu de Hoop (GroenLinks-PvdA), Pieter Grinwis (ChristenUnie) en Mpanzu Bamenga (D66) in een motie',
        indieners: ['Habtamu de Hoop', 'Pieter Grinwis', 'Mpanzu Bamenga'],
        cs: false,
      },
    ]);
    expect(mo('vastgelegd in een motie die donderdag is ingediend door CDA-Tweede Kamerlid Inge van Dijk. De motie')).toEqual([
      { text: 'motie die donderdag is ingediend door CDA-Tweede Kamerlid Inge van Dijk', indieners: ['Inge van Dijk'], cs: false },
    ]);
    // Not what a member asks in her motion, nor a party's members.
    expect(mo('Kamerlid Bikker vraagt in haar motie om meer geld. De Kamerleden van D66 en VVD in een motie.')).toEqual([]);
  });

  it('reads the members after an aside between commas, and a member named by party after "ingediend door" (Nederlands Dagblad, 2025)', () => {
    expect(mo('Een motie hierover, ondertekend door Kamerleden van de drie partijen, werd dinsdagavond ingediend door CU’er Pieter Grinwis. De Kamer')).toEqual([
      {
        text: 'motie hierover, ondertekend door Kamerleden van de drie partijen, werd dinsdagavond ingediend door CU’er Pieter Grinwis',
        indieners: ['Pieter Grinwis'],
        cs: false,
      },
    ]);
    expect(mo('Een motie, ingediend door CU’er Pieter Grinwis, vraagt om meer woningen.')).toEqual([
      { text: 'motie, ingediend door CU’er Pieter Grinwis', indieners: ['Pieter Grinwis'], cs: false },
    ]);
    // An aside that names no member after it, or a party.
    expect(mo('Een motie hierover, ondertekend door Kamerleden van de drie partijen, werd dinsdagavond ingediend. De Kamer')).toEqual([]);
    expect(mo('De motie, ingediend door de PVV, vraagt om minder asiel.')).toEqual([]);
  });

  it('reads a member as the subject with the party after the name, "had/heeft ... ingediend", and plural verbs (news, 2024-2025)', () => {
    expect(mo('Derk Boswijk van het CDA had een motie ingediend om een totaalverbod op gokreclame.')).toEqual([
      { text: 'Derk Boswijk van het CDA had een motie', indieners: ['Derk Boswijk'], cs: false },
    ]);
    expect(mo('Frans Timmermans van GroenLinks-PvdA diende de motie in waarin het vertrouwen werd opgezegd.')).toEqual([
      { text: 'Frans Timmermans van GroenLinks-PvdA diende de motie', indieners: ['Frans Timmermans'], cs: false },
    ]);
    expect(mo('Derk Boswijk (CDA) had een motie ingediend.')).toEqual([{ text: 'Derk Boswijk (CDA) had een motie', indieners: ['Derk Boswijk'], cs: false }]);
    expect(mo('VVD-kamerlid Martens-America heeft een gewijzigde motie ingediend die oproept tot')).toEqual([
      { text: 'VVD-kamerlid Martens-America heeft een gewijzigde motie', indieners: ['Martens-America'], cs: false },
    ]);
    expect(mo('Beide moties waren afkomstig van Michiel van Nispen en kregen steun.')).toEqual([
      { text: 'moties waren afkomstig van Michiel van Nispen', indieners: ['Michiel van Nispen'], cs: false },
    ]);
    // The verb first: "hebben de Kamerleden ... een motie ingediend" (Tabaknee, 2024), not "... een motie gesteund".
    expect(mo('Nu de wet er is, hebben de Kamerleden Daniëlle Jansen (NSC) en Harmen Krul (CDA) een motie ingediend die')).toEqual([
      { text: 'de Kamerleden Daniëlle Jansen (NSC) en Harmen Krul (CDA) een motie', indieners: ['Daniëlle Jansen', 'Harmen Krul'], cs: false },
    ]);
    expect(mo('Daarom hebben de Kamerleden Jansen (NSC) en Krul (CDA) een motie gesteund.')).toEqual([]);
    // "diende X samen met Y (party) ... een motie in" (2025).
    expect(mo('Uiteindelijk diende Jetten samen met Joost Eerdmans (JA21) hierover een motie in, die de regering verzocht')).toEqual([
      { text: 'Jetten samen met Joost Eerdmans (JA21) hierover een motie', indieners: ['Jetten', 'Joost Eerdmans'], cs: false },
    ]);
    expect(mo('Daarom diende Jetten samen met zijn collega een motie in.')).toEqual([]);
    // A long adverbial between "heeft" and "een motie ... aangekondigd" (Hart van Nederland, 2024).
    expect(mo('Frans Timmermans (GroenLinks-PvdA) heeft aan het begin van het debat over de regeringsverklaring van het kabinet-Schoof een motie van wantrouwen aangekondigd tegen de PVV-ministers.').map((m) => m.indieners)).toEqual([['Frans Timmermans']]);
    expect(mo('Frans Timmermans (GroenLinks-PvdA) heeft aan het begin van het debat een motie gesteund.')).toEqual([]);
    // "heeft een motie" without "ingediend": not what the member did with it.
    expect(mo('Derk Boswijk heeft een motie aangenomen gekregen.')).toEqual([]);
    expect(mo('Derk Boswijk (CDA) had een motie gesteund.')).toEqual([]);
  });

  it('reads the member named as the motion\'s proposer: "indiener van de motie, X", "Initiatiefnemer X van de motie" (AT5 2024, 2025)', () => {
    expect(mo('Dat zegt indiener van de motie, PvdD-Kamerlid Christine Teunissen. Volgens Teunissen')).toEqual([
      { text: 'indiener van de motie, PvdD-Kamerlid Christine Teunissen', indieners: ['Christine Teunissen'], cs: false },
    ]);
    expect(mo('Initiatiefnemer SP-Kamerlid Sarah Dobbe van de motie verwees naar de oproep.')).toEqual([
      { text: 'Initiatiefnemer SP-Kamerlid Sarah Dobbe van de motie', indieners: ['Sarah Dobbe'], cs: false },
    ]);
    expect(mo('Initiatiefnemer Sarah Dobbe (SP) van de motie verwees naar de oproep.').map((m) => m.text)).toEqual(['Initiatiefnemer Sarah Dobbe (SP) van de motie']);
    expect(mo('De indieners van de motie, Bikker en Ceder, willen meer.')).toEqual([
      { text: 'indieners van de motie, Bikker en Ceder', indieners: ['Bikker', 'Ceder'], cs: false },
    ]);
    // No member after it, or a party.
    expect(mo('De indiener van de motie wil dat. De indiener van de motie, de PVV, wil dat.')).toEqual([]);
  });

  it('reads the members after "motie" and their verb, with whom they ask after them: "In deze motie vragen X en Y de regering" (2025)', () => {
    expect(mo('In deze motie vragen Olger van Dijk en Pierik de regering om aandacht voor de Nedersaksische grens.')).toEqual([
      { text: 'motie vragen Olger van Dijk en Pierik', indieners: ['Olger van Dijk', 'Pierik'], cs: false },
    ]);
    expect(mo('In de motie vraagt Bikker om meer geld.')).toEqual([{ text: 'motie vraagt Bikker', indieners: ['Bikker'], cs: false }]);
    // Not others who ask, nor parties.
    expect(mo('In de motie vragen Nederlandse boeren de regering om steun. In de motie vragen PVV en VVD de regering om')).toEqual([]);
  });

  it('reads a relative clause whose member submits "mede namens" a party (welingelichtekringen, 2023)', () => {
    expect(mo('Omtzigt vindt de motie die VVD-leider Dilan Yeşilgöz woensdagavond mede namens NSC indiende niet raar.')).toEqual([
      { text: 'motie die VVD-leider Dilan Yeşilgöz woensdagavond mede namens NSC indiende', indieners: ['Dilan Yeşilgöz'], cs: false },
    ]);
  });

  it('reads "dient drie moties in" after a member named in full, and "De motie was afkomstig van ..." (OOG TV, VOS/ABB, 2024-2025)', () => {
    expect(mo('SP-Kamerlid Sandra Beckerman is boos. Beckerman dient drie moties in, die ook steun krijgen.')).toEqual([
      { text: 'Beckerman dient drie moties', indieners: ['Beckerman'], cs: false },
    ]);
    expect(mo('Beckerman dient drie moties in.')).toEqual([]);
    // A long adverbial before the verb (ANP, 2023).
    expect(mo('De eerste versie van de motie werd woensdag tijdens het debat over de verkiezingsuitslag ingediend door VVD-leider Dilan Yeşilgöz. De')).toEqual([
      { text: 'motie werd woensdag tijdens het debat over de verkiezingsuitslag ingediend door VVD-leider Dilan Yeşilgöz', indieners: ['Dilan Yeşilgöz'], cs: false },
    ]);
    expect(mo('De motie was afkomstig van SGP-fractieleider Chris Stoffer en werd mede-ingediend door Harmen Krul.')).toEqual([
      { text: 'motie was afkomstig van SGP-fractieleider Chris Stoffer', indieners: ['Chris Stoffer'], cs: false },
    ]);
  });

  it('reads members in parentheses without a number when there is more than one, or "c.s." (a ministry\'s answers)', () => {
    expect(mo('Dat volgt uit de motie (Teunissen cs) uit 2024.')).toEqual([{ text: 'motie (Teunissen cs)', indieners: ['Teunissen'], cs: true }]);
    expect(mo('zoals de motie (Omtzigt/Bontenbal) vraagt')).toEqual([{ text: 'motie (Omtzigt/Bontenbal)', indieners: ['Omtzigt', 'Bontenbal'], cs: false }]);
    // One name in parentheses may be a party's; an aside in parentheses is no list of members.
    expect(mo('de motie (PVV) en de motie (Omtzigt) en de motie (zie hierboven) en de motie (van Omtzigt en Bontenbal)')).toEqual([]);
  });

  it('reads a title before each member of the list ("van het Lid Palmen en het Lid Chakor")', () => {
    expect(mo('in een motie van het Lid Palmen en het Lid Chakor samen (nr. 88).')).toEqual([{ text: 'motie van het Lid Palmen en het Lid Chakor', indieners: ['Palmen', 'Chakor'], cs: false }]);
  });

  it('reads "een motie aan van" with the verb split around the motion (a party\'s news page)', () => {
    expect(mo('nam de Tweede Kamer een motie aan van Kees van der Staaij om een einde te maken')).toEqual([
      { text: 'motie aan van Kees van der Staaij', indieners: ['Kees van der Staaij'], cs: false },
    ]);
    expect(mo('stuurde een motie aan de regering')).toEqual([]);
  });

  it('reads the second motion of "de moties van het lid X en van het lid Y" (a minister\'s letter)', () => {
    expect(mo('invulling aan de moties van de leden Geurts en Schonis en van de leden Moorlag en Schonis, en de toezegging')).toEqual([
      { text: 'moties van de leden Geurts en Schonis', indieners: ['Geurts', 'Schonis'], cs: false },
      { text: 'van de leden Moorlag en Schonis', indieners: ['Moorlag', 'Schonis'], cs: false },
    ]);
    expect(mo('Tevens ga ik in op de moties van het lid Geurts c.s. en van het lid Weverling c.s.2 Deze').map((m) => m.indieners)).toEqual([['Geurts'], ['Weverling']]);
    // Each with its subject and reference between (a committee's list of letters, 2022).
    const list =
      'inzake reactie op de moties van het lid Nijboer c.s. over beslaglegging (Kamerstuk 31 066, nr. 964), van het lid Paul c.s. over het moratorium (Kamerstuk 31 066, nr. 966) en van het lid Omtzigt c.s. over de Kamer informeren (Kamerstuk 31 066, nr. 967) (Kamerstuk 31 066, nr. 981);';
    expect(mo(list).map((m) => [m.text, m.indieners])).toEqual([
      ['moties van het lid Nijboer c.s.', ['Nijboer']],
      ['van het lid Paul c.s.', ['Paul']],
      ['van het lid Omtzigt c.s.', ['Omtzigt']],
    ]);
    // Not a member named inside the subject.
    expect(mo('de moties van het lid Bikker over de positie van het lid Omtzigt').map((m) => m.indieners)).toEqual([['Bikker']]);
  });

  it('reads "Motie" run into the page\'s chrome before it, not a word that ends in "motie"', () => {
    expect(mo('diersoorten\nLees verderMotie Wassenberg over geen geld')).toEqual([{ text: 'Motie Wassenberg', indieners: ['Wassenberg'], cs: false }]);
    expect(mo('de stemmingsmotie Eerdmans en de ABCMotie Eerdmans')).toEqual([]);
  });

  it("reads a council's numbered motion with the party after the name (Provinciale Staten's list)", () => {
    expect(mo('1057 motie 1057 Van Aelst (SP) Klimaat stresstest\n1052 Motie 1052 Van de Breevaart (CU/SGP) Wanneer is de grens')).toEqual([
      { text: 'motie 1057 Van Aelst', indieners: ['Van Aelst'], cs: false },
      { text: 'Motie 1052 Van de Breevaart', indieners: ['Van de Breevaart'], cs: false },
    ]);
    // Not a number and a capitalised word without a party.
    expect(mo('de motie 12 Kamerleden steunden en Motie 5 Tweede Kamer')).toEqual([]);
    // With "c.s." instead of the party (Provinciale Staten Limburg, 2024); not the council's "Motie Vreemd" (aan de orde van de dag).
    expect(mo('Gewijzigde Motie 3059 Schyns c.s. inzake Beter zicht. De mee ingediende Motie Vreemd inzake verkeersveiligheid.')).toEqual([
      { text: 'Motie 3059 Schyns c.s.', indieners: ['Schyns'], cs: true },
    ]);
  });

  it('reads the title after a kind written before it ("Motie Motie van het lid ...", a forum post; a vote list)', () => {
    expect(mo('r/kamerstukken 5m ago\n\nMotie Motie van het lid Jimmy Dijk over werken aan een post- en pakketsector')).toEqual([
      { text: 'Motie van het lid Jimmy Dijk', indieners: ['Jimmy Dijk'], cs: false },
    ]);
    expect(mo('Stemming motie Motie-Westerveld/Ceder over afspraken met schuldeisers')).toEqual([{ text: 'Motie-Westerveld/Ceder', indieners: ['Westerveld', 'Ceder'], cs: false }]);
    // A particle alone is no member: not "Motie Van".
    expect(mo('Motie Van het lid Jimmy Dijk over werken aan').map((m) => m.indieners)).not.toContainEqual(['Van']);
  });

  it('reads a member named as the subject of "diende ... een/de motie", a surname alone only where the text names that person in full (ANP, 2024-2025)', () => {
    expect(mo('De partijen ondertekenen de motie van GroenLinks-PvdA-leider Frans Timmermans.\n\nTimmermans diende de motie van wantrouwen in tegen Klever en Faber.').map((m) => m.text)).toEqual([
      'motie van GroenLinks-PvdA-leider Frans Timmermans',
      'Timmermans diende de motie',
    ]);
    expect(mo('Dat zei DENK-leider Stephan van Baarle.\n\nVan Baarle diende uiteindelijk de motie in omdat Schoof geen afstand nam.').map((m) => m.indieners)).toEqual([['Van Baarle']]);
    expect(mo('Frans Timmermans diende een motie in.').map((m) => m.indieners)).toEqual([['Frans Timmermans']]);
    // A party's leader by their title: "PvdD-fractievoorzitter Esther Ouwehand diende daarna een motie van wantrouwen".
    expect(mo('Dat zei hij. PvdD-fractievoorzitter Esther Ouwehand diende daarna een motie van wantrouwen tegen de premier in.').map((m) => m.indieners)).toEqual([['Esther Ouwehand']]);
    // Not a pronoun, an adverb or a country, nor a surname the text never names in full.
    expect(mo('Toen diende de minister een motie in. Zij diende een motie in. Nederland diende een motie in. Omtzigt diende een motie in.')).toEqual([]);
  });

  it('reads a member with a party after the verb, and a headline\'s "Motie Kamerlid White" (Dossier Koninkrijksrelaties, 2024)', () => {
    expect(mo('Jan Paternotte sprak. Daartoe diende Raoul White (GL-PvdA) vandaag een motie in bij het tweeminutendebat.').map((m) => m.indieners)).toEqual([['Raoul White']]);
    expect(mo('Motie Kamerlid White: waarborgen sociaal minimum BES cruciaal').map((m) => m.indieners)).toEqual([['White']]);
  });

  it('reads "een motie van die strekking, ingediend door" a member (ANP, 2025)', () => {
    expect(mo('Een motie van die strekking, ingediend door GroenLinks-PvdA-leider Frans Timmermans in het Kamerdebat over de kabinetsval, werd aangenomen.').map((m) => m.indieners)).toEqual([['Frans Timmermans']]);
  });

  it('keeps a surname that holds a word a title may start with', () => {
    expect(mo('de Motie-De Pater-van der Meer c.s. over x en de motie De Goede').map((m) => m.indieners)).toEqual([['De Pater-van der Meer'], ['De Goede']]);
  });

  it('reads a motion named in a sentence about a vote', () => {
    expect(mo('bij de stemming over de motie Eerdmans bleef de PVV weg')).toEqual([{ text: 'motie Eerdmans', indieners: ['Eerdmans'], cs: false }]);
  });

  it('keeps a lower-case particle after the hyphen with the name ("de motie-van Apeldoorn c.s.", Eerste Kamer 2019)', () => {
    expect(mo('Eerst de motie-van Apeldoorn c.s. over het vooralsnog').map((m) => m.indieners)).toEqual([['Van Apeldoorn']]);
    expect(mo('de motie- van Dijk/Omtzigt').map((m) => m.indieners)).toEqual([['Van Dijk', 'Omtzigt']]);
  });

  it("reads a member's possessive before \"motie\", as news writes it (De Correspondent, 2017)", () => {
    expect(mo('Van Dijks motie stelt voor het om te draaien')).toEqual([{ text: 'Van Dijks motie', indieners: ['Van Dijk'], cs: false }]);
    expect(mo("Agema's motie en Wilders' aangehouden motie").map((m) => m.indieners)).toEqual([['Agema'], ['Wilders']]);
    // The first name is left out; the subject is read as after the short form.
    expect(found('Jasper van Dijks motie over schuldhulp', 'motion')[0]).toMatchObject({ text: 'van Dijks motie', indieners: ['Van Dijk'], subject: 'schuldhulp' });
    // Not a word that ends in "s", a party, an article between, or plural motions.
    expect(mo('Dus een motie. Iets motie. Ook Volts motie en GroenLinks\' motie. Omtzigts moties. Rechten van de Mens nav motie 14')).toEqual([]);
    // A preposition ending in "s", and a determiner where the adjective would be (tax news, 2023).
    expect(mo('vindt de Kamer. Volgens dezelfde motie moet ook de energiebelasting omlaag. Middels onze motie vragen wij')).toEqual([]);
  });

  it("stops at the line below the name on a motion's page (\"Motie van het lid Voortman\\nVoorgesteld d.d. ...\")", () => {
    expect(mo('Motie van het lid Voortman\nVoorgesteld d.d. donderdag 24 maart 2011')).toEqual([{ text: 'Motie van het lid Voortman', indieners: ['Voortman'], cs: false }]);
    // A first name before the surname on the next line still reads.
    expect(mo('de motie van het lid Linda\nVoortman over een actieplan')[0]!.indieners).toEqual(['Linda Voortman']);
  });

  it.each([
    ['de motie', 'De Kamer heeft de motie aangenomen.'],
    ['moties without names', 'deze moties die in december zijn ingediend'],
    ['a party', 'een motie van GroenLinks-PvdA en een motie van de PVV'],
    ['a number', 'motie 32317-919'],
    ['a motion of no confidence', 'een motie van wantrouwen'],
    ['the members of a party', 'de motie van de leden van de PVV-fractie'],
    ['a party, a ministry, a city or the Kamer after "motie van"', 'de motie van GroenLinks-PvdA, de motie van de VVD, de motie van Volt, de motie van Den Haag, de motie van Buitenlandse Zaken, de motie van de Tweede Kamer, de motie van JA21, de motie van de ChristenUnie, de motie van het CDA'],
    ['a party written out', 'de motie van de leden van de Partij voor de Dieren en de motie van het lid van Forum voor Democratie'],
    ['a policy area', 'Aangenomen en verworpen moties van Cultuur en corona debat 28-9, de motie van Zorg en Jeugd'],
    ['a debate\'s name (the Eerste Kamer\'s site)', 'Plenair Kuiper bij stemming moties Staat van de rechtsstaat'],
    // A quoted motion's heading (Handelingen): "Motie", a blank line, "De Kamer,".
    ['the heading of a motion text', 'Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,'],
    // A document's metadata (a copy of a motion's page): its type, then a label.
    ['a document type and a metadata label', 'Vreemdelingenbeleid\nMotie\nNummer: 2025D43163, datum: 2025-10-02'],
    // The Kamer's vote records are titled by the debate the motion was submitted in.
    ['a vote record titled by its debate', 'Stemming motie Dakloosheid'],
    ['a vote record of a held motion', 'Stemming aangehouden motie Raad Algemene Zaken'],
    ['a vote record of several motions', 'Stemmingen moties Schiphol en Lelystad Airport'],
    // Quoted in lower case in a column (2021).
    // A party's list of its motions, each by its title (partijvoordedieren.nl).
    ['a title starting with a common word', 'Lees verder\n\nMotie Zeker zijn van een goede Leraar\n\nLees verder'],
    ['a vote record quoted in lower case', 'aandacht voor ‘stemmingen overige moties Ontwikkelingen rondom het coronavirus d.d. 3 juni 2021’'],
    // A table's header row (a ministry's overview of motions) or a heading: a capitalised word follows.
    ['a table header', 'Omschrijving motie Vindplaats Stand van Zaken'],
    ['parties only', 'De motie van de PVV en JA21 en de motie van CDA en ChristenUnie'],
    // Half of a compound cut at its hyphen is not a name (a letter's title).
    ['a compound cut at a hyphen', 'Reactie op de motie Klimaat- en Energieverkenning'],
    // A council's motions named by their title, and a local party (a municipality's follow-up of motions).
    ['a council motion named by its title', 'Naar aanleiding van de aangenomen (12 voor en 6 tegen) motie Raadsbudget is het college'],
    ['a title of several words', 'Motie Burgerinitiatieven vergroenen kernen (8-11-2018)'],
    ['a local party', 'de motie van Zeist Belang, ingediend door Hannie van Kippersluis'],
    ['a party written with a space', 'de motie Groen Links werd verworpen'],
    // The VNG's general meeting names its members' motions by their municipality (its vote results, 2022 and 2024).
    ['a municipality\'s motion', 'Agendapunt 4: Motie Enschede ‘Geen woorden maar daden’'],
    ['municipalities\' motion', '  • Motie De Bilt en Zeist: Eerlijk speelveld woningbouwfonds: aangenomen met 98,12%'],
    ['four municipalities\' motion', 'Agendapunt 4: Motie Krimpenerwaard, Molenlanden, Gorinchem en Gouda ‘Zorg voor goede basis’'],
    // The Kamer's vote records again, and a heading followed by a paragraph.
    ['a vote record of other motions', 'Stemmingen overige moties Aardbeving in Groningen'],
    ['a vote record of some motions', 'Stemmingen enkele moties Ontwikkelingen rondom het coronavirus'],
    ['a compound with an abbreviation', 'Verzoek uitwerking moties Bouwplaats-ID'],
    ['a vote record of another motion', 'Stemming overige motie Ontwikkelingen rondom het coronavirus'],
    ['a heading, then a paragraph', 'Wachttijden, achterstanden en aangenomen moties \n\nOndertussen zijn de wachttijden'],
    // "van" after a subject without a member's title is the subject's own; a subject does not run over lines.
    ['a subject ending in "van" a country', 'de motie over de rol van Nederland in Europa'],
    ['a subject over a line end', 'Motie over strategische autonomie\nAntwoord op vragen van het lid Idsinga'],
    ['a subject with a comma', 'de motie op stuk nr. 428 over SURF, die is ingediend bij het VAO van de heer Van Meenen'],
  ])('not: %s', (_, text) => {
    expect(mo(text)).toEqual([]);
  });
});

describe('motions named in news style, 2024', () => {
  it('reads a member\'s surname before "-motie" where the text names that member elsewhere ("de Keijzer-motie", a weblog)', () => {
    expect(mo('De Kamer nam de motie van Mona Keijzer (BBB) aan. Het kabinet wil de ‘Keijzer-motie’ niet geheel negeren.').map((m) => m.text)).toEqual([
      'motie van Mona Keijzer (BBB)',
      'Keijzer-motie',
    ]);
    expect(mo('Caroline van der Plas zei: de Van der Plas-motie is aangenomen.')).toEqual([{ text: 'Van der Plas-motie', indieners: ['Van der Plas'], cs: false }]);
    // A party, a topic, a country or a name the text gives no member: none.
    expect(mo('De PVV-motie, de WHO-motie en de Gaza-motie. In Gaza is het onrustig. De Staat Israël en de Israël-motie. De Omtzigt-motie.')).toEqual([]);
  });

  it('reads a closing quote after "motie": "de aangenomen ‘WHO-motie’ van Mona Keijzer (BBB)"', () => {
    expect(mo('over de door de Tweede Kamer aangenomen ‘WHO-motie’ van Mona Keijzer (BBB), waarin de Kamer')).toEqual([
      { text: 'motie’ van Mona Keijzer (BBB)', indieners: ['Mona Keijzer'], cs: false },
    ]);
  });

  it('reads a surname alone first when a member with a party follows: "dienden Keijzer, Fleur Agema (PVV), Daniëlle Jansen (NSC) en Diederik van Dijk (SGP) een nieuwe motie in" (a weblog, 2024)', () => {
    expect(mo('Tijdens het debat dienden Keijzer, Fleur Agema (PVV), Daniëlle Jansen (NSC) en Diederik van Dijk (SGP) een nieuwe motie in, waarin zij')).toEqual([
      {
        text: 'Keijzer, Fleur Agema (PVV), Daniëlle Jansen (NSC) en Diederik van Dijk (SGP) een nieuwe motie',
        indieners: ['Keijzer', 'Fleur Agema', 'Daniëlle Jansen', 'Diederik van Dijk'],
        cs: false,
      },
    ]);
  });

  it('reads three members with their parties after the verb, commas between them ("dienden X (BBB), Y (PVV) en Z (SGP) een nieuwe motie in")', () => {
    expect(mo('Tijdens het debat dienden Mona Keijzer (BBB), Fleur Agema (PVV) en Diederik van Dijk (SGP) een nieuwe motie in.')).toEqual([
      { text: 'Mona Keijzer (BBB), Fleur Agema (PVV) en Diederik van Dijk (SGP) een nieuwe motie', indieners: ['Mona Keijzer', 'Fleur Agema', 'Diederik van Dijk'], cs: false },
    ]);
  });
});

describe('motions named in a clause about them (ANP, 2024)', () => {
  it('reads the members of a relative clause after "met deze strekking": "Een motie met deze strekking die JA21-leider Joost Eerdmans had ingediend"', () => {
    expect(mo('Een motie met deze strekking die JA21-leider Joost Eerdmans had ingediend, werd gesteund door PVV.')).toEqual([
      { text: 'motie met deze strekking die JA21-leider Joost Eerdmans had ingediend', indieners: ['Joost Eerdmans'], cs: false },
    ]);
  });

  it('reads the members after "waarin" when whom they ask follows: "Een andere motie waarin Eerdmans het demissionaire kabinet oproept"', () => {
    expect(mo('Een andere motie waarin Eerdmans het demissionaire kabinet oproept niet te tornen aan de datum.')).toEqual([
      { text: 'motie waarin Eerdmans', indieners: ['Eerdmans'], cs: false },
    ]);
    expect(mo('een motie waarin de regering wordt verzocht, de motie waarin Nederland de regering oproept')).toEqual([]);
  });
});

describe('members in a passive main clause (ANP, 2024)', () => {
  it('reads the members between its verbs: "Een motie van die strekking werd in een Kamerdebat ... door BBB-Kamerlid Mona Keijzer ingediend"', () => {
    expect(mo('Een motie van die strekking werd in een Kamerdebat over het WHO-verdrag door BBB-Kamerlid Mona Keijzer ingediend. Demissionair minister')).toEqual([
      { text: 'motie van die strekking werd in een Kamerdebat over het WHO-verdrag door BBB-Kamerlid Mona Keijzer ingediend', indieners: ['Mona Keijzer'], cs: false },
    ]);
    expect(mo('De motie werd gisteren door Kamerleden Omtzigt en Bontenbal ingediend.')[0]?.indieners).toEqual(['Omtzigt', 'Bontenbal']);
    // Not a vote, nor a party.
    expect(mo('De motie werd door de Kamer aangenomen. De motie is door de PVV ingediend.')).toEqual([]);
  });

  it('reads members with their parties who asked "via een motie": "Keijzer (BBB), Agema (PVV) en Jansen (NSC) hebben de minister via een motie gevraagd"', () => {
    expect(mo('Keijzer (BBB), Agema (PVV) en Jansen (NSC) hebben de minister via een motie gevraagd niet met de tekst in te stemmen.')[0]?.indieners).toEqual([
      'Keijzer',
      'Agema',
      'Jansen',
    ]);
  });
});
