import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/data/load-node';
import { detect } from '../../lib/detect/index';
import type { MotionMention } from '../../lib/detect/types';
import { buildMotionContext } from '../../lib/resolve/context';
import { findDayMonth, findDutchDates, textDate } from '../../lib/resolve/dates';
import { resolveMotion } from '../../lib/resolve/motion';
import { resolveIn } from './resolve-in';


describe("a text's date", () => {
  it('offers no motion when every motion of the member in the data came after the text was written', async () => {
    const r = await resolveIn('Den Haag, 15 mei 2023\n\nDe motie-Eerdmans over de Dublinverordening is nog altijd niet uitgevoerd.');
    expect(r.status).toBe('none');
    expect(r.best).toBeNull();
    expect(r.message).toContain('2023-05-15');
  });

  it('does not take a date the text only mentions for the date it was written (a title "... op 26 september 2022")', async () => {
    const r = await resolveIn('Motie van het lid Van Houwelingen over uitspreken dat het opblazen van de Nord Stream-pijpleidingen op 26 september 2022');
    expect(r.best?.key).toBe('28676-469');
  });

  it("gives the Kamerstuk another mention of the same submitters cites when none of theirs in the data can be meant", async () => {
    const r = await resolveIn(`Onderwerp: Motie van het lid Inge van Dijk c.s. over het opstellen van een nationaal spaarplan

Vergaderjaar 2022–2023

36 200 IX

Nr. 25

MOTIE VAN HET LID INGE VAN DIJK C.S.
Voorgesteld 23 februari 2023
`);
    expect(r.status).toBe('not-in-dataset');
    expect(r.reference).toMatchObject({ dossier: 36200, toevoeging: 'IX', ondernummer: 25 });
  });

  it('takes a date on a line of its own at the top for the text\'s (a party\'s page of its motion, 2015), but not one of several', async () => {
    const page = 'Motie Ouwehand: trek het wetsvoorstel Natuurbescherming in\n\n\n25 juni 2015\n\nDe Kamer,\n\ngehoord de beraadslaging,';
    const r = await resolveIn(page);
    expect(r.status).toBe('none');
    expect(r.message).toContain('2015-06-25');
    const agenda = 'Motie Ouwehand: trek het wetsvoorstel Natuurbescherming in\n\n25 juni 2015\n\n2 juli 2015\n\nDe Kamer,';
    expect((await resolveIn(agenda)).status).not.toBe('none');
    // A weekday and a time with a full stop after them (an institute's blog, 2020).
    const blog = 'Artikel 68 Grondwet: Informeren en escaleren\n\nmaandag 30 maart 2020, 13:00.\nAuteur: prof. mr. dr. Solke Munneke\n\nDe Kamer was unaniem. De motie-Omtzigt c.s. waarin de regering werd gevraagd';
    const b = await resolveIn(blog);
    expect(b.status).toBe('none');
    expect(b.message).toContain('2020-03-30');
  });

  it("offers no motion made after a date in the mention's own sentence (a Kamervraag, 2020), but takes no date from the line above", async () => {
    const r = await resolveIn('Vragen van het lid Omtzigt.\n\nIs het waar dat de Kamer op 20 februari 2020 unaniem de motie Omtzigt c.s. heeft aangenomen?');
    expect(r.status).toBe('none');
    expect(r.message).toContain('2020-02-20');
    // A list of documents, each with its date: the line above is another item.
    const list = 'Verslag van een commissiedebat, gehouden op 20 februari 2020, over Openbaar vervoer\nMotie van het lid Omtzigt c.s. over de toeslagen';
    expect((await resolveIn(list)).message).not.toContain('de datum in de zin');
  });

  it('offers no motion made after the year a sentence opens with (an interview on a client council\'s site, 2025)', async () => {
    const r = await resolveIn('De discussie kreeg een nieuwe impuls door de opkomst van long covid. In 2022 nam de Tweede Kamer de motie-Van Kent aan. Daarin werd de regering gevraagd');
    expect(r.status).toBe('none');
    expect(r.message).toContain('2022-12-31');
    // Not a year told of later in the sentence: "het rapport uit 2019" may have led to a later motion.
    const later = await resolveIn('Het rapport uit 2019 leidde tot de motie-Van Kent over de pensioenen.');
    expect(later.message).not.toContain('2019-12-31');
  });

  it('calls no motion made after the text\'s date certain, even the only one of its members (a vote report of 18 March 2020)', async () => {
    const r = await resolveIn('Schermafbeelding videostream Tweede Kamer stemmingen moties 18 maart 2020\n\nVERSLAG - En zo stemde de Tweede Kamer woensdagavond over 20 moties.\n\nMotie 151 van de leden Wilders en Baudet over afkondigen van een lockdown voor heel Nederland\n\nVerworpen');
    expect(r.status).toBe('uncertain');
    expect(r.message).toContain('van vóór de datum van de tekst');
    // Unless the text's own reference names it (a committee's list of documents, dated by another item).
    const list = await resolveIn('Position paper ZOA t.b.v. hoorzitting/rondetafelgesprek Landrechten d.d. 15 juni 2016\nBrief van het Presidium over de uitvoering van de motie Van der Burg/Paternotte (Kamerstuk 28 676, nr. 494)\nMigratiebeleid');
    expect(list.status).toBe('resolved');
    expect(list.best?.key).toBe('28676-494');
  });

  it('still resolves a motion of before that date', async () => {
    const r = await resolveIn(
      'Den Haag, 21 oktober 2025\n\nDe motie Eerdmans (Kamerstuk 32 317, nr. 919) vroeg om een plan voor de terugkeer van Syriërs.',
    );
    expect(r.best?.key).toBe('32317-919');
  });
});

