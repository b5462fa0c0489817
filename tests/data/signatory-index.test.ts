import { describe, expect, it } from 'vitest';
import { signatoryIndex, type SignedMotion } from '../../lib/data/signatory-index';

const motion = (key: string, date: string, signatories: [string, string | null][], title = ''): SignedMotion => ({
  key,
  date,
  title,
  signatories: signatories.map(([surname, personId]) => ({ surname, personId })),
});

describe('signatoryIndex (motions by signatory, stored in motions.json)', () => {
  it('lists each signatory\'s motions newest first, under the name with and without tussenvoegsel', () => {
    const index = signatoryIndex([
      motion('36600-XII-10', '2024-11-20', [['Van Dijk', 'p1']]),
      motion('36600-XII-40', '2025-02-05', [['Van Dijk', 'p1'], ['Bontenbal', 'p2']]),
      motion('36600-XII-11', '2024-11-20', [['Bontenbal', 'p2']]),
    ]);
    expect(index['van dijk']).toEqual([1, 0]);
    expect(index.dijk).toEqual([1, 0]);
    // Same day: the higher key first.
    expect(index.bontenbal).toEqual([1, 2]);
  });

  it('finds a motion whose signature matched no member (cut off: "Grinwi") by the names in its title, and only then', () => {
    const index = signatoryIndex([
      motion('36410-XII-72', '2023-12-20', [['Grinwi', null], ['Kröger', 'p3']], 'Motie van de leden Grinwis en Kröger over een subsidieregeling'),
      motion('36410-XII-73', '2023-12-20', [['Kröger', 'p3']], 'Motie van de leden Grinwis en Kröger over iets anders'),
    ]);
    expect(index.grinwi).toEqual([0]);
    expect(index.grinwis).toEqual([0]);
    expect(index['kröger'] ?? index.kroger).toEqual([1, 0]);
  });

  it('names each motion once per key, also when two signatories share a surname', () => {
    const index = signatoryIndex([motion('1-1', '2024-01-01', [['Van der Plas', 'p4'], ['Plas', 'p5']])]);
    expect(index.plas).toEqual([0]);
  });
});
