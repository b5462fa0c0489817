import { describe, expect, it } from 'vitest';
import { CARD_LAYER_GLOBAL } from '../../entrypoints/card-layer/contract';
import { loadCardLayer } from '../../entrypoints/content/card-layer';

const factory = async () => ({}) as never;

describe('loading the card layer when a card is first wanted', () => {
  it('asks the background to run the script once, then uses the factory it left', async () => {
    const world: Record<string, unknown> = {};
    const sent: unknown[] = [];
    const send = async (m: unknown) => {
      sent.push(m);
      world[CARD_LAYER_GLOBAL] = factory;
      return { type: 'card-layer-result', ok: true };
    };
    expect(await loadCardLayer(send, world)).toBe(factory);
    expect(await loadCardLayer(send, world)).toBe(factory);
    expect(sent).toEqual([{ type: 'card-layer' }]);
  });

  it('says why when the background could not run it', async () => {
    const send = async () => ({ type: 'card-layer-result', ok: false, error: 'Cannot access contents of the page' });
    await expect(loadCardLayer(send, {})).rejects.toThrow('kaartlaag niet geladen: Cannot access contents of the page');
  });

  it('says so when the script ran but left no card layer, or the answer is not one', async () => {
    await expect(loadCardLayer(async () => ({ type: 'card-layer-result', ok: true }), {})).rejects.toThrow('liet geen kaartlaag achter');
    await expect(loadCardLayer(async () => ({ type: 'error', error: 'x' }), {})).rejects.toThrow('ongeldig bericht (card-layer)');
  });
});