describe('members a speaker joins with a hyphen', () => {
  it('are two members, whose motion the subject tells, in either order (a minister\'s letter, 2025)', async () => {
    const r = await resolveIn('Tenslotte bevat deze brief mijn reactie op de motie Ceder-Six Dijkstra over de inspanningen\nom Telegram aan zijn wettelijke verplichtingen te houden en de motie Michon-Derkzen over het publiceren van de resellerbrief.');
    // "Motie van de leden Six Dijkstra en Ceder over zich nationaal en internationaal inspannen om Telegram aan zijn wettelijke verplichting te houden ..."
    expect(r.best?.key).toBe('36600-VII-76');
    expect(r.message).not.toMatch(/heten/);
    expect(r.message).toContain('Ceder en Six Dijkstra');
  });
});

describe("a motion's subject in the sentence after it", () => {
  it('is the request quoted there, not an infinitive\'s "over te informeren" (a Kamervraag, 2025)', async () => {
    const r = await resolveIn('Waarom weigert u de aangenomen motie Dobbe1 uit te voeren, waarmee een tweederde meerderheid van de Kamer u verzocht om «om een wervingscampagne op te zetten, vergelijkbaar met de wervingscampagne van Defensie, om mensen te werven om in de zorg te werken, en de Kamer hier voor de begrotingsbehandeling over te informeren»?');
    // "Motie van het lid Dobbe over een campagne om mensen te werven om in de zorg te werken".
    expect(r.best?.key).toBe('36725-XVI-24');
  });
});

describe('news on motions of no confidence', () => {
  it('takes a motion the Kamer titles "over het opzeggen van het vertrouwen in de minister-president" for "een motie van wantrouwen tegen de premier" (ANP, April 2025)', async () => {
    const r = await resolveIn('Dat zei hij over de woorden van Faber. PvdD-fractievoorzitter Esther Ouwehand diende daarna een motie van wantrouwen tegen de premier in, omdat hij geen afstand nam.');
    expect(r.best?.key).toBe('36600-XX-59');
  });

  it('reads the subject of "een motie van die strekking" in the sentence before, not in a later "over" (ANP, June 2025)', async () => {
    const r = await resolveIn('DEN HAAG (ANP) - De Tweede Kamer wil zo snel mogelijk nieuwe verkiezingen, nu het kabinet-Schoof is gevallen. Een motie van die strekking, ingediend door GroenLinks-PvdA-leider Frans Timmermans in het Kamerdebat over de kabinetsval, werd met algemene stemmen aangenomen.');
    // "Motie van het lid Timmermans c.s. over de Kamer zo snel als mogelijk ontbinden en op de kortst mogelijke termijn verkiezingen uitschrijven".
    expect(r.best?.key).toBe('36760-3');
  });

  it('does not give "een andere motie van" a member the subject of the one named before (an association\'s news, 2024)', async () => {
    const text = '16 januari 2024\n\nDe motie van Kröger (GL-PvdA) over het in kaart brengen van concrete maatregelen om energiecoöperaties te stimuleren is ook aangenomen. Een andere motie van Kröger (GL-PvdA) is ook aangenomen. Deze motie verzoekt het kabinet zich in te spannen voor de uitvoering van de COP28-afspraken.';
    const ds = await loadDataset();
    const mentions = detect(text);
    const second = mentions.filter((m): m is MotionMention => m.kind === 'motion')[1]!;
    expect(resolveMotion(ds, second, buildMotionContext(text, mentions, second)).best?.key).toBe('32813-1322');
  });

  it('takes a member written with the party that merged into theirs ("Frans Timmermans (PvdA)" of GroenLinks-PvdA)', async () => {
    const r = await resolveIn('Zo stelde een motie van Frans Timmermans (PvdA) dat de regering het Zuyderland-ziekenhuis in Heerlen volwaardig open moet houden.');
    expect(r.status).not.toBe('none');
  });
});

