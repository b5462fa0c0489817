import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveRefresher } from '../../entrypoints/background/live';
import type { CardModel } from '../../lib/cards/model';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { FetchLike } from '../../lib/snapshot/odata';

const recorded = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/odata/zaak-status-2024Z21744.json'), 'utf8'));

const motionCard: CardModel = {
  variant: 'motion',
  kindLabel: 'Motie',
  title: 'Motie van het lid X over Y',
  facts: [{ label: 'Datum', value: '1 december 2024' }, { label: 'Kabinetsappreciatie', value: 'Oordeel Kamer' }, { label: 'Uitslag', value: 'uitslag niet in de gebundelde gegevens' }],
  sections: [],
  links: [],
  citation: 'Kamerstukken II 2024/25, 36600-VI, nr. 127',
  dataDate: '3 oktober 2025',
  zaakNummer: '2024Z21744',
};

function fakeFetch(respond: () => Promise<unknown>) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const body = await respond();
    return { ok: true, status: 200, headers: { get: () => null }, json: async () => body, text: async () => JSON.stringify(body) };
  };
  return { fetch, calls };
}

describe('opt-in live refresh of a motion card', () => {
  it('sends nothing with the default settings', async () => {
    const f = fakeFetch(async () => recorded);
    const refresh = liveRefresher(async () => DEFAULT_SETTINGS, f.fetch);
    expect(await refresh(motionCard)).toBe(motionCard);
    expect(f.calls).toEqual([]);
  });

  it('when on, shows the outcome and the vote the API gives now, and says so', async () => {
    const f = fakeFetch(async () => recorded);
    const refresh = liveRefresher(async () => ({ ...DEFAULT_SETTINGS, liveRefresh: true }), f.fetch, () => '2026-11-23');
    const card = (await refresh(motionCard)) as CardModel;
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]).toMatch(/^https:\/\/gegevensmagazijn\.tweedekamer\.nl\/OData\/v4\/2\.0\/Zaak\?/);
    expect(card.facts).toContainEqual({ label: 'Uitslag', value: 'Aangenomen' });
    expect(card.facts).toContainEqual({ label: 'Live bijgewerkt', value: 'via gegevensmagazijn.tweedekamer.nl, 23 november 2026' });
    expect(card.vote?.parties).toEqual([{ party: 'BBB', vote: 'Voor', seats: 7 }]);
  });

  it('keeps the bundled card with a notice when the API fails, and leaves other cards alone', async () => {
    const f = fakeFetch(async () => {
      throw new Error('offline');
    });
    const refresh = liveRefresher(async () => ({ ...DEFAULT_SETTINGS, liveRefresh: true }), f.fetch);
    const card = (await refresh(motionCard)) as CardModel;
    expect(card.notice).toMatch(/^Live bijwerken lukte niet/);
    expect(card.facts).toEqual(motionCard.facts);
    const letter = { ...motionCard, variant: 'document' as const };
    expect(await refresh(letter)).toBe(letter);
  });
});
