import { describe, expect, it } from 'vitest';
import { addressRef, distinctDossiers, footnoteNumber, motionContext } from '../../entrypoints/content/motion-context';
import { detect } from '../../lib/detect';
import type { KamerstukMention, MotionMention } from '../../lib/detect/types';
import { fakeDetect } from './fake-detect';
import { MotionContextSchema } from '../../lib/messages';

describe('motion context from a page', () => {
  it('reads footnote numbers at the start of a paragraph', () => {
    expect(footnoteNumber('3 Kamerstuk 32317, nr. 919')).toBe('3');
    expect(footnoteNumber('12. Kamerstukken II')).toBe('12');
    expect(footnoteNumber('³ Tweede Kamer, vergaderjaar 2022–2023')).toBe('3');
    expect(footnoteNumber('2024 was een druk jaar')).toBeNull();
    expect(footnoteNumber('De motie')).toBeNull();
  });

  it("reads the Kamerstuk a page's address names, and gives it to the motion whose title the page is", () => {
    const own = addressRef('https://zoek.officielebekendmakingen.nl/kst-35570-XIX-14.html', detect);
    expect(own).toEqual({ dossier: 35570, toevoeging: 'XIX', ondernummer: 14 });
    expect(addressRef('https://nos.nl/artikel/2562143-kabinet', detect)).toBeNull();
    expect(addressRef('geen adres', detect)).toBeNull();
    const page = { footnotes: new Map<string, string>(), pageDossiers: [], pageDate: null, ownRef: own };
    const title = 'MOTIE VAN HET LID STOFFER';
    const t = detect(title).find((m) => m.kind === 'motion') as MotionMention;
    expect(motionContext(title, t, detect, page).adjacentRefs).toEqual([own]);
    // A motion the page only names is not the page's own.
    const named = 'Zie de motie van het lid Stoffer over het Groeifonds.';
    const n = detect(named).find((m) => m.kind === 'motion') as MotionMention;
    expect(motionContext(named, n, detect, page).adjacentRefs).toEqual([]);
  });

  it('sends the background what the sentence before says of a motion "van die strekking", and the document numbers of its block', () => {
    const page = { footnotes: new Map<string, string>(), pageDossiers: [], pageDate: null };
    const text = 'De Tweede Kamer wil zo snel mogelijk nieuwe verkiezingen. Een motie van die strekking, ingediend door GroenLinks-PvdA-leider Frans Timmermans in het debat over de kabinetsval, werd aangenomen.';
    const m = detect(text).find((x) => x.kind === 'motion') as MotionMention;
    expect(motionContext(text, m, detect, page).purportSubject).toBe('De Tweede Kamer wil zo snel mogelijk nieuwe verkiezingen');
    const listed = '2025D05200\n2024-2025\nMotie van het lid Wijen-Nass';
    const w = detect(listed).find((x) => x.kind === 'motion') as MotionMention;
    expect(motionContext(listed, w, detect, page).documentNumbers).toEqual(['2025D05200']);
  });

  it('takes a motion for the Eerste Kamer\'s by the page\'s lead or its own sentence, not by where its paragraph starts', () => {
    const page = { footnotes: new Map<string, string>(), pageDossiers: [], pageDate: null };
    const of = (text: string, senate?: boolean) => {
      const m = detect(text).find((x) => x.kind === 'motion') as MotionMention;
      return motionContext(text, m, detect, senate ? { ...page, senate } : page).senate;
    };
    const paragraph = 'De Eerste Kamer stemt dinsdag over de wet. Eerder nam de Kamer de motie-Omtzigt over de toeslagen aan.';
    expect(of(paragraph)).toBeUndefined();
    expect(of(paragraph, true)).toBe(true);
    expect(of('In de Eerste Kamer diende senator Faber de motie-Faber c.s. in.')).toBe(true);
  });

  it("sends the date written in the motion's own sentence before it (the motion was there by then)", () => {
    const page = { footnotes: new Map<string, string>(), pageDossiers: [], pageDate: null, ownRef: null };
    const text = 'Is het waar dat de Kamer op 20 februari 2020 unaniem de motie Omtzigt c.s. heeft aangenomen?';
    const m = detect(text).find((x) => x.kind === 'motion') as MotionMention;
    expect(motionContext(text, m, detect, page).sentenceDate).toBe('2020-02-20');
  });

  it('sends a day written after the motion without its year, which the message schema accepts', () => {
    const page = { footnotes: new Map<string, string>(), pageDossiers: [], pageDate: null, ownRef: null };
    const text = 'A motion by JA21 MP Joost Eerdmans calling for this was adopted on Wednesday 27 August.';
    const m = detect(text).find((x) => x.kind === 'motion') as MotionMention;
    const sent = motionContext(text, m, detect, page);
    expect(sent.nearbyDayMonth).toBe('08-27');
    expect(MotionContextSchema.parse(sent).nearbyDayMonth).toBe('08-27');
    expect(MotionContextSchema.safeParse({ ...sent, nearbyDayMonth: '<b>27 August</b>' }).success).toBe(false);
  });

  it("keeps each of the page's dossiers once, in page order, within a cap", () => {
    const k = (dossier: number, toevoeging: string | null = null): KamerstukMention => ({ kind: 'kamerstuk', start: 0, end: 1, text: '', dossier, toevoeging, ondernummer: 7 });
    expect(distinctDossiers([k(19637), k(36600, 'VI'), k(19637), k(36600)])).toEqual([
      { dossier: 19637, toevoeging: null, ondernummer: null },
      { dossier: 36600, toevoeging: 'VI', ondernummer: null },
      { dossier: 36600, toevoeging: null, ondernummer: null },
    ]);
    expect(distinctDossiers(Array.from({ length: 1000 }, (_, i) => k(20000 + i)))).toHaveLength(100);
  });

  it('takes the clause after the motion, the footnote its <sup> points to and the other references', () => {
    const text = 'Met de motie-Eerdmans3 vroeg de Kamer om een terugkeerplan. Zie ook 21501, nr. 20.';
    const mention = fakeDetect(text).find((m) => m.kind === 'motion') as MotionMention;
    const ctx = motionContext(
      text,
      mention,
      fakeDetect,
      { footnotes: new Map([['3', '3 Kamerstuk 32317, nr. 919']]), pageDossiers: [{ dossier: 36600, toevoeging: 'VI', ondernummer: null }], pageDate: '2025-07-01' },
      '3',
    );
    expect(ctx.after).toBe(' vroeg de Kamer om een terugkeerplan.');
    expect(ctx.footnoteText).toBe('Kamerstuk 32317, nr. 919');
    expect(ctx.footnoteRefs).toEqual([{ dossier: 32317, toevoeging: null, ondernummer: 919 }]);
    // The page's references go by dossier: that is all the resolver reads of them.
    expect(ctx.pageRefs).toEqual([
      { dossier: 21501, toevoeging: null, ondernummer: null },
      { dossier: 36600, toevoeging: 'VI', ondernummer: null },
    ]);
    expect(ctx.pageDate).toBe('2025-07-01');
  });

  it('keeps an Eerste Kamer letter in a footnote elsewhere on the page (the motion is then the Eerste Kamer\'s)', async () => {
    const { detect } = await import('../../lib/detect/index');
    const text = 'Met de motie-Koffeman c.s.4 vroeg de Eerste Kamer om een verbod.';
    const mention = detect(text).find((m) => m.kind === 'motion') as MotionMention;
    const ctx = motionContext(text, mention, detect, { footnotes: new Map([['4', '4 Kamerstukken I 2021/22, 35788, L']]), pageDossiers: [], pageDate: null }, '4');
    expect(ctx.footnoteRefs).toEqual([{ dossier: 35788, toevoeging: null, ondernummer: null, letter: 'L' }]);
  });
});