describe('the sentence after a motion', () => {
  it('gives its subject when it opens with "Hierin verzocht zij" (an opinion piece, 2025)', async () => {
    const r = await resolveIn('Ongeveer één maand geleden werd een motie van Kamerlid Bente Becker met een ruime meerderheid aangenomen. Hierin verzocht zij de regering om gegevens over culturele en religieuze normen en waarden van Nederlanders met een migratieachtergrond bij te houden.');
    expect(r.best?.key).toBe('36600-XV-18');
  });

  it('is nearer than a later mention of the same member that says nothing of what it asks (NOS, 2024)', async () => {
    const r = await resolveIn(
      'SP-leider Jimmy Dijk zegt dat zijn partij de "verkeerde afweging" heeft gemaakt met het steunen van de motie van VVD-kamerlid Bente Becker. Daarin werd de regering opgeroepen om de gegevens over "culturele en religieuze normen en waarden" van Nederlanders met een migratieachtergrond bij te houden.\n\nEen petitie waarin de Tweede Kamer wordt opgeroepen om de motie van Becker "zo snel mogelijk ongedaan te maken" is inmiddels ruim 33.000 keer ondertekend.',
    );
    expect(r.best?.key).toBe('36600-XV-18');
  });

  it('reads it when the motion\'s own "over de kwestie" only points back (Reformatorisch Dagblad, 2025)', async () => {
    const r = await resolveIn(
      'CU-Kamerlid Ceder diende donderdag als eerste een motie over de kwestie in, mede namens Kamerleden van VVD, NSC en CDA. Daarin wordt de regering gevraagd de Israëlische regering op te roepen „per ommegaande voldoende humanitaire hulp te bieden aan de bevolking in Gaza” en de stroomvoorziening te herstellen.',
    );
    expect(r.best?.key).toBe('21501-02-3066');
  });
});

describe('a motion named again', () => {
  it('is most often the one named before: what that one asks counts for it too (Reformatorisch Dagblad, 2025)', async () => {
    const text =
      'CU-Kamerlid Ceder diende donderdag als eerste een motie over de kwestie in, mede namens Kamerleden van VVD, NSC en CDA. Daarin wordt de regering gevraagd de Israëlische regering op te roepen „per ommegaande voldoende humanitaire hulp te bieden aan de bevolking in Gaza” en de stroomvoorziening te herstellen.\n\nDe linkse oppositiepartijen vonden de tekst veel te slap. „De motie-Ceder vraagt om hetzelfde te blijven doen wat niets oplevert”, zei D66-Kamerlid Paternotte.';
    const ds = await loadDataset();
    const mentions = detect(text);
    const second = mentions.filter((m): m is MotionMention => m.kind === 'motion')[1]!;
    const ctx = buildMotionContext(text, mentions, second);
    expect(ctx.earlierSubject).toMatch(/^de regering gevraagd de Israëlische regering op te roepen/);
    expect(resolveMotion(ds, second, ctx).best?.key).toBe('21501-02-3066');
  });

  it('is not when it has a subject of its own (a party\'s list of its motions, 2024)', async () => {
    const text =
      'Lees onze andere moties\n\nMotie Teunissen c.s. over een voorstel om Lelystad Airport definitief niet te openen voor de commerciële burgerluchtvaart\n\nMotie Teunissen c.s. over sneller realiseren van meer gezonde, groene schoolpleinen, te beginnen bij de meest kwetsbare scholen';
    const mentions = detect(text);
    const second = mentions.filter((m): m is MotionMention => m.kind === 'motion')[1]!;
    expect(buildMotionContext(text, mentions, second).earlierSubject).toBeUndefined();
  });
});

