import { describe, expect, it } from 'vitest';
import { CARD_LAYER_FILE, injectCardLayer, type InjectionApi } from '../../entrypoints/background/card-layer';

function recorder(fail?: Error) {
  const calls: unknown[] = [];
  const api: InjectionApi = {
    async executeScript(injection) {
      calls.push(injection);
      if (fail) throw fail;
      return [];
    },
  };
  return { api, calls };
}

describe('running the card layer in the frame that asks for it', () => {
  it('runs /card-layer.js in the sender tab and frame only', async () => {
    const { api, calls } = recorder();
    const res = await injectCardLayer(api, { id: 'ext', tab: { id: 7 }, frameId: 3 }, 'ext');
    expect(res).toEqual({ type: 'card-layer-result', ok: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: [CARD_LAYER_FILE] }]);
  });

  it('refuses a sender without a tab (popup) or of another extension, and runs nothing', async () => {
    const { api, calls } = recorder();
    expect((await injectCardLayer(api, { id: 'ext' }, 'ext')).ok).toBe(false);
    expect((await injectCardLayer(api, { id: 'other', tab: { id: 7 }, frameId: 0 }, 'ext')).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('answers with the browser\'s reason when it cannot run the script, or has no scripting API', async () => {
    const { api } = recorder(new Error('Cannot access contents of the page'));
    expect(await injectCardLayer(api, { id: 'ext', tab: { id: 7 }, frameId: 0 }, 'ext')).toEqual({
      type: 'card-layer-result',
      ok: false,
      error: 'Cannot access contents of the page',
    });
    expect((await injectCardLayer(undefined, { id: 'ext', tab: { id: 7 } }, 'ext')).error).toMatch(/scripting/);
  });
});
