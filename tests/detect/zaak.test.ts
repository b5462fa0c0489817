import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('case numbers', () => {
  it('finds 2024Z21887 in text and inside a link', () => {
    expect(found('zaak 2024Z21887; https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z17748&did=2024D42643', 'zaak').map((z) => z.zaakNummer)).toEqual([
      '2024Z21887',
      '2024Z17748',
    ]);
  });
  it('reads the digits grouped as print groups them ("2009Z17 465", a committee report of 2009)', () => {
    expect(found('het eindverslag van de werkgroep ICT-projecten bij de overheid (2009Z17 465);', 'zaak').map((z) => [z.text, z.zaakNummer])).toEqual([['2009Z17 465', '2009Z17465']]);
    expect(found('2024Z12345 678 stemmen', 'zaak').map((z) => z.zaakNummer)).toEqual(['2024Z12345']);
  });
  it('reads a Kamervragen page\'s metadata with its cells run together ("Staten-Generaal2010-20112011Z03511")', () => {
    expect(found('Tweede Kamer der Staten-Generaal2010-20112011Z03511\n\nVragen van het lid', 'zaak').map((z) => z.zaakNummer)).toEqual(['2011Z03511']);
    expect(found('nummer 12011Z03511 en 2010-20122011Z03511', 'zaak')).toEqual([]);
  });
  it('ignores look-alikes', () => {
    expect(found('A2024Z21887 2024Z218870 2024Z17 46', 'zaak')).toEqual([]);
  });
});
