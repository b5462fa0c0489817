import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as lookup } from '../../lib/cli/lookup';
import { run as search } from '../../lib/cli/search';
import { run as stats } from '../../lib/cli/stats';

let out = '';
let err = '';
const saved = { out: process.stdout.write, err: process.stderr.write };
beforeEach(() => {
  out = '';
  err = '';
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
});
afterEach(() => {
  process.stdout.write = saved.out;
  process.stderr.write = saved.err;
});

describe('kamerwijzer lookup / search / stats', () => {
  it('prints a Kamerstuk readably', async () => {
    expect(await lookup(['Kamerstuk 19 637, nr. 3435'])).toBe(0);
    expect(out).toContain('Brief regering Kamerstuk 19637-3435 (2025D27010)');
    expect(out).toContain('onderwerp: Landenbeleid Syrië');
    expect(out).toContain('stand van de gegevens: 2025-10-03');
  });

  it('prints a motion by Z-number as JSON, with its vote', async () => {
    expect(await lookup(['--json', '2024Z21744'])).toBe(0);
    const r = JSON.parse(out);
    expect(r.motion.key).toBe('36600-VI-127');
    expect(r.motion.outcome).toBe('aangenomen');
  });

  it('says "uitslag niet in de gebundelde gegevens" for a motion without a recorded vote', async () => {
    expect(await lookup(['19637-3194'])).toBe(0);
    expect(out).toContain('uitslag: uitslag niet in de gebundelde gegevens');
  });

  it('says so and exits 1 for a reference not in the data, and for text that is no reference', async () => {
    expect(await lookup(['Kamerstuk 99 999, nr. 1'])).toBe(1);
    expect(err).toContain('Kamerstuk 99999-1 is not in the bundled dataset');
    expect(await lookup(['hallo wereld'])).toBe(1);
    expect(err).toContain("'hallo wereld' is not a reference");
  });

  it('searches and reports counts', async () => {
    expect(await search(['--limit', '3', 'terugkeer', 'Syriërs'])).toBe(0);
    expect(out.trim().split('\n').length).toBeLessThanOrEqual(3);
    out = '';
    expect(await stats(['--json'])).toBe(0);
    const s = JSON.parse(out);
    expect(s.dataDate).toBe('2025-10-03');
    expect(s.counts.motionsWithVote).toBe(229);
    expect(s.bytes).toBeLessThan(15 * 1024 * 1024);
  }, 30_000); // the first search builds its index and stats reads every record: seconds on a busy CI machine
});
