import { describe, expect, it } from 'vitest';
import { found } from './helpers';

const mo = (t: string) => found(t, 'motion').map((m) => ({ text: m.text, indieners: m.indieners }));

describe('motions in English texts', () => {
  it('reads a member\'s title after their party: "a motion by JA21 parliamentarian Joost Eerdmans" (Curaçao Chronicle, 2025)', () => {
    expect(found('the Tweede Kamer adopted a motion by JA21 parliamentarian Joost Eerdmans calling on the Cabinet not to agree', 'motion').map((m) => m.text)).toEqual([
      'motion by JA21 parliamentarian Joost Eerdmans',
    ]);
  });

  it('reads "Motion-X" as Dutch "motie-X" (an English agenda of the Eerste Kamer, 2025)', () => {
    expect(mo('- Motion-Karimi (GroenLinks-PvdA) on ODA budget allocation\n- Modified Motion-Belhirch (D66) on human rights\n- Motion-Huizinga-Heringa (ChristenUnie)')).toEqual([
      { text: 'Motion-Karimi', indieners: ['Karimi'] },
      { text: 'Motion-Belhirch', indieners: ['Belhirch'] },
      { text: 'Motion-Huizinga-Heringa', indieners: ['Huizinga-Heringa'] },
    ]);
  });

  it('reads "the motion submitted by MP X" with a title or a party (a translated letter, 2018)', () => {
    expect(mo('the actions resulting from the motion submitted by MP Sjoerd Sjoerdsma on consultations with the aviation sector')).toEqual([
      { text: 'motion submitted by MP Sjoerd Sjoerdsma', indieners: ['Sjoerd Sjoerdsma'] },
    ]);
    expect(mo('a motion tabled by MPs Jetten and Klaver on housing')).toEqual([{ text: 'motion tabled by MPs Jetten and Klaver', indieners: ['Jetten', 'Klaver'] }]);
    expect(mo('a motion by Omtzigt (NSC) and Bikker (CU) on')).toEqual([{ text: 'motion by Omtzigt (NSC) and Bikker (CU)', indieners: ['Omtzigt', 'Bikker'] }]);
  });

  it('reads "motions of MP X", "Member of Parliament (MP) X" and a member\'s possessive (Caribbean news, 2022)', () => {
    expect(mo('Don Ceder of ChristianUnion. Wuite’s motion called on the Dutch government. Two motions of MP Joba van den Berg of CDA received. Van den Berg’s motion, which was co-signed')).toEqual([
      { text: 'Wuite’s motion', indieners: ['Wuite'] },
      { text: 'motions of MP Joba van den Berg', indieners: ['Joba van den Berg'] },
      { text: 'Van den Berg’s motion', indieners: ['Van den Berg'] },
    ]);
    expect(mo('the St. Eustatius motion submitted by Member of Parliament (MP) Jorien Wuite of Democratic Party D66')).toEqual([
      { text: 'motion submitted by Member of Parliament (MP) Jorien Wuite', indieners: ['Jorien Wuite'] },
    ]);
    expect(mo("Omtzigt's amended motion and Eerdmans' motion")).toEqual([
      { text: "Omtzigt's amended motion", indieners: ['Omtzigt'] },
      { text: "Eerdmans' motion", indieners: ['Eerdmans'] },
    ]);
    // Not a chamber, a party, a day, a country or a town.
    expect(mo("Parliament's motion, the PVV's motion, Monday's motion, Labour's motion, the government’s motion, Ukraine's motion, Breda's motion")).toEqual([]);
  });

  it('reads "a motion from" a leader or a faction (BNO News, 2025; a translated debate, 2025)', () => {
    expect(mo('The Dutch parliament has adopted a motion from opposition leader Geert Wilders calling on the government')).toEqual([
      { text: 'motion from opposition leader Geert Wilders', indieners: ['Geert Wilders'] },
    ]);
    expect(mo('About how a motion from the one-man faction Eerdmans was supported by 3 of the 4 coalition parties.')).toEqual([
      { text: 'motion from the one-man faction Eerdmans', indieners: ['Eerdmans'] },
    ]);
    expect(mo('a motion from the opposition, a motion from the PVV')).toEqual([]);
  });

  it('reads "motion, proposed by MP X", and "motion from X" without a title where X is so named elsewhere (Curaçao Chronicle, 2024)', () => {
    expect(mo('One significant motion, proposed by MP Van Nispen (SP), calls for oversight. Another motion from Van Nispen urges early retirement.')).toEqual([
      { text: 'motion, proposed by MP Van Nispen (SP)', indieners: ['Van Nispen'] },
      { text: 'motion from Van Nispen', indieners: ['Van Nispen'] },
    ]);
    expect(mo('Another motion from Van Nispen urges early retirement. A motion from Brussels.')).toEqual([]);
  });

  it('reads a second member without a title when the first has another motion and the second is named elsewhere (Saba News, 2022)', () => {
    const text =
      "Two motions of MP Joba van den Berg of CDA received support. Van den Berg’s motion, which was co-signed by MP Attje Kuiken of PvdA, asked more. Van Huffelen advised against a second motion of Van den Berg and Kuiken.";
    expect(mo(text).at(-1)).toEqual({ text: 'motion of Van den Berg and Kuiken', indieners: ['Van den Berg', 'Kuiken'] });
    // Kuiken named nowhere else: not read.
    expect(mo(text.replace('MP Attje Kuiken', 'the PvdA')).map((m) => m.text)).not.toContain('motion of Van den Berg and Kuiken');
  });

  it('reads a title in lower case or of two words, and a short clause before "introduced by" (Amsterdam Times, Saba News, 2025)', () => {
    expect(mo('The motion, introduced by JA21 member of parliament Joost Eerdmans, was narrowly accepted')).toEqual([
      { text: 'motion, introduced by JA21 member of parliament Joost Eerdmans', indieners: ['Joost Eerdmans'] },
    ]);
    expect(mo('A motion proposing this change, introduced by PVV member Peter van Haasen, only garnered support')).toEqual([
      { text: 'motion proposing this change, introduced by PVV member Peter van Haasen', indieners: ['Peter van Haasen'] },
    ]);
    expect(mo('The motion presented by Dutch Opposition Parliamentarian Kati Piri also calls')).toEqual([
      { text: 'motion presented by Dutch Opposition Parliamentarian Kati Piri', indieners: ['Kati Piri'] },
    ]);
    expect(mo('the motion to ban the sale of Heineken, a motion on the future of Ukraine')).toEqual([]);
  });

  it('reads "the X motion" and a headline\'s "Motion X" when the text names X as a member elsewhere (an English weblog, 2019)', () => {
    expect(mo('Dutch Parliament unanimously adopted: Motion Omtzigt 24 September 2019 Pieter Omtzigt’s motion asks the government. Part of the Omtzigt motion is')).toEqual([
      { text: 'Motion Omtzigt', indieners: ['Omtzigt'] },
      { text: 'Omtzigt’s motion', indieners: ['Omtzigt'] },
      { text: 'Omtzigt motion', indieners: ['Omtzigt'] },
    ]);
    // A topic or a nationality is no member, nor a name the text gives no member.
    expect(mo('the Gaza motion, the Dutch motion, the Eerdmans motion, Motion Picture')).toEqual([]);
  });

  it('reads a possessive with a word between it and "motion": "Eerdmans\' first motion", "Eerdmans’ second motion" (DutchNews, 2025)', () => {
    expect(mo("JA21 MP Joost Eerdmans' first motion last week triggered crisis talks. Eerdmans’ second motion calls on the government")).toEqual([
      { text: "Eerdmans' first motion", indieners: ['Eerdmans'] },
      { text: 'Eerdmans’ second motion', indieners: ['Eerdmans'] },
    ]);
    expect(mo("the Chamber's first motion, the members' second motion")).toEqual([]);
  });

  it('reads members with their party right after "motion": "a motion Kati Piri (GroenLinks-Pvda) and Derk Boswijk (CDA)" (a translated news item, 2025)', () => {
    expect(mo('And the VVD also voted for a motion Kati Piri (GroenLinks-Pvda) and Derk Boswijk (CDA) in which it was called to investigate')).toEqual([
      { text: 'motion Kati Piri (GroenLinks-Pvda) and Derk Boswijk (CDA)', indieners: ['Kati Piri', 'Derk Boswijk'] },
    ]);
    // Without a party, or with words that are no party, or a country: none.
    expect(mo('the motion Omtzigt asked, a motion Israel (PVV) must, a motion Dutch (the language), a motion Picture (MP)')).toEqual([]);
  });

  it('reads no party, no bare capital and no other "motion" as members', () => {
    expect(mo('a motion by the PVV, a motion by Labour, a motion by GroenLinks (GL), motion-sensing cameras, slow motion, Motion Picture, promotion')).toEqual([]);
  });
});
