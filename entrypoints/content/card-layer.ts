/** Loads the card layer (see entrypoints/card-layer/contract.ts) when a card is first wanted on a page. */
import { CARD_LAYER_GLOBAL, type CardLayerFactory } from '../card-layer/contract';
import { CardLayerResponseSchema, parseMessage } from '../../lib/messages';

/** The factory, after asking the background to run `/card-layer.js` here if it has not run yet. */
export async function loadCardLayer(send: (message: unknown) => Promise<unknown>, global: object = globalThis): Promise<CardLayerFactory> {
  const existing = factoryIn(global);
  if (existing) return existing;
  const res = parseMessage(CardLayerResponseSchema, await send({ type: 'card-layer' }), 'card-layer');
  if (!res.ok) throw new Error(`kaartlaag niet geladen: ${res.error ?? 'onbekende fout'}`);
  const factory = factoryIn(global);
  if (!factory) throw new Error('kaartlaag niet geladen: het script liet geen kaartlaag achter');
  return factory;
}

function factoryIn(global: object): CardLayerFactory | null {
  const value = (global as Record<string, unknown>)[CARD_LAYER_GLOBAL];
  return typeof value === 'function' ? (value as CardLayerFactory) : null;
}
