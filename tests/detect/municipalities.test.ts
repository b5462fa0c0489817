import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../lib/detect/municipalities';
import { found } from './helpers';

describe('municipalities', () => {
  it("holds none of the bundled members' surnames, so no Kamerlid's motion is taken for a council's", () => {
    const members = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'members.json'), 'utf8')) as { columns: string[]; rows: (string | null)[][] };
    const surname = members.columns.indexOf('surname');
    const tussenvoegsel = members.columns.indexOf('tussenvoegsel');
    const cited = members.rows.map((r) => [r[tussenvoegsel], r[surname]].filter(Boolean).join(' '));
    expect(cited.filter((n) => MUNICIPALITIES.has(n) || MUNICIPALITIES.has(n.charAt(0).toUpperCase() + n.slice(1)))).toEqual([]);
    expect(MUNICIPALITIES.size).toBeGreaterThan(300);
  });

  it('keeps a motion of a member whose name is also a place when a member is with it', () => {
    expect(found('de motie Westerveld over', 'motion').map((m) => m.text)).toEqual(['motie Westerveld']);
    expect(found('de motie-Van Groningen', 'motion').map((m) => m.text)).toEqual(['motie-Van Groningen']);
    expect(found('de motie Eerdmans en Tiel', 'motion').map((m) => m.indieners)).toEqual([['Eerdmans', 'Tiel']]);
  });
});
