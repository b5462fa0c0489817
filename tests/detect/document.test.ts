import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('document numbers', () => {
  it('finds 2025D52678 in text and inside a tweedekamer.nl link', () => {
    expect(found('Zie 2025D52678 en https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z21887&did=2024D51548', 'document').map((d) => d.documentNummer)).toEqual([
      '2025D52678',
      '2024D51548',
    ]);
  });
  it('reads the digits grouped as print groups them ("2009D17 465")', () => {
    expect(found('(brief 2009D17 465)', 'document').map((d) => [d.text, d.documentNummer])).toEqual([['2009D17 465', '2009D17465']]);
  });
  it('ignores look-alikes', () => {
    expect(found('X2025D52678, 2025D526789, 2025D5267', 'document')).toEqual([]);
  });
});
