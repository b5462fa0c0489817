import { describe, expect, it } from 'vitest';
import { contentWords, wordsOverlap } from '../../lib/resolve/text-similarity';
import { resolveIn } from './resolve-in';

describe('the words a subject and a title share', () => {
  it('meet across plural and inflection, and a verb meets its noun ("sluiten" and "sluiting", "verhogen" and "verhogingen")', () => {
    expect(wordsOverlap(contentWords('de stortplaats sluiten'), contentWords('een spoedige sluiting van de stortplaats'))).toBe(1);
    expect(wordsOverlap(contentWords('de accijnzen niet verhogen'), contentWords('geen verhogingen van de accijnzen'))).toBe(1);
    // A short word ending in "-ing" is its own root: "woning" is not "won".
    expect([...contentWords('woning')]).toEqual(['woning']);
  });

  it('find the motion of a member who "diende een motie in om de stortplaats direct te sluiten" (ANP, September 2025)', async () => {
    const r = await resolveIn(
      'Demissionair staatssecretaris Eddie van Marum van Koninkrijksrelaties noemt het niet het juiste moment om de schadelijke vuilstort Selibon op Bonaire per direct te sluiten. NSC-Kamerlid Faith Bruyning diende een motie in om de stortplaats direct te sluiten, daar wilde Van Marum dus niet in meegaan.',
    );
    expect(['36800-IV-9', '36800-IV-18']).toContain(r.best?.key);
  });
});
