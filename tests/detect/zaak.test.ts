import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('case numbers', () => {
  it('finds 2024Z21887 in text and inside a link', () => {
    expect(found('zaak 2024Z21887; https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z17748&did=2024D42643', 'zaak').map((z) => z.zaakNummer)).toEqual([
      '2024Z21887',
      '2024Z17748',
    ]);
  });
  it('ignores look-alikes', () => {
    expect(found('A2024Z21887 2024Z218870', 'zaak')).toEqual([]);
  });
});
