// The popup and the side panel in a real Chromium: search the bundled data, open a record, count and list a page's mentions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitForContentScript, type Harness } from './harness';

describe('popup and side panel', () => {
  let kw: Harness;
  let tabId: number;
  beforeAll(async () => {
    kw = await launch();
    await kw.page.goto(kw.url('/seed/0.html'));
    await waitForContentScript(kw.page);
    await kw.page.waitForFunction(() => document.documentElement.getAttribute('data-kamerwijzer') === 'ready');
    tabId = await kw.serviceWorker!.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)!.id;
    }, kw.page.url());
  });
  afterAll(async () => {
    await kw?.close();
  });

  it('searches motions and documents and opens a record as a card', async () => {
    const popup = await kw.context.newPage();
    await popup.goto(`chrome-extension://${kw.extensionId}/popup.html`);
    await popup.getByLabel('Zoek in moties en documenten').fill('terugkeer Syriërs');
    const first = popup.locator('.kw-results button').first();
    await first.waitFor();
    expect(await popup.locator('.kw-results button').count()).toBeGreaterThan(1);
    await popup.getByRole('button', { name: /Eerdmans over het voorbereiden van een plan voor de terugkeer van Syriërs/ }).first().click();
    await expect.poll(() => popup.locator('.kw-card').textContent()).toMatch(/Kabinetsappreciatie/);
    await popup.close();
  });

  it('counts the mentions on the page and offers nothing to switch on there', async () => {
    const popup = await kw.context.newPage();
    await popup.goto(`chrome-extension://${kw.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('tab-status').textContent()).toMatch(/^\d+ vermeldingen op deze pagina$/);
    expect(await popup.getByRole('button', { name: 'aan op deze site' }).count()).toBe(0);
    await popup.close();
  });

  it('lists every mention of the page by kind in the side panel', async () => {
    const panel = await kw.context.newPage();
    await panel.goto(`chrome-extension://${kw.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.getByRole('heading', { name: /Kamerstukken/ }).waitFor();
    expect(await panel.textContent('main')).toContain('Kamerstuk 19 637, nr. 3435');
    expect(await panel.getByRole('heading', { name: /Bedragen/ }).count()).toBe(1);
    await panel.close();
  });

  it('sent nothing anywhere', () => {
    expect(kw.foreignRequests()).toEqual([]);
  });
});
