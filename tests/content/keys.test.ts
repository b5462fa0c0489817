import { describe, expect, it } from 'vitest';
import { ariaLabel, mentionKey } from '../../entrypoints/content/keys';
import type { Mention } from '../../lib/detect/types';

const ks: Mention = { kind: 'kamerstuk', start: 0, end: 10, text: '19637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 };

describe('mention keys and labels', () => {
  it('keys a Kamerstuk like the dataset does', () => {
    expect(mentionKey(ks)).toBe('19637-3435');
    expect(mentionKey({ ...ks, dossier: 36600, toevoeging: 'VI', ondernummer: 12 })).toBe('36600-VI-12');
    expect(mentionKey({ ...ks, ondernummer: null })).toBe('19637');
    // The Eerste Kamer's letter and Handelingen are other documents than the Tweede Kamer's.
    expect(mentionKey({ ...ks, ondernummer: null, letter: 'C' })).toBe('19637-ek-C');
    // A kingdom act's R-number, as the Kamer's data files the dossier.
    expect(mentionKey({ ...ks, dossier: 36455, ondernummer: 2, rijkswet: 'R2188' })).toBe('36455-(R2188)-2');
    expect(ariaLabel({ ...ks, dossier: 36455, ondernummer: 2, rijkswet: 'R2188' })).toBe('Kamerstuk 36455-(R2188), nr. 2: toon details');
    expect(mentionKey({ kind: 'handelingen', start: 0, end: 1, text: '', aanhangsel: false, vergaderjaar: '2017-2018', nummer: 21, eersteKamer: true })).toBe('h-ek-2017-2018-21');
    expect(ariaLabel({ ...ks, ondernummer: null, letter: 'C' })).toBe('Kamerstuk 19637, letter C (Eerste Kamer): toon details');
  });

  it('keys motions by their signatories, lower case', () => {
    const m: Mention = { kind: 'motion', start: 0, end: 5, text: 'motie-Eerdmans', indieners: ['Eerdmans'], signatories: [{ surname: 'Eerdmans' }], cs: false };
    expect(mentionKey(m)).toBe('motie:eerdmans');
    expect(mentionKey({ ...m, indieners: ['Van Dijk', 'Ceder'] })).toBe('motie:van-dijk+ceder');
  });

  it('keys numbers and amounts', () => {
    expect(mentionKey({ kind: 'document', start: 0, end: 1, text: '', documentNummer: '2025d52678' })).toBe('2025D52678');
    expect(mentionKey({ kind: 'amount', start: 0, end: 1, text: '', value: 21_900_000, currency: 'EUR' })).toBe('21900000');
    expect(mentionKey({ kind: 'handelingen', start: 0, end: 1, text: '', aanhangsel: false, vergaderjaar: '2024-2025', nummer: 12, item: 3 })).toBe('h-2024-2025-12-3');
  });

  it('gives a Dutch accessible name', () => {
    expect(ariaLabel(ks)).toBe('Kamerstuk 19637, nr. 3435: toon details');
    expect(ariaLabel({ kind: 'amount', start: 0, end: 1, text: '', value: 21_900_000, currency: 'EUR' })).toMatch(/^Bedrag € 21\.900\.000: toon details$/);
  });
});
