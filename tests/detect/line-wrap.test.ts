import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/index';
import { unwrapLines } from '../../lib/detect/indent';

const found = (text: string) => detect(text).map((m) => [m.kind, m.text]);

/** A news text as a PDF or an e-mail wraps it, at about 70 characters (the gold's news sets, wrapped). */
const WRAPPED = [
  'De Kamerleden Daniëlle Jansen (NSC), Elke Slagt-Tichelman',
  '(GroenLinks-PvdA) en Harmen Krul (CDA) dienden een motie in om de',
  'verkoop van vapes aan banden te leggen, een plan van ruim 116 miljoen',
  'euro per jaar. Tegelijk met de verkoop van vapes ging het over rookruimtes. Derk',
  'Boswijk van het CDA had een motie ingediend die de horeca ontziet.',
].join('\n');

describe('text wrapped at a fixed width', () => {
  it('finds a motion whose members and verb the width broke over several lines, and gives its text as written', () => {
    const text = WRAPPED;
    expect(found(text)).toEqual([
      ['motion', 'De Kamerleden Daniëlle Jansen (NSC), Elke Slagt-Tichelman\n(GroenLinks-PvdA) en Harmen Krul (CDA) dienden een motie'],
      ['amount', '116 miljoen\neuro'],
      ['motion', 'Derk\nBoswijk van het CDA had een motie'],
    ]);
    for (const m of detect(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(detect(text)[0]).toMatchObject({ indieners: ['Daniëlle Jansen', 'Elke Slagt-Tichelman', 'Harmen Krul'] });
  });

  it('reads a line break with blanks around it as one space: a PDF\'s trailing spaces, a layout\'s indent, Windows line ends', () => {
    const trailing = WRAPPED.replace(/\n/g, ' \n');
    const indented = WRAPPED.replace(/\n/g, '\n    ');
    const windows = WRAPPED.replace(/\n/g, '\r\n');
    for (const text of [trailing, indented, windows]) {
      const motions = detect(text).filter((m) => m.kind === 'motion');
      expect(motions.map((m) => m.kind === 'motion' && m.indieners)).toEqual([['Daniëlle Jansen', 'Elke Slagt-Tichelman', 'Harmen Krul'], ['Derk Boswijk']]);
      for (const m of detect(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('keeps the breaks of a text that is not wrapped: a headline above its text, a list of titles, a heading', () => {
    // A news page's headline, then its first paragraph: "Een" is no part of Becker's name.
    const headline = 'Ene na de andere partij trekt steun in voor motie-Becker\nEen opmerkelijke gebeurtenis dezer dagen in de Tweede Kamer: partijen\nbetuigen spijt over hun steun. Het CDA, ChristenUnie en eerder de SP\nzeggen spijt te hebben dat ze voor de motie stemden.';
    expect(unwrapLines(headline).slice(0, 57)).toBe('Ene na de andere partij trekt steun in voor motie-Becker\n');
    expect(detect(headline).find((m) => m.kind === 'motion')).toMatchObject({ text: 'motie-Becker', indieners: ['Becker'] });
    // A committee's list of documents, one title a line.
    const list = 'Geannoteerde agenda Raad Werkgelegenheid en Sociaal Beleid 12 juni 2025\nMotie van het lid Saris over de verkorting van de WW-duur alleen doorvoeren\nMotie van het lid Patijn over een wetsvoorstel om onderbetaling te voorkomen';
    expect(unwrapLines(list)).toBe(list);
    // A paragraph a line (a motion's text): nothing to run on.
    const motion = 'overwegende dat veel gedupeerde ouders de CWS reeds hebben doorlopen;\nverzoekt de regering op korte termijn te komen met een onafhankelijk advies;\nen gaat over tot de orde van de dag.';
    expect(unwrapLines(motion)).toBe(motion);
  });

  it('keeps a list item, a blank line and a short line on their own', () => {
    const text = [
      'De commissie heeft de volgende brieven en moties op de agenda gezet en',
      'besproken in haar vergadering van vorige week, met de bewindspersoon:',
      '- de motie van het lid Piri over de hulp aan Gaza (Kamerstuk 21 501-02,',
      'nr. 3001);',
      '',
      'Den Haag, 3 maart 2025',
      'De griffier van de commissie',
    ].join('\n');
    const unwrapped = unwrapLines(text);
    expect(unwrapped).toHaveLength(text.length);
    expect(unwrapped.split('\n')).toEqual([
      'De commissie heeft de volgende brieven en moties op de agenda gezet en besproken in haar vergadering van vorige week, met de bewindspersoon:',
      '- de motie van het lid Piri over de hulp aan Gaza (Kamerstuk 21 501-02, nr. 3001);',
      '',
      'Den Haag, 3 maart 2025',
      'De griffier van de commissie',
    ]);
  });
});
