import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seedNames, waitForContentScript, type Harness } from './harness';

describe('the built extension in Chromium', () => {
  let kw: Harness;
  beforeAll(async () => {
    kw = await launch();
  });
  afterAll(async () => {
    await kw?.close();
  });

  it('runs its content script on every seed page', async () => {
    for (const name of seedNames()) {
      await kw.page.goto(kw.url(`/seed/${name}.html`));
      await waitForContentScript(kw.page);
    }
  });

  it('has a service worker that answers a message', async () => {
    expect(kw.extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await kw.context.newPage();
    await popup.goto(`chrome-extension://${kw.extensionId}/popup.html`);
    const answer = await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: "ping" }));
    expect(answer).toMatchObject({ type: 'pong' });
    await popup.close();
  });

  it('makes no network request of its own', async () => {
    await kw.page.goto(kw.url('/seed/0.html'));
    await waitForContentScript(kw.page);
    await kw.page.waitForTimeout(500);
    expect(kw.foreignRequests()).toEqual([]);
  });

  it('would notice a request from the service worker (the check above is not vacuous)', async () => {
    await kw.serviceWorker!.evaluate(() => fetch('https://gegevensmagazijn.tweedekamer.nl/probe').catch(() => null));
    await expect.poll(() => kw.foreignRequests().map((r) => r.url)).toContain('https://gegevensmagazijn.tweedekamer.nl/probe');
  });
});

describe('without the extension', () => {
  it('nothing marks the page (so the tests above really depend on the extension)', async () => {
    const bare = await launch({ extension: false });
    try {
      await bare.page.goto(bare.url('/seed/0.html'));
      await bare.page.waitForTimeout(1000);
      const marked = await bare.page.evaluate(
        () => document.documentElement.hasAttribute('data-kamerwijzer') || !!document.querySelector('kw-mention'),
      );
      expect(marked).toBe(false);
    } finally {
      await bare.close();
    }
  });
});
