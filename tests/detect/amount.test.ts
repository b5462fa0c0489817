import { describe, expect, it } from 'vitest';
import { found } from './helpers';

const am = (t: string) => found(t, 'amount').map(({ text, value, per }) => ({ text, value, per }));

describe('amounts', () => {
  it.each([
    ['kosten van € 2.815 per', '€ 2.815', 2815],
    ['116 miljoen euro extra', '116 miljoen euro', 116_000_000],
    ['is 21, 9 miljoen euro', '21, 9 miljoen euro', 21_900_000],
    ['EUR 1,2 mld. voor', 'EUR 1,2 mld.', 1_200_000_000],
    ['ruim € 500 mln voor', '€ 500 mln', 500_000_000],
    ['1,5 miljard euro', '1,5 miljard euro', 1_500_000_000],
    // A footnote's number stuck to the currency (a minister's letter, 2020).
    ['ingezet voor 39 miljard euro1 aanvullende middelen', '39 miljard euro', 39_000_000_000],
    ['duizend euro', 'duizend euro', 1000],
    // "ton", as Dutch speaks of money: a hundred thousand.
    ['kost zo’n € 3 ton per jaar', '€ 3 ton', 300_000],
    ['ruim 3 ton euro subsidie', '3 ton euro', 300_000],
    ['€\u00a012,50', '€\u00a012,50', 12.5],
    ['€ 2.500,- per', '€ 2.500,-', 2500],
    ['5.000 euro boete', '5.000 euro', 5000],
    // Real motions write "Euro" too.
    ['het MFK met 65,8 miljard Euro te verhogen', '65,8 miljard Euro', 65_800_000_000],
    ['100 EURO', '100 EURO', 100],
    // Number words as one word (news: NOS, regional papers), "een half", "anderhalf".
    ['ongeveer vijfhonderd euro meer', 'vijfhonderd euro', 500],
    // A number word at a sentence's start, and nothing (Handelingen 2018: "Nul euro winstbelasting").
    ['voorzitter! Nul euro winstbelasting over', 'Nul euro', 0],
    ['Vijfhonderd euro per jaar', 'Vijfhonderd euro', 500],
    // The scale in the same word (a Woonbond press release, 2005).
    ["'Een bedrag dat boven de honderdmiljoen euro uitkomt.'", 'honderdmiljoen euro', 100_000_000],
    ['ruim tweemiljard euro', 'tweemiljard euro', 2_000_000_000],
    ['krijgt dit jaar drieduizend euro', 'drieduizend euro', 3000],
    ['vijfentwintig euro', 'vijfentwintig euro', 25],
    ['tweehonderdvijftigduizend euro', 'tweehonderdvijftigduizend euro', 250_000],
    ['een pot van een half miljoen euro', 'een half miljoen euro', 500_000],
    ['anderhalf miljoen euro', 'anderhalf miljoen euro', 1_500_000],
    // Thousands grouped by spaces (Staatsblad, EU texts).
    ['jaarlijks € 83 300.', '€ 83 300', 83_300],
    ['maximum van 30 000 euro', '30 000 euro', 30_000],
    // A scale word broken at a line end in extracted text.
    ['€ 2,5 mil-\njoen', '€ 2,5 mil-\njoen', 2_500_000],
    // Cents (NRC 2005): 0.19 euro.
    ['verhoogd van 18 naar 19 eurocent per gereden kilometer', '19 eurocent', 0.19],
    // "cent" alone (news on fuel duty, 2023).
    ['De prijs van benzine aan de pomp zou hierdoor bijna 21 cent stijgen.', '21 cent', 0.21],
    // Cents after whole euros, as prices are spoken (news on fuel and groceries): one amount, not two.
    ['De literprijs steeg naar 2 euro en 13 eurocent.', '2 euro en 13 eurocent', 2.13],
    ['Benzine kost nu 2 euro 39 per liter.', '2 euro 39', 2.39],
    ['van 5 euro 20 cent naar', '5 euro 20 cent', 5.2],
    // A number after "euro" starts the next item (a motion, 2016).
    ['overwegende dat van die 3,3 miljard euro 1,4 miljard door het', '3,3 miljard euro', 3_300_000_000],
    // A decrease in a budget table, written with the bookkeeper's minus: negative, as "-€ 5 miljoen".
    ['Mutatie € -/- 5 miljoen', '€ -/- 5 miljoen', -5_000_000],
    // And with a minus after the sign, a hyphen or a table's en dash.
    ['het saldo is € -5 mln', '€ -5 mln', -5_000_000],
    ['Mutatie € –1.500', '€ –1.500', -1500],
  ])('%j', (text, written, value) => {
    expect(am(text).map(({ text: t, value: v }) => ({ text: t, value: v }))).toEqual([{ text: written, value }]);
  });

  it('reads English news on Dutch politics at its scale: "€800bn", "€150 billion", "27 billion euros" (DutchNews.nl, 2025)', () => {
    expect(am('vote against the EU’s €800bn defence spending plan')).toEqual([{ text: '€800bn', value: 800e9, per: undefined }]);
    expect(am('includes a €150 billion loan scheme')).toEqual([{ text: '€150 billion', value: 150e9, per: undefined }]);
    expect(am('an estimated 27 billion euros ($30 billion)')).toEqual([{ text: '27 billion euros', value: 27e9, per: undefined }]);
    // With an English scale word the number is English: "," groups thousands, "." starts decimals.
    expect(am('an investment of 19,000 million euros in')).toEqual([{ text: '19,000 million euros', value: 19e9, per: undefined }]);
    expect(am('€2.5 billion, €500m and EUR 1.2bn').map((a) => a.value)).toEqual([2.5e9, 500e6, 1.2e9]);
    // Thousands as "k", glued to the number only ("€ 50 K" is 50).
    expect(am('a €500k grant and a EUR 1.5k bonus, € 50 K').map((a) => a.value)).toEqual([500e3, 1500, 50]);
    // A headline's "B" glued to the number (Kyiv Post, 2025).
    expect(am('Norway Doubles Ukraine Aid to €7B The Norwegian')).toEqual([{ text: '€7B', value: 7e9, per: undefined }]);
    expect(am('will go from 385 to 460 euros.')).toEqual([{ text: '460 euros', value: 460, per: undefined }]);
    // Joined into one word (Caribbean news, 2022); not a Dutch coin.
    expect(am('to allocate the 30-million-euro envelope, a 2.5-billion-euro plan, een 5-euro-munt').map((a) => [a.text, a.value])).toEqual([
      ['30-million-euro', 30e6],
      ['2.5-billion-euro', 2.5e9],
    ]);
    // Number words (Erasmus Magazine 2024, Saba News 2022), only with a scale; a decimal point before two digits (2025).
    expect(am('a shortfall of more than half a billion euros, the thirty-million-euro envelope, a million euros, ten euros').map((a) => [a.text, a.value])).toEqual([
      ['half a billion euros', 5e8],
      ['thirty-million-euro', 30e6],
      ['a million euros', 1e6],
    ]);
    expect(am('€0.79 per litre for petrol').map((a) => a.value)).toEqual([0.79]);
    // A date glued to "EUR" in a photo credit is no amount.
    expect(am('Eppo Bruins EUR2024-09-02 OAJ')).toEqual([]);
    // The sign after the number, in a text that writes it so (a holiday home's prices, 2024): "840 € 120 €" is 840 and 120.
    expect(am('Dag: 31-08-2024 28-09-2024 840 € 120 € 28-09-2024 21-12-2024 630 € 90 € Waarborg: 400,- € en 12,50 € per persoon').map((a) => [a.text, a.value])).toEqual([
      ['840 €', 840],
      ['120 €', 120],
      ['630 €', 630],
      ['90 €', 90],
      ['400,- €', 400],
      ['12,50 €', 12.5],
    ]);
    // In a text that writes it first, a sign after a number counts only with no number after it.
    expect(am('kost € 2,60€ 2,60€ 3,20, of 25 €.').map((a) => a.value)).toEqual([2.6, 2.6, 3.2, 25]);
    // A price table's padded sign (a club's fees, 2023); "Euro" with cents, not an engine's "Euro 6".
    expect(am('< 12 jaar €                   147,50 €                   210,00 12 – 15 jaar').map((a) => a.value)).toEqual([147.5, 210]);
    expect(am('Toeristenbelasting: Euro 0,80 per persoon; een Euro 6-motor').map((a) => a.value)).toEqual([0.8]);
    // French in a bilingual Belgian record (the Chamber, 2025): "d'" before "euros", the number read as Dutch.
    expect(am("Les 66 milliards d’euros de subsides, 1,5 million d'euros et 100 millions d'euros. Sur les 66 milliards,").map((a) => [a.text, a.value])).toEqual([
      ['66 milliards d’euros', 66e9],
      ["1,5 million d'euros", 1.5e6],
      ["100 millions d'euros", 100e6],
    ]);
    expect(am("5 miljoen d'euro")).toEqual([]);
    // "m" only glued to the number, and not square metres; "eurosceptisch" is no currency.
    expect(am('kost € 250 m² en € 5 m hoog, eurosceptisch').map((a) => [a.text, a.value])).toEqual([
      ['€ 250', 250],
      ['€ 5', 5],
    ]);
  });

  it('says what the amount is per', () => {
    expect(am('€ 5.000 per volwassene')[0]!.per).toBe('per volwassene');
    expect(am('116 miljoen euro structureel')[0]!.per).toBe('structureel');
    expect(am('€ 300 per jaar')[0]!.per).toBe('per jaar');
    expect(am('€ 300 per 1 januari')[0]!.per).toBeUndefined();
  });

  it('applies the unit written right after one amount to it ("€ 60.000 (x € 1.000)", a budget amendment)', () => {
    expect(am('verlaagd met € 60.000 (x € 1.000).')).toEqual([{ text: '€ 60.000 (x € 1.000)', value: 60_000_000, per: undefined }]);
    // The unit without its thousands point (an amendment of 2002).
    expect(am('verlaagd met € 125 000 (x € 1000).')).toEqual([{ text: '€ 125 000 (x € 1000)', value: 125_000_000, per: undefined }]);
    // Thousands written with spaces (an amendment on openkamer.org, 2008).
    expect(am('uitgavenbedrag verlaagd met €  6 886 (x € 1 000).')).toEqual([{ text: '€  6 886 (x € 1 000)', value: 6_886_000, per: undefined }]);
    expect(am('€ 2,5 (x € 1 mln) en 5.000 euro (x € 1.000)').map((a) => [a.text, a.value])).toEqual([
      ['€ 2,5 (x € 1 mln)', 2_500_000],
      ['5.000 euro (x € 1.000)', 5_000_000],
    ]);
    // The unit broken onto the next line, or spaced out (a PDF's text).
    expect(am('verlaagd met € 77.000 (x €\n1.000).').map((a) => a.value)).toEqual([77_000_000]);
    expect(am('verlaagd met € 77.000\n(x € 1.000).').map((a) => a.value)).toEqual([77_000_000]);
    expect(am('verlaagd met € 523  (x  €  1.000).').map((a) => a.value)).toEqual([523_000]);
    // Another parenthesis is not a unit.
    expect(am('€ 60.000 (zie bijlage)').map((a) => a.value)).toEqual([60_000]);
  });

  it("applies a figure caption's unit to the total right after it, unless that total is written out in full (budget pages)", () => {
    const jv = 'Figuur 1 Gerealiseerde uitgaven verdeeld over beleidsartikelen en niet-beleidsartikelen (x €1 mln.). Totaal € 12.466,6\n\nFiguur 2 ... (x €1 mln.). Totaal € 314,6';
    expect(am(jv).map((a) => [a.text, a.value])).toEqual([
      ['€ 12.466,6', 12_466_600_000],
      ['€ 314,6', 314_600_000],
    ]);
    const mvt = 'Figuur 1 Geraamde uitgaven (bedragen x € 1 mln.) Totaal € 182.743.000,-\n\nFiguur 2 (bedragen x € 1 mln.). Totaal € 40.477.613.000';
    expect(am(mvt).map((a) => a.value)).toEqual([182_743_000, 40_477_613_000]);
    // A total the caption would make implausible (a ministry's receipts of 245 billion) is as written (a budget, 2024).
    expect(am('Geraamde ontvangsten (x €1 mln.). Totaal € 245.411').map((a) => a.value)).toEqual([245_411]);
    // Only right after the caption: a later amount is as written.
    expect(am('(x €1 mln.). Totaal € 56,2. De Koning ontving € 1,8 extra.').map((a) => a.value)).toEqual([56_200_000, 1.8]);
  });

  it('reads a minus stuck to an amount as a negative amount, not a range\'s or a list\'s dash', () => {
    // Answers on the Najaarsnota 2021 (tkconv); a municipal party's note on the budget (Almelo, 2021).
    expect(am('Het EMU-saldo in 2021 bedraagt -43,3 miljard euro.')).toEqual([{ text: '-43,3 miljard euro', value: -43_300_000_000, per: undefined }]);
    expect(am('een negatief eigen vermogen van circa -25 miljoen euro beschikken we')).toEqual([{ text: '-25 miljoen euro', value: -25_000_000, per: undefined }]);
    expect(am('Het resultaat is ongeveer -€5,5 miljoen, wat')).toEqual([{ text: '-€5,5 miljoen', value: -5_500_000, per: undefined }]);
    expect(am('van 10 -25 miljoen euro').map((a) => a.value)).toEqual([25_000_000]);
    expect(am('- € 500 voor de zorg\n-€ 300 voor onderwijs').map((a) => a.value)).toEqual([500, 300]);
  });

  it('gives the first number of a range the scale written after the second ("€ 10 à 15 miljoen")', () => {
    expect(am('€ 10 à 15 miljoen')[0]).toMatchObject({ text: '€ 10', value: 10_000_000 });
    expect(am('circa € 5 tot € 10 miljoen').map((a) => a.value)).toEqual([5_000_000, 10_000_000]);
    expect(am('€ 80 à € 90').map((a) => a.value)).toEqual([80, 90]);
    // "en" only after "tussen" (a municipality's kadernota) or "respectievelijk".
    expect(am('voordelig tussen de € 1 en € 3 miljoen per jaar').map((a) => a.value)).toEqual([1_000_000, 3_000_000]);
    expect(am('Tussen €1 en €2 mln.').map((a) => a.value)).toEqual([1_000_000, 2_000_000]);
    expect(am('kost € 500 en 3 miljoen mensen betalen').map((a) => a.value)).toEqual([500]);
    // Or "respectievelijk" (a municipal budget, 2025).
    expect(am('In 2027 en 2028 sluiten respectievelijk € 6,9 en € 7,0 miljoen negatief.').map((a) => a.value)).toEqual([6_900_000, 7_000_000]);
  });

  it.each([
    ['a table unit', 'Overzicht (x € 1.000) en (bedragen x € 1 mln) en (* € 1.000) en bedragen x 1.000 euro'],
    ['euro in a compound', 'de 20 euro-landen'],
    ['half without a scale', 'een half euro-teken'],
    ['Euro as a name', 'Euro 6 en Euro95 en de eurozone'],
    ['an emission class', 'Vrachtwagens met een Euro2- en Euro3-motor en een Euro 6-motor'],
    ['a count', '75.330 tijdelijke vergunninghouders'],
    ['millions of people', '2,4 miljoen vluchtelingen en 30 miljoen mensen'],
    ['a percentage', 'een stijging van 12,5% en van 21 procent'],
    ['a cent in words', 'niet bereid om ook maar één cent op ontwikkelingshulp te bezuinigen'],
    ['a year', 'in 2025'],
    ['a bare number', 'in totaal 620 miljoen'],
    // No amount a reader could check (De Correspondent, 2025), and euros of a year's value (CBS, 2025).
    ['a few hundred', 'een betalingsgebrek van een paar honderd euro, of enkele duizend euro'],
    ['a year\'s euros', 'van bijna 350 miljard in 2019 euro'],
  ])('not: %s', (_, text) => {
    expect(am(text)).toEqual([]);
  });

  it('does not read a count after whole euros as their cents', () => {
    expect(am('het kost 5 euro 20 procent meer').map((a) => a.text)).toEqual(['5 euro']);
    expect(am('het kost 10 euro 12 mensen betalen').map((a) => a.text)).toEqual(['10 euro']);
    expect(am('5 miljoen euro 20 jaar lang.').map((a) => a.text)).toEqual(['5 miljoen euro']);
  });
});
