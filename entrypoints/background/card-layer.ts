/**
 * Runs the card layer's script (`/card-layer.js`: React and the cards) in the content-script world of
 * the frame that asks for it, the first time a card is wanted on a page. Only a frame of a tab of
 * this extension's own content script can ask; nothing else is ever injected.
 */
import type { CardLayerResponse } from '../../lib/messages';

export const CARD_LAYER_FILE = '/card-layer.js';

export interface InjectionApi {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export async function injectCardLayer(scripting: InjectionApi | undefined, sender: Sender, extensionId: string): Promise<CardLayerResponse> {
  const fail = (error: string): CardLayerResponse => ({ type: 'card-layer-result', ok: false, error });
  if (!scripting) return fail('deze browser kan de kaartlaag niet laden (geen scripting)');
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || tabId === undefined || tabId < 0) return fail('alleen het script van een tabblad kan de kaartlaag vragen');
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_LAYER_FILE] });
    return { type: 'card-layer-result', ok: true };
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}
