import { describe, expect, it } from 'vitest';
import { found } from './helpers';

const mo = (t: string) => found(t, 'motion').map(({ text, indieners, cs }) => ({ text, indieners, cs }));

describe('named motions', () => {
  it.each([
    ['uitvoering van de motie Eerdmans die opriep', 'motie Eerdmans', ['Eerdmans'], false],
    ['zoals de motie-Eerdmans vraagt', 'motie-Eerdmans', ['Eerdmans'], false],
    ['in het kader van de motie Van Zanten/Boomsma.4', 'motie Van Zanten/Boomsma', ['Van Zanten', 'Boomsma'], false],
    ['de motie-Klaver c.s. werd aangenomen', 'motie-Klaver c.s.', ['Klaver'], true],
    ['Motie van de leden Piri en Bontenbal over een plan', 'Motie van de leden Piri en Bontenbal', ['Piri', 'Bontenbal'], false],
    ['een motie aangenomen van de leden Ceder (CU) en van Dijk (SGP)¹.', 'motie aangenomen van de leden Ceder (CU) en van Dijk (SGP)', ['Ceder', 'Van Dijk'], false],
    ['de motie van het lid Rikkers-Oosterkamp over', 'motie van het lid Rikkers-Oosterkamp', ['Rikkers-Oosterkamp'], false],
    ['de motie van het Kamerlid Omtzigt over', 'motie van het Kamerlid Omtzigt', ['Omtzigt'], false],
    ['een motie ingediend door Kamerlid Bikker c.s.', 'motie ingediend door Kamerlid Bikker c.s.', ['Bikker'], true],
    ['de motie van de leden Van der Plas, Bikker en Dassen', 'motie van de leden Van der Plas, Bikker en Dassen', ['Van der Plas', 'Bikker', 'Dassen'], false],
  ])('%j', (text, written, indieners, cs) => {
    expect(mo(text)).toEqual([{ text: written, indieners, cs }]);
  });

  it('keeps the party and the subject for the resolver', () => {
    const [m] = found('een motie van de leden Ceder (CU) en van Dijk (SGP) over vrijwillige terugkeer. Daarna', 'motion');
    expect(m!.signatories).toEqual([{ surname: 'Ceder', party: 'CU' }, { surname: 'Van Dijk', party: 'SGP' }]);
    expect(m!.subject).toBe('vrijwillige terugkeer');
  });

  it.each([
    ['de motie', 'De Kamer heeft de motie aangenomen.'],
    ['moties without names', 'deze moties die in december zijn ingediend'],
    ['a party', 'een motie van GroenLinks-PvdA en een motie van de PVV'],
    ['a number', 'motie 32317-919'],
    ['a motion of no confidence', 'een motie van wantrouwen'],
    ['the members of a party', 'de motie van de leden van de PVV-fractie'],
  ])('not: %s', (_, text) => {
    expect(mo(text)).toEqual([]);
  });
});
