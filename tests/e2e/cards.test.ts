// Cards in a real Chromium: hover with dwell, keyboard focus, Escape, pinning, and what they show.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, waitForContentScript, type Harness } from './harness';

const DETECTOR = existsSync(join(ROOT, 'lib', 'detect', 'index.ts'));
/** The bundled dataset has been built (data/). */
const DATASET = existsSync(join(ROOT, 'data', 'manifest.json'));

async function ready(kw: Harness) {
  await waitForContentScript(kw.page);
  await kw.page.waitForFunction(() => document.documentElement.getAttribute('data-kamerwijzer') === 'ready', undefined, { timeout: 20_000 });
}

const dialog = (kw: Harness) => kw.page.locator('kamerwijzer-ui [role="dialog"]');

/** Presses Tab until a mention whose key starts with `prefix` has the focus. */
async function tabTo(kw: Harness, prefix: string): Promise<boolean> {
  for (let i = 0; i < 300; i++) {
    await kw.page.keyboard.press('Tab');
    const key = await kw.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.kwKey ?? '');
    if (key.startsWith(prefix)) return true;
  }
  return false;
}

// A page with a strict CSP (no inline styles, no scripts) and Trusted Types, and a transformed body.
const STRICT_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'">
<title>strikt</title></head><body style="transform: translateX(0)">
<p>Zie Kamerstuk 19637, nr. 3435 voor de brief.</p>
</body></html>`;

// A Kamerstuk's own page, as officielebekendmakingen.nl serves it, its HTML indented: the motion's title
// is broken over source lines, and the page's address says which Kamerstuk it is.
const KST_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kamerstuk 35570-XIX, nr. 14</title></head><body>
  <div class="kamerstuk">
    <p class="dossier">35 570 XIX Vaststelling van de begrotingsstaten van het Nationaal Groeifonds (XIX) voor het jaar 2021</p>
    <h1><span class="nummer">Nr. 14</span>
        MOTIE VAN HET LID
        STOFFER</h1>
    <p>Voorgesteld tijdens het notaoverleg van 16 november 2020</p>
    <p>De Kamer, gehoord de beraadslaging, verzoekt de regering het Groeifonds te evalueren, en gaat over tot de orde van de dag.</p>
  </div>
</body></html>`;

// A ministry's overview of motions as an HTML table: the motion in one cell, its Kamerstuk in the next.
const TABLE_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Overzicht moties</title></head><body>
  <table>
    <tr><th>Omschrijving</th><th>Vindplaats</th><th>Stand van zaken</th></tr>
    <tr><td>Motie van het lid Eerdmans</td><td>Kamerstuk 24 587, nr. 936</td><td>In uitvoering</td></tr>
  </table>
