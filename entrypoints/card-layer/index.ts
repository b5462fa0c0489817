/**
 * `/card-layer.js`: run by the background in a page's content-script world when a card is first
 * wanted there (see entrypoints/content/card-layer.ts). It leaves the factory for the content script.
 */
import { CARD_LAYER_GLOBAL, type CardLayerFactory } from './contract';
import { createCardLayer } from './ui';

export default defineUnlistedScript(() => {
  const factory: CardLayerFactory = createCardLayer;
  (globalThis as Record<string, unknown>)[CARD_LAYER_GLOBAL] = factory;
});