describe('the words around a motion', () => {
  it('tell which of a member\'s motions is meant when the mention itself says nothing (Reformatorisch Dagblad, 2025)', async () => {
    const r = await resolveIn(
      'Een dinsdag aangenomen motie van Kamerlid Daniëlle Hirsch (GroenLinks-PvdA) hierover kreeg ook de steun van coalitiepartijen VVD en BBB.\n\nMet het aanvaarden van de motie gaat de Kamer een stap verder dan in het verleden. Eerder werden wel moties aangenomen over sancties tegen gewelddadige Joodse kolonisten op de Westoever, maar niet tegen mensen of organisaties die nederzettingen bouwen.',
    );
    expect(r.best?.key).toBe('21501-02-3065');
    expect(r.best && r.message).toBeTruthy();
  });

  it('are not read for a motion named with its subject or its own reference, which say more', () => {
    const near = (text: string) => {
      const mentions = detect(text);
      const m = mentions.find((x): x is MotionMention => x.kind === 'motion')!;
      return buildMotionContext(text, mentions, m).nearbyText;
    };
    expect(near('Het kabinet voert de motie van het lid Hirsch uit.')).toContain('Het kabinet voert');
    expect(near('Het kabinet voert de motie van het lid Hirsch over sancties uit.')).toBeUndefined();
    expect(near('Het kabinet voert de motie van het lid Hirsch (Kamerstuk 21501-02, nr. 3065) uit.')).toBeUndefined();
  });

  it('come from the paragraph before too ("Schrap de langstudeerboete", Punt 2024)', async () => {
    const r = await resolveIn(
      '‘Schrap de langstudeerboete’. De vier regeringspartijen hebben dinsdagmiddag een motie van die strekking verworpen.\n\nHet was een bondige motie van Kamerlid Doğukan Ergin (Denk). Onderwijsminister Eppo Bruins (NSC) had de motie vorige week ontraden.',
    );
    expect(r.best?.key).toBe('29338-287');
  });

  it('count when the rest of the sentence only points back: "de motie-Eerdmans (JA21) tegen het plan" (Het Parool, 2025)', async () => {
    const r = await resolveIn(
      'Schoof sprak dinsdag vooral over de financiering van het Europese defensieplan ReArm Europe, niet over de vraag waaraan de miljarden worden besteed.\n\nEen week eerder nog steunden regeringspartijen PVV, NSC en BBB de motie-Eerdmans (JA21) tegen het plan.',
    );
    expect(r.best?.key).toBe('21501-20-2207');
    expect(r.status).not.toBe('resolved');
  });
});

describe('a motion that is the subject of an inverted sentence', () => {
  it('takes no subject from the verb\'s object after it: "Wel kreeg de motie van Boswijk steun van partijen als PvdD" (a blog, 2024)', async () => {
    const text =
      'Derk Boswijk van het CDA had een motie ingediend om een totaalverbod op gokreclames in te voeren.\n\nDe motie van Boswijk (CDA) kreeg niet genoeg stemmen om door te gaan. Wel kreeg de motie van Boswijk steun van partijen als PvdD, GroenLinks/PvdA, Volt, Denk en JA21.';
    const ds = await loadDataset();
    const mentions = detect(text);
    const second = mentions.filter((m): m is MotionMention => m.kind === 'motion')[1]!;
    const ctx = buildMotionContext(text, mentions, second);
    expect(ctx.sameSubmittersSubject).toMatch(/totaalverbod op gokreclames/);
    expect(['36410-VI-56', '36410-VI-88']).toContain(resolveMotion(ds, second, ctx).best?.key);
  });
});

describe('an amended motion', () => {
  it('is the one voted on: "De Tweede Kamer heeft de motie aangenomen van VVD-leider Yesilgöz" is the amended version (NH Nieuws, 2023)', async () => {
    // 36471-16 replaced 36471-7; the data holds no signatures for it, its title names her.
    const r = await resolveIn(
      'De Tweede Kamer heeft de motie aangenomen van VVD-leider Yesilgöz waarin zij namens PVV, NSC en BBB de wens uitspreekt dat de spreidingswet er voorlopig niet komt. Naast deze vier partijen stemden ook de SGP, FvD en JA21 voor.',
    );
    expect(r.best?.key).toBe('36471-16');
  });

  it('is its own number, not the one after "was" ("(36410-VIII, nr. 105, was nr. 56)", Handelingen 2024)', async () => {
    const text =
      'De motie-Van der Velde/Wilders (36410-VIII, nr. 56) is in die zin gewijzigd dat zij thans luidt: ...\n\nIn stemming komt de gewijzigde motie-Van der Velde/Wilders (36410-VIII, nr. 105, was nr. 56).';
    const mentions = detect(text);
    const last = mentions.filter((m): m is MotionMention => m.kind === 'motion').at(-1)!;
    const ctx = buildMotionContext(text, mentions, last);
    expect(ctx.replacedRefs?.map((r) => r.ondernummer)).toEqual([56]);
    expect(resolveMotion(await loadDataset(), last, ctx).best?.key).toBe('36410-VIII-105');
  });
});

