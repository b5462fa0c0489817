/**
 * Opt-in live refresh: with the setting on (and its permission granted), a motion card asks the
 * Tweede Kamer's open-data API for that motion's current status. Off by default; then nothing is sent.
 */
import { applyLiveStatus } from '../../lib/cards/live';
import { CardModelSchema } from '../../lib/cards/model';
import { dutchDate } from '../../lib/format/dutch';
import type { Settings } from '../../lib/settings';
import { ODataClient, type FetchLike } from '../../lib/snapshot/odata';

export function liveRefresher(settings: () => Promise<Settings>, fetchFn: FetchLike, today: () => string = () => new Date().toISOString().slice(0, 10)) {
  const client = new ODataClient({ fetch: fetchFn, retries: 1, backoffMs: 300 });
  return async (model: unknown): Promise<unknown> => {
    const card = CardModelSchema.safeParse(model);
    if (!card.success || card.data.variant !== 'motion' || !card.data.zaakNummer) return model;
    if (!(await settings()).liveRefresh) return model;
    try {
      const status = await Promise.race([
        client.fetchMotionStatus(card.data.zaakNummer),
        new Promise<never>((_, fail) => setTimeout(() => fail(new Error('geen antwoord binnen 4 s')), 4000)),
      ]);
      if (!status) return { ...card.data, notice: 'Live bijwerken: de Tweede Kamer kent dit zaaknummer niet (meer); dit is de stand van de gebundelde gegevens.' };
      return applyLiveStatus(card.data, status, dutchDate(today()) ?? today());
    } catch (e) {
      return { ...card.data, notice: `Live bijwerken lukte niet (${e instanceof Error ? e.message : String(e)}); dit is de stand van de gebundelde gegevens.` };
    }
  };
}
