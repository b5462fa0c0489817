import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/data/load-node';
import { compareStrings } from '../../lib/order';

describe('compareStrings', () => {
  it('orders the keys, ids and dates the resolver sorts as localeCompare does', async () => {
    const ds = await loadDataset();
    const samples = [
      ds.motions.map((m) => m.key),
      ds.motions.map((m) => m.date ?? ''),
      ds.amounts.map((a) => a.document),
      ['36600-VI-127', '36600-VI-13', '36600-XX-1', '36600-1', '3660-1', '32317-919', '32317-92', ''],
    ];
    for (const values of samples) {
      const byLocale = [...values].sort((a, b) => a.localeCompare(b));
      expect([...values].sort(compareStrings)).toEqual(byLocale);
    }
  });
});