describe('a headline that says something of the motion', () => {
  it('gives no subject: the article\'s later mention of the same member does ("De motie van Piri is een moreel kompas", Joop 2025)', async () => {
    const r = await resolveIn('De motie van Piri is een moreel kompas, geen splijtzwam Opinie\n\nIk was erbij. De motie van Kati Piri, waarin GroenLinks-PvdA het handelen van de Israëlische regering veroordeelt en oproept tot een tijdelijk volledig wapenembargo tegen Israël, is meer dan een politieke uitspraak.');
    expect(r.best?.key).toBe('21501-02-3164');
  });
});

describe('one member written two ways', () => {
  it('is no namesake: "de Vries, A." and "Aukje de Vries" are the one Aukje de Vries (Curaçao Chronicle, 2025)', async () => {
    const r = await resolveIn('The Dutch parliament passed a motion introduced by Member of Parliament Aukje de Vries (VVD), calling for a stronger approach.');
    expect(r.status).not.toBe('ambiguous');
    expect(r.message).not.toMatch(/heten/);
  });
});

describe("a motion's own document number in the text", () => {
  it('names it ("2025D05200" above "Motie van het lid Wijen-Nass", a summary service\'s page, 2025)', async () => {
    const r = await resolveIn('Motie voor NAVO-bondgenoten en defensienorm\n\n2025D05200\n2024-2025\nMotie van het lid Wijen-Nass\nTweede Kamer');
    expect(r.best?.key).toBe('28676-484');
    expect(r.status).toBe('resolved');
    expect(r.message).toContain('2025D05200');
  });
});

describe("a list of a committee's documents", () => {
  it('gives a motion listed by its full title that motion, though it came days after the date of another item', async () => {
    // tweedekamer.nl's list of a committee's documents, June 2025: its only date (12 June) is another item's.
    const text = 'Geannoteerde agenda Raad Werkgelegenheid en Sociaal Beleid 12 juni 2025\nMotie van het lid Saris over de verkorting van de WW-duur alleen doorvoeren met concrete maatregelen voor betere ondersteuning en omscholing bij werkloosheid en arbeidsongeschiktheid\nMotie van het lid Patijn over een wetsvoorstel om onderbetaling te voorkomen';
    expect((await resolveIn(text)).best?.key).toBe('36725-XV-10');
  });
});

describe('a day written without its year', () => {
  it('is read in Dutch and in English, not where a year or a time follows', () => {
    expect(findDayMonth('werd woensdag 27 augustus aangenomen')).toBe('08-27');
    expect(findDayMonth('was adopted on Wednesday 27 August.')).toBe('08-27');
    expect(findDayMonth('was adopted on August 27th.')).toBe('08-27');
    expect(findDayMonth('werd op 27 augustus 2025 aangenomen')).toBeNull();
    expect(findDayMonth('was adopted on August 27, 2025.')).toBeNull();
    expect(findDayMonth('werd in 27 stemmingen verworpen')).toBeNull();
    // A deadline, not the day of the motion.
    expect(findDayMonth('over de prijsstijging per 1 juli tenietdoen')).toBeNull();
    expect(findDayMonth('calls for a plan by 1 March')).toBeNull();
  });

  it("tells a member's motions apart by the day: \"ingediend op woensdag 27 augustus\" is his motion of that day", async () => {
    const r = await resolveIn('De motie van Joost Eerdmans werd op woensdag 27 augustus ingediend.');
    // He submitted more than one that day: the day narrows them down, it cannot choose among them.
    expect(r.best?.date).toBe('2025-08-27');
  });
});

describe("an English text's dates", () => {
  it('are read day first and month first, with their year', () => {
    expect(findDutchDates('Published 27 August 2025. The motion was adopted on August 27th, 2025.').map((d) => d.iso)).toEqual(['2025-08-27', '2025-08-27']);
    expect(textDate('Dutch parliament adopts motion\nSeptember 19, 2025\nThe Dutch parliament has adopted a motion from opposition leader Geert Wilders').date).toBe('2025-09-19');
    expect(findDutchDates('May 2025 was warm; in August 27 cases')).toEqual([]);
  });
});
