import { beforeAll, describe, expect, it } from 'vitest';
import { buildCardModel } from '../../lib/cards/build';
import { CardModelSchema, type CardModel } from '../../lib/cards/model';
import type { Dataset } from '../../lib/data/dataset';
import { loadDataset } from '../../lib/data/load-node';
import type { Mention } from '../../lib/detect/types';

let ds: Dataset;
beforeAll(async () => {
  ds = await loadDataset();
});

const card = (mention: Mention, key: string, context?: Parameters<typeof buildCardModel>[1]['context']): CardModel => {
  const model = buildCardModel(ds, { mention, key, ...(context ? { context } : {}) });
  expect(CardModelSchema.safeParse(model).success).toBe(true);
  return model;
};
const ks = (dossier: number, ondernummer: number | null, toevoeging: string | null = null, text = 'Kamerstuk'): Mention => ({ kind: 'kamerstuk', start: 0, end: 1, text, dossier, toevoeging, ondernummer });

describe('cards from the bundled dataset', () => {
  it('a letter: type, subject, date, dossier, other documents in the dossier, links and a citation', () => {
    const c = card(ks(19637, 3435), '19637-3435');
    expect(c).toMatchObject({ variant: 'document', kindLabel: 'Brief regering', title: 'Landenbeleid Syrië', citation: 'Kamerstukken II 2024/25, 19637, nr. 3435', dataDate: '3 oktober 2025' });
    expect(c.sections.map((s) => s.heading)).toContain('Andere stukken in dossier 19637');
    expect(c.links.map((l) => l.label)).toEqual(['officielebekendmakingen.nl', 'tweedekamer.nl']);
  });

  it("a kingdom act's document, its R-number written apart from the toevoeging ('36455 (R2188), nr. 2')", () => {
    const mention: Mention = { kind: 'kamerstuk', start: 0, end: 1, text: '36455 (R2188), nr. 2', dossier: 36455, toevoeging: null, ondernummer: 2, rijkswet: 'R2188' };
    const c = card(mention, '36455-(R2188)-2');
    expect(c.variant).toBe('document');
    const whole = card({ ...mention, ondernummer: null }, '36455-(R2188)');
    expect(whole.variant).toBe('dossier');
  });

  it('a motion with a recorded vote shows the outcome and the vote per party with seats', () => {
    const c = card({ kind: 'zaak', start: 0, end: 1, text: '2024Z21744', zaakNummer: '2024Z21744' }, '2024Z21744');
    expect(c.variant).toBe('motion');
    expect(c.facts).toContainEqual({ label: 'Uitslag', value: 'Aangenomen' });
    expect(c.vote?.parties.length).toBeGreaterThan(0);
    expect(c.vote?.parties.every((p) => ['Voor', 'Tegen', 'Niet deelgenomen'].includes(p.vote))).toBe(true);
    expect(c.vote!.voor).toBeGreaterThan(0);
  });

  it('a motion without a recorded vote says so and shows no vote', () => {
    const c = card(ks(32317, 919), '32317-919');
    expect(c.facts).toContainEqual({ label: 'Uitslag', value: 'uitslag niet in de gebundelde gegevens' });
    expect(c.vote).toBeUndefined();
    expect(c.request).toMatch(/^verzoekt het kabinet een plan/);
  });

  it('an amended motion links both ways', () => {
    expect(card(ks(32317, 951), '32317-951').sections.map((s) => s.heading)).toContain('Gewijzigd door');
    expect(card(ks(32317, 961), '32317-961').sections.map((s) => s.heading)).toContain('Vervangt (t.v.v.)');
  });

  it('an uncertain motion asks "Bedoelde u …" with the candidates', () => {
    const c = card({ kind: 'motion', start: 0, end: 14, text: 'motie Eerdmans', indieners: ['Eerdmans'], signatories: [{ surname: 'Eerdmans' }], cs: false }, 'motie:eerdmans');
    expect(c.notice).toMatch(/Niet zeker/);
    expect(c.sections[0]!.heading).toBe('Bedoelde u …');
  });

  it('a motion the footnote identifies but the dataset lacks: the reference, official links, "niet in de gebundelde gegevens"', () => {
    const c = card(
      { kind: 'motion', start: 0, end: 1, text: 'motie van de leden Ceder (CU) en van Dijk (SGP)', indieners: ['Ceder', 'Van Dijk'], signatories: [{ surname: 'Ceder', party: 'CU' }, { surname: 'Van Dijk', party: 'SGP' }], cs: false },
      'motie:ceder',
      { after: '', adjacentRefs: [], footnoteRefs: [{ dossier: 36871, toevoeging: null, ondernummer: 67 }], pageRefs: [], pageDate: '2026-06-22', nearbyDate: null },
    );
    expect(c.lead).toBe('Kamerstuk 36871, nr. 67: niet in de gebundelde gegevens.');
    expect(c.links[0]!.href).toBe('https://zoek.officielebekendmakingen.nl/kst-36871-67.html');
  });

  it('a motion the dataset knows only as a document (its metadata, not its votes): that document\'s card, with its title', () => {
    const c = card(
      { kind: 'motion', start: 0, end: 1, text: 'motie-Gesthuizen', indieners: ['Gesthuizen'], signatories: [{ surname: 'Gesthuizen' }], cs: false },
      'motie:gesthuizen',
      { after: ' (Kamerstuk 19637, nr. 1522)', adjacentRefs: [{ dossier: 19637, toevoeging: null, ondernummer: 1522 }], footnoteRefs: [], pageRefs: [], pageDate: null, nearbyDate: null },
    );
    expect(c.title).toContain('Nader gewijzigde motie van het lid Gesthuizen');
    expect(c.citation).toContain('19637');
  });

  it('an Eerste Kamer motion ("de motie-Faber-van de Klashorst c.s. ... (35788, letter D)"): its own card, never a Tweede Kamer namesake\'s', () => {
    const c = card(
      { kind: 'motion', start: 0, end: 1, text: 'motie-Faber-van de Klashorst c.s.', indieners: ['Faber-van de Klashorst'], signatories: [{ surname: 'Faber-van de Klashorst' }], cs: true },
      'motie:faber',
      { after: ' over de AOW-uitkering (35788, letter D);', adjacentRefs: [{ dossier: 35788, toevoeging: null, ondernummer: null, letter: 'D' }], footnoteRefs: [], pageRefs: [], pageDate: '2022-02-22', nearbyDate: null },
    );
    expect(c.kindLabel).toBe('Motie');
    expect(c.lead).toContain('Motie van de Eerste Kamer (Kamerstukken I, 35788, D)');
    expect(c.citation).toBe('Kamerstukken I, 35788, D');
    expect(c.links[0]!.href).toBe('https://zoek.officielebekendmakingen.nl/kst-35788-D.html');
  });

  it('an amount: written out, per what, and where it is stated (the seed letter itself)', () => {
    const c = card({ kind: 'amount', start: 0, end: 7, text: '€ 5.000', value: 5000, currency: 'EUR', per: 'per volwassene' }, '5000');
    expect(c.lead).toBe('€ 5.000');
    expect(c.title).toBe('€ 5.000 per volwassene');
    expect(c.sections[0]!.items[0]!.detail).toContain('29344-157');
    expect(card({ kind: 'amount', start: 0, end: 7, text: '21,9 miljoen euro', value: 21_900_000, currency: 'EUR' }, 'x').lead).toBe('€ 21,9 miljoen = € 21.900.000');
  });

  it('Handelingen: the official publication link', () => {
    const c = card({ kind: 'handelingen', start: 0, end: 1, text: 'Handelingen II 2024/25, nr. 48, item 5', aanhangsel: false, vergaderjaar: '2024-2025', nummer: 48, item: 5 }, 'h');
    expect(c.links[0]!.href).toBe('https://zoek.officielebekendmakingen.nl/h-tk-20242025-48-5.html');
    expect(c.citation).toBe('Handelingen II 2024/25, nr. 48, item 5');
  });

  it("Handelingen of the Eerste Kamer: the Eerste Kamer's publication, said so on the card", () => {
    const c = card({ kind: 'handelingen', start: 0, end: 1, text: 'Handelingen I, 2017/18, 21, item 6', aanhangsel: false, vergaderjaar: '2017-2018', nummer: 21, item: 6, eersteKamer: true }, 'h');
    expect(c.links[0]!.href).toBe('https://zoek.officielebekendmakingen.nl/h-ek-20172018-21-6.html');
    expect(c.citation).toBe('Handelingen I 2017/18, nr. 21, item 6');
    expect(c.facts[0]).toEqual({ label: 'Kamer', value: 'Eerste Kamer' });
  });

  it("an Eerste Kamer letter in a known dossier: the dossier, the letter, and a link to that document", () => {
    const c = card({ ...ks(19637, null, null, 'Kamerstukken I 2024/25, 19 637, C'), letter: 'C' } as Mention, '19637-ek-C');
    expect(c.variant).toBe('dossier');
    expect(c.citation).toBe('Kamerstukken I, 19637, C');
    expect(c.facts).toContainEqual({ label: 'Stuk van de Eerste Kamer', value: 'C' });
    expect(c.links[0]!.href).toBe('https://zoek.officielebekendmakingen.nl/kst-19637-C.html');
  });

  it('a reference the dataset lacks: the reference with its official links, nothing invented', () => {
    const c = card(ks(99999, 1, null, 'Kamerstuk 99 999, nr. 1'), '99999-1');
    expect(c).toMatchObject({ variant: 'unknown', title: 'Kamerstuk 99 999, nr. 1', lead: 'Niet in de gebundelde gegevens.', facts: [] });
    expect(c.links[0]!.href).toBe('https://zoek.officielebekendmakingen.nl/kst-99999-1.html');
  });
});
