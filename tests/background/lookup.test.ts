import type { CardModel } from '../../lib/cards/model';
import { describe, expect, it } from 'vitest';
import { backendFor } from '../../entrypoints/background/backend';
import { datasetFromRecords } from '../../lib/data/dataset';
import type { DatasetFiles } from '../../lib/data/schema';
import type { MentionRef } from '../../lib/messages';

const files = {
  manifest: {
    format: 1,
    source: 'test',
    dataDate: '2025-10-03',
    buildDate: '2025-10-03',
    period: { from: '2024-01-01', to: '2025-10-03' },
    counts: {},
    provenance: {},
    files: {},
  },
  dossiers: [{ key: '19637', nummer: 19637, toevoeging: null, title: 'Vreemdelingenbeleid' }],
  documents: [
    {
      id: '2025D27010', key: '19637-3435', kind: 'Brief regering', dossier: 19637, toevoeging: null, ondernummer: 3435,
      title: 'Vreemdelingenbeleid', subject: 'Landenbeleid Syrië', date: '2025-06-10', year: '2024-2025', source: 'tk',
    },
  ],
  motions: [
    {
      key: '32317-919', zaakNummer: '2024Z20838', documentNummer: '2024D44556', dossier: 32317, toevoeging: null, ondernummer: 919,
      dossierTitle: 'JBZ-Raad', title: 'Motie van het lid Eerdmans over een terugkeerplan voor Syriërs', date: '2024-12-12',
      startedOn: null, year: '2024-2025', signatories: [{ surname: 'Eerdmans', initials: 'J.', party: 'JA21', personId: null }],
      advice: 'Oordeel Kamer', afgedaan: null, outcome: 'unknown', considerations: [], request: 'verzoekt de regering een terugkeerplan voor te bereiden',
    },
  ],
  members: [],
  parties: [],
  links: { cites: [], answers: [], notes: [] },
  amounts: [{ value: 116_000_000, text: '116 miljoen euro', sentence: 'Er gaat 116 miljoen euro naar opvang.', document: '2025D27010' }],
};

const ks = (key: string, dossier: number, ondernummer: number | null): MentionRef => ({
  id: 'a', kind: 'kamerstuk', key,
  mention: { kind: 'kamerstuk', start: 0, end: 1, text: key, dossier, toevoeging: null, ondernummer },
});

describe('background lookups on the dataset', () => {
  // Records as lib/data holds them in memory (the on-disk form is lib/data's business).
  const backend = backendFor(datasetFromRecords(files as unknown as DatasetFiles));

  it('knows a letter by its Kamerstuk key and shows its title, type, date and dossier', async () => {
    expect(await backend.status(ks('19637-3435', 19637, 3435))).toBe('known');
    const letter = (await backend.card(ks('19637-3435', 19637, 3435))) as CardModel;
    expect(letter).toMatchObject({ variant: 'document', kindLabel: 'Brief regering', title: 'Landenbeleid Syrië', dataDate: '3 oktober 2025', citation: 'Kamerstukken II 2024/25, 19637, nr. 3435' });
    expect(letter.facts).toContainEqual({ label: 'Datum', value: '10 juni 2025' });
    expect(letter.facts).toContainEqual({ label: 'Dossier', value: '19637 Vreemdelingenbeleid' });
    expect(letter.links).toEqual([
      { label: 'officielebekendmakingen.nl', href: 'https://zoek.officielebekendmakingen.nl/kst-19637-3435.html' },
      { label: 'tweedekamer.nl', href: 'https://www.tweedekamer.nl/kamerstukken/detail?did=2025D27010' },
    ]);
    expect(await backend.status(ks('19637-1', 19637, 1))).toBe('unknown');
    expect(((await backend.card(ks('19637-1', 19637, 1))) as CardModel).variant).toBe('unknown');
    expect(await backend.status(ks('19637', 19637, null))).toBe('known');
  });

  it('resolves "motie Eerdmans" to the motion with its advice and says the outcome is not in the data', async () => {
    const ref: MentionRef = {
      id: 'm', kind: 'motion', key: 'motie:eerdmans',
      mention: { kind: 'motion', start: 0, end: 14, text: 'motie Eerdmans', indieners: ['Eerdmans'], signatories: [{ surname: 'Eerdmans' }], cs: false },
      context: { after: ' die opriep om een plan voor te bereiden voor de terugkeer van Syriërs', adjacentRefs: [{ dossier: 32317, toevoeging: null, ondernummer: 919 }], footnoteRefs: [], pageRefs: [], pageDate: '2025-07-01', nearbyDate: null },
    };
    expect(await backend.status(ref)).toBe('known');
    const card = (await backend.card(ref)) as CardModel;
    expect(card.title).toBe('Motie van het lid Eerdmans over een terugkeerplan voor Syriërs');
    expect(card.facts).toContainEqual({ label: 'Kabinetsappreciatie', value: 'Oordeel Kamer' });
    expect(card.facts).toContainEqual({ label: 'Uitslag', value: 'uitslag niet in de gebundelde gegevens' });
    expect(card.facts).toContainEqual({ label: 'Ingediend door', value: 'Eerdmans (JA21)' });
    expect(card.vote).toBeUndefined();
    expect((card as { links?: { href: string }[] }).links?.map((l) => l.href)).toEqual([
      'https://zoek.officielebekendmakingen.nl/kst-32317-919.html',
      'https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z20838&did=2024D44556',
    ]);
  });

  it('finds where an amount appears', async () => {
    const ref: MentionRef = { id: 'b', kind: 'amount', key: '116000000', mention: { kind: 'amount', start: 0, end: 1, text: '116 miljoen euro', value: 116_000_000, currency: 'EUR' } };
    expect(await backend.status(ref)).toBe('known');
    const card = (await backend.card(ref)) as CardModel;
    expect(card.lead).toBe('€ 116 miljoen = € 116.000.000');
    expect(card.sections[0]?.heading).toBe('Waar dit bedrag staat');
    expect(card.sections[0]?.items).toHaveLength(1);
  });

  it('searches motions and documents', async () => {
    expect((await backend.search('terugkeerplan', 5)).length).toBeGreaterThan(0);
  });
});
