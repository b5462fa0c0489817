import { describe, expect, it } from 'vitest';
import { captureOutput } from '../cli-output';
import { run as lookup } from '../../lib/cli/lookup';
import { run as search } from '../../lib/cli/search';
import { run as stats } from '../../lib/cli/stats';

const output = captureOutput();

describe('kamerwijzer lookup / search / stats', () => {
  it('prints a Kamerstuk readably', async () => {
    expect(await lookup(['Kamerstuk 19 637, nr. 3435'])).toBe(0);
    expect(output.out).toContain('Brief regering Kamerstuk 19637-3435 (2025D27010)');
    expect(output.out).toContain('onderwerp: Landenbeleid Syrië');
    expect(output.out).toContain('stand van de gegevens: 2025-10-03');
  });

  it('prints a motion by Z-number as JSON, with its vote', async () => {
    expect(await lookup(['--json', '2024Z21744'])).toBe(0);
    const r = JSON.parse(output.out);
    expect(r.motion.key).toBe('36600-VI-127');
    expect(r.motion.outcome).toBe('aangenomen');
  });

  it('says "uitslag niet in de gebundelde gegevens" for a motion without a recorded vote', async () => {
    expect(await lookup(['19637-3194'])).toBe(0);
    expect(output.out).toContain('uitslag: uitslag niet in de gebundelde gegevens');
  });

  it('says so and exits 1 for a reference not in the data, and for text that is no reference', async () => {
    expect(await lookup(['Kamerstuk 99 999, nr. 1'])).toBe(1);
    expect(output.err).toContain('Kamerstuk 99999-1 is not in the bundled dataset');
    expect(await lookup(['hallo wereld'])).toBe(1);
    expect(output.err).toContain("'hallo wereld' is not a reference");
  });

  it('searches and reports counts', async () => {
    expect(await search(['--limit', '3', 'terugkeer', 'Syriërs'])).toBe(0);
    expect(output.out.trim().split('\n').length).toBeLessThanOrEqual(3);
    output.out = '';
    expect(await stats(['--json'])).toBe(0);
    const s = JSON.parse(output.out);
    expect(s.dataDate).toBe('2025-10-03');
    expect(s.counts.motionsWithVote).toBe(229);
    expect(s.bytes).toBeLessThan(15 * 1024 * 1024);
  }, 30_000); // the first search builds its index and stats reads every record: seconds on a busy CI machine
});