</body></html>`;

describe.skipIf(!DETECTOR)('cards in Chromium', () => {
  let kw: Harness;
  beforeAll(async () => {
    kw = await launch({ pages: { '/strict.html': STRICT_PAGE, '/kst-35570-XIX-14.html': KST_PAGE, '/overzicht.html': TABLE_PAGE } });
  });
  afterAll(async () => {
    await kw?.close();
  });

  it('hovering a Kamerstuk reference opens a dialog after a short dwell, and it closes after leaving', async () => {
    await kw.page.goto(kw.url('/seed/0.html'));
    await ready(kw);
    // The card layer (React and the cards) is not on a page until a card is wanted there.
    await kw.page.waitForTimeout(300);
    expect(await kw.page.locator('kamerwijzer-ui').count()).toBe(0);
    const mention = kw.page.locator('kw-mention[data-kw-key="19637-3435"]').first();
    await mention.hover();
    await expect.poll(() => dialog(kw).isVisible(), { timeout: 5000 }).toBe(true);
    expect(await mention.getAttribute('aria-expanded')).toBe('true');
    const labelled = await dialog(kw).getAttribute('aria-labelledby');
    expect(await kw.page.locator(`kamerwijzer-ui #${labelled}`).textContent()).not.toBe('');
    await kw.page.mouse.move(5, 5);
    await expect.poll(() => dialog(kw).isVisible(), { timeout: 5000 }).toBe(false);
  });

  it.skipIf(!DATASET)('the card of "Kamerstuk 19 637, nr. 3435" shows the letter "Landenbeleid Syrië"', async () => {
    await kw.page.goto(kw.url('/seed/0.html'));
    await ready(kw);
    await kw.page.locator('kw-mention[data-kw-key="19637-3435"]').first().hover();
    await expect.poll(() => dialog(kw).textContent(), { timeout: 8000 }).toContain('Landenbeleid Syrië');
  });

  it('focusing "motie Eerdmans" with Tab opens its card; Escape closes it and focus returns to the mention', async () => {
    await kw.page.goto(kw.url('/seed/1.html'));
    await ready(kw);
    await kw.page.locator('body').click({ position: { x: 1, y: 1 } });
    expect(await tabTo(kw, 'motie:eerdmans')).toBe(true);
    await expect.poll(() => dialog(kw).isVisible(), { timeout: 5000 }).toBe(true);
    expect(await dialog(kw).textContent()).toMatch(/Eerdmans/);
    if (DATASET) {
      // The Eerdmans motion on a return plan for Syrians, with the cabinet's advice.
      await expect.poll(() => dialog(kw).textContent(), { timeout: 8000 }).toMatch(/terugkeer/i);
      expect(await dialog(kw).textContent()).toMatch(/kabinetsappreciatie/i);
    }
    await kw.page.keyboard.press('Escape');
    await expect.poll(() => dialog(kw).isVisible(), { timeout: 5000 }).toBe(false);
    const focused = await kw.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.kwKey);
    expect(focused).toBe('motie:eerdmans');
  });

  it('a click pins the card: it stays after the pointer leaves, a click outside closes it', async () => {
    await kw.page.goto(kw.url('/seed/0.html'));
    await ready(kw);
    await kw.page.locator('kw-mention[data-kw-key="19637-3435"]').first().click();
    await expect.poll(() => dialog(kw).isVisible(), { timeout: 5000 }).toBe(true);
    await kw.page.mouse.move(5, 5);
    await kw.page.waitForTimeout(700);
    expect(await dialog(kw).isVisible()).toBe(true);
    await kw.page.mouse.click(5, 5);
    await expect.poll(() => dialog(kw).isVisible(), { timeout: 5000 }).toBe(false);
  });

  it('works on a page with a strict CSP and Trusted Types', async () => {
    const errors: string[] = [];
    kw.page.on('pageerror', (e) => errors.push(e.message));
    await kw.page.goto(kw.url('/strict.html'));
    await ready(kw);
    const mention = kw.page.locator('kw-mention[data-kw-key="19637-3435"]');
    // The underline style reaches the page although it forbids style elements.
    expect(await mention.evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('underline');
    await mention.hover();
    await expect.poll(() => dialog(kw).isVisible(), { timeout: 5000 }).toBe(true);
    const box = await dialog(kw).boundingBox();
    const anchor = await mention.boundingBox();
    // The card sits just below the mention.
    expect(box!.y).toBeGreaterThanOrEqual(anchor!.y + anchor!.height - 1);
    expect(box!.y).toBeLessThan(anchor!.y + anchor!.height + 40);
    expect(errors).toEqual([]);
  });

  it.skipIf(!DATASET)("on a Kamerstuk's own page, its motion title (broken over the HTML's lines) is that Kamerstuk", async () => {
    await kw.page.goto(kw.url('/kst-35570-XIX-14.html', 'zoek.officielebekendmakingen.nl'));
    await ready(kw);
    const title = kw.page.locator('kw-mention[data-kw-kind="motion"]').first();
    expect((await title.textContent())!.replace(/\s+/g, ' ')).toBe('MOTIE VAN HET LID STOFFER');
    await title.focus();
    // Older than the bundled motions: the card says which Kamerstuk it is, and that the data lacks it.
    await expect.poll(() => dialog(kw).textContent(), { timeout: 8000 }).toContain('35570-XIX, nr. 14');
    expect(await dialog(kw).textContent()).toContain('niet in de gebundelde gegevens');
  });

  it.skipIf(!DATASET)("in a table, a motion is the one the row's next cell cites", async () => {
    await kw.page.goto(kw.url('/overzicht.html'));
    await ready(kw);
    const motion = kw.page.locator('kw-mention[data-kw-kind="motion"]').first();
    await motion.focus();
    // Eerdmans has three motions in dossier 24 587 in the data; the cell names none, the row's reference one.
    await expect.poll(() => dialog(kw).textContent(), { timeout: 8000 }).toContain('24587, nr. 936');
    expect(await dialog(kw).textContent()).toContain('meerpersoonscelgebruik intensiveren');
  });

  it('an amount card shows the value written out', async () => {
    await kw.page.goto(kw.url('/seed/4.html'));
    await ready(kw);
    const amount = kw.page.locator('kw-mention[data-kw-kind="amount"][data-kw-key="116000000"]').first();
    expect(await amount.count()).toBe(1);
    await amount.focus();
    await expect.poll(() => dialog(kw).textContent(), { timeout: 5000 }).toContain('116.000.000');
  });
});
