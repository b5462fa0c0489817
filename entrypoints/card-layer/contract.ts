/**
 * The contract between the content script and `/card-layer.js` (React, @floating-ui, the card
 * components and their style), which the background runs in a page's content-script world only when
 * a card is first wanted there: a page nobody hovers never loads it. Types and one name, no code.
 */
import type { ContentScriptContext } from '#imports';
import type { Mention } from '../../lib/detect/types';
import type { CardState } from './CardView';

export interface CardLayer {
  /** Shows the card for a mention next to its elements. */
  show(anchor: HTMLElement[], mention: Mention, state: CardState, opts: { focus: boolean }): void;
  /** Replaces the card's content if it still shows that mention. */
  update(id: string, state: CardState): void;
  hide(): void;
  /** Whether a node (event target) belongs to the extension's UI. */
  contains(node: EventTarget | null): boolean;
  dialog: HTMLElement;
  host: HTMLElement;
}

export interface CardEvents {
  pointerEnter(): void;
  pointerLeave(): void;
  escape(): void;
}

export type CardLayerFactory = (ctx: ContentScriptContext, events: CardEvents) => Promise<CardLayer>;

/** Where `/card-layer.js` leaves its factory: content scripts of one extension share a world per frame. */
export const CARD_LAYER_GLOBAL = '__kamerwijzerCardLayer';
