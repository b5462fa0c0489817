// The content script in a real Chromium: what it marks on the seed pages and on pages that split,
// re-render or edit their text, and that it never runs or sends anything.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, waitForContentScript, type Harness } from './harness';

/** The detector the content script uses has landed (until then the script marks nothing). */
const DETECTOR = existsSync(join(ROOT, 'lib', 'detect', 'index.ts'));

interface GoldMention {
  text: string;
  kind: string;
  optional?: boolean;
}
const gold: { documents: { file: string; mentions: GoldMention[] }[] } = JSON.parse(
  readFileSync(join(ROOT, '..', 'shared', 'gold', 'seeds.gold.json'), 'utf8'),
);

const norm = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

/** Each marked mention's full text (its pieces joined) with kind and key, in page order. */
async function marked(kw: Harness) {
  return kw.page.evaluate(() => {
    const byId = new Map<string, { text: string; kind: string; key: string; status: string; pieces: number }>();
    for (const el of document.querySelectorAll<HTMLElement>('kw-mention')) {
      const id = el.dataset.kwId!;
      const cur = byId.get(id);
      if (cur) {
        cur.text += el.textContent;
        cur.pieces++;
      } else {
        byId.set(id, { text: el.textContent ?? '', kind: el.dataset.kwKind!, key: el.dataset.kwKey!, status: el.dataset.kwStatus!, pieces: 1 });
      }
    }
    return [...byId.values()];
  });
}

async function ready(kw: Harness) {
  await waitForContentScript(kw.page);
  await kw.page.waitForFunction(() => document.documentElement.getAttribute('data-kamerwijzer') === 'ready', undefined, { timeout: 20_000 });
}

const SPLIT_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>gesplitst</title></head><body>
<p id="link">Zie Kamerstukken II 2024/25, <a href="/doel.html">19637, nr. 3435</a> over Syrië.</p>
<p id="em">Zie Kamerstuk <em>19637</em>, nr. 3435 voor de brief.</p>
<p id="br">Zie Kamerstuk 19637,<br>nr. 3435 voor de brief.</p>
<p id="shy">Zie Kamer\u00adstuk 19\u00ad637, nr. 3435 voor de brief.</p>
<p id="zw">Zie Kamer\u200bstuk 19\u200b637, nr. 3435 voor de brief.</p>
<p id="lead"><br>De motie-Van Ojik c.s. over de IND (35570-VI, nr. 88) werd aangenomen.</p>
<p id="sup">De motie-Eerdmans<sup>1</sup> vroeg om een plan.</p>
<p>1 Kamerstuk 32317, nr. 919</p>
</body></html>`;

const EDIT_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bewerken</title></head><body>
<textarea id="ta">Kamerstuk 19637, nr. 3435</textarea>
<input id="in" value="Kamerstuk 19637, nr. 3435">
<div id="ce" contenteditable="true"><p>Kamerstuk 19637, nr. 3435</p></div>
<pre id="pre">Kamerstuk 19637, nr. 3435</pre>
<p id="plain">Kamerstuk 19637, nr. 3435</p>
</body></html>`;

// The page keeps replacing its own content (like a framework re-render) and has a working button.
const RERENDER_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>herrender</title></head><body>
<button id="btn" type="button">0</button>
<div id="app"></div>
<script>
  let n = 0;
  const app = document.getElementById('app');
  function render() {
    n++;
    app.innerHTML = '<p>Render ' + n + ': zie Kamerstuk 19637, nr. 3435 en de motie-Eerdmans.</p>';
  }
  render();
  const timer = setInterval(() => { render(); if (n >= 6) clearInterval(timer); }, 250);
  document.getElementById('btn').addEventListener('click', (e) => { e.target.textContent = String(Number(e.target.textContent) + 1); });
</script>
</body></html>`;

const HOSTILE_PAGE = (() => {
  const nodes = Array.from({ length: 100_000 }, (_, i) => `<span>t${i} </span>`).join('');
  const deep = '<span>'.repeat(2000) + 'Kamerstuk 19637, nr. 3435' + '</span>'.repeat(2000);
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>vijandig</title></head><body>
<p id="markup">&lt;script&gt;window.__pwned = 1&lt;/script&gt; &lt;img src=x onerror="window.__pwned=2"&gt; Kamerstuk 19637, nr. 3435</p>
<div id="many">${nodes}</div>
<div id="deep">${deep}</div>
<p id="last">Tot slot Kamerstuk 36800, nr. 48.</p>
</body></html>`;
})();

// Adds 100 paragraphs every 100 ms for 10 s (1,000 nodes a second), each with a reference; records after
// each step how many of the paragraphs added so far are still unmarked.
const BUSY_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>druk</title></head><body>
<div id="feed"></div>
<script>
  const feed = document.getElementById('feed');
  let n = 0;
  window.behind = [];
  const timer = setInterval(() => {
    window.behind.push(n - feed.querySelectorAll('kw-mention').length);
    for (let i = 0; i < 100; i++) {
      const p = document.createElement('p');
      p.textContent = 'Bericht ' + (++n) + ': zie Kamerstuk 19637, nr. ' + n + '.';
      feed.appendChild(p);
    }
    if (n >= 10000) { clearInterval(timer); document.body.dataset.done = '1'; }
  }, 100);
</script>
</body></html>`;

// Text inside an iframe and an open shadow root (not marked, but nothing breaks).
const FRAMES_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>frames</title></head><body>
<p id="top">Kamerstuk 19637, nr. 3435</p>
<iframe srcdoc="<p>Kamerstuk 19637, nr. 1</p>"></iframe>
<div id="host"></div>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Kamerstuk 19637, nr. 2</p>';</script>
</body></html>`;

describe.skipIf(!DETECTOR)('marking pages in Chromium', () => {
  let kw: Harness;
  beforeAll(async () => {
    kw = await launch({
      pages: {
        '/split.html': SPLIT_PAGE,
        '/edit.html': EDIT_PAGE,
        '/rerender.html': RERENDER_PAGE,
        '/hostile.html': HOSTILE_PAGE,
        '/busy.html': BUSY_PAGE,
        '/frames.html': FRAMES_PAGE,
      },
    });
  });
  afterAll(async () => {
    await kw?.close();
  });

  it('marks the expected mentions of the seed pages', async () => {
    for (const [index, doc] of gold.documents.entries()) {
      await kw.page.goto(kw.url(`/seed/${index}.html`));
      await ready(kw);
      const found = (await marked(kw)).map((m) => norm(m.text));
      const expected = doc.mentions.filter((m) => !m.optional).map((m) => norm(m.text));
      const hits = expected.filter((t) => found.includes(t));
      // Most of the gold is marked on every page (the detector's own tests measure it exactly).
      expect(hits.length, `${doc.file}: missing ${expected.filter((t) => !found.includes(t)).join(' | ')}`).toBeGreaterThanOrEqual(
        Math.ceil(expected.length * 0.8),
      );
    }
  });

  it('marks a reference split across a link, emphasis, a line break, soft hyphens and zero-width spaces, as one mention', async () => {
    await kw.page.goto(kw.url('/split.html'));
    await ready(kw);
    const ids = await kw.page.evaluate(() =>
      ['link', 'em', 'br', 'shy', 'zw'].map((p) => {
        const els = [...document.querySelectorAll<HTMLElement>(`#${p} kw-mention`)];
        return { p, ids: [...new Set(els.map((e) => e.dataset.kwId))], keys: [...new Set(els.map((e) => e.dataset.kwKey))], pieces: els.length };
      }),
    );
    for (const row of ids) {
      expect(row.ids, row.p).toHaveLength(1);
      expect(row.keys, row.p).toEqual(['19637-3435']);
    }
    expect(ids.find((r) => r.p === 'link')!.pieces).toBe(2);
    // The link is still the link, around its own text.
    const link = await kw.page.evaluate(() => {
      const a = document.querySelector('#link a')!;
      return { href: a.getAttribute('href'), text: a.textContent, inside: !!a.querySelector('kw-mention') };
    });
    expect(link).toEqual({ href: '/doel.html', text: '19637, nr. 3435', inside: true });
    // The text is unchanged.
    expect(await kw.page.textContent('#shy')).toBe('Zie Kamer\u00adstuk 19\u00ad637, nr. 3435 voor de brief.');
    expect(await kw.page.locator('#sup kw-mention').first().getAttribute('data-kw-key')).toBe('motie:eerdmans');
    // A block that opens with a line break, a motion in it: its context is read (this once looped for ever) and the
    // page goes on answering.
    expect(await kw.page.locator('#lead kw-mention[data-kw-kind="motion"]').count()).toBeGreaterThan(0);
    await kw.page.waitForTimeout(500);
    expect(await kw.page.evaluate(() => document.querySelector('#lead')!.textContent)).toBe('De motie-Van Ojik c.s. over de IND (35570-VI, nr. 88) werd aangenomen.');
  });

  it('leaves editable areas, inputs and code untouched', async () => {
    await kw.page.goto(kw.url('/edit.html'));
    await ready(kw);
    expect(await kw.page.locator('#plain kw-mention').count()).toBeGreaterThan(0);
    expect(await kw.page.locator('#ce kw-mention, #pre kw-mention').count()).toBe(0);
    expect(await kw.page.inputValue('#ta')).toBe('Kamerstuk 19637, nr. 3435');
    expect(await kw.page.inputValue('#in')).toBe('Kamerstuk 19637, nr. 3435');
    await kw.page.fill('#ta', 'nu getypt: Kamerstuk 1, nr. 2');
    expect(await kw.page.inputValue('#ta')).toBe('nu getypt: Kamerstuk 1, nr. 2');
  });

  it('marks a page that re-renders itself, and its own button keeps working', async () => {
    await kw.page.goto(kw.url('/rerender.html'));
    await waitForContentScript(kw.page);
    await kw.page.waitForFunction(() => document.querySelector('#app p')?.textContent?.startsWith('Render 6'), undefined, { timeout: 10_000 });
    await expect
      .poll(() => kw.page.evaluate(() => document.querySelectorAll('#app kw-mention[data-kw-key="19637-3435"]').length), { timeout: 5000 })
      .toBe(1);
    await kw.page.click('#btn');
    await kw.page.click('#btn');
    expect(await kw.page.textContent('#btn')).toBe('2');
    // No loop on its own changes: the number of marks stays put.
    const before = await kw.page.locator('kw-mention').count();
    await kw.page.waitForTimeout(600);
    expect(await kw.page.locator('kw-mention').count()).toBe(before);
  });

  it('marks a hostile page (markup-like text, 100,000 text nodes, nesting 2,000 deep) without running anything', async () => {
    await kw.page.goto(kw.url('/hostile.html'));
    await ready(kw);
    expect(await kw.page.evaluate(() => (window as { __pwned?: number }).__pwned ?? 0)).toBe(0);
    expect(await kw.page.locator('#markup img, #markup script').count()).toBe(0);
    expect(await kw.page.locator('#markup kw-mention').first().textContent()).toBe('Kamerstuk 19637, nr. 3435');
    expect(await kw.page.locator('#deep kw-mention').count()).toBe(1);
    expect(await kw.page.locator('#last kw-mention').count()).toBe(1);
    // The page still answers.
    expect(await kw.page.evaluate(() => 1 + 1)).toBe(2);
  });

  it('keeps up with a page that adds 1,000 nodes a second for 10 seconds, without looping', { timeout: 90_000 }, async () => {
    await kw.page.goto(kw.url('/busy.html'));
    await waitForContentScript(kw.page);
    await kw.page.waitForFunction(() => document.body.dataset.done === '1', undefined, { timeout: 60_000 });
    await expect
      .poll(() => kw.page.evaluate(() => document.querySelectorAll('#feed kw-mention').length), { timeout: 10_000 })
      .toBe(10000);
    // It never fell a second's worth of the page's additions behind (counted, not timed).
    const behind = await kw.page.evaluate(() => (window as unknown as { behind: number[] }).behind);
    expect(Math.max(...behind)).toBeLessThan(1000);
    // And once the page is quiet, so is the extension: the marks stay as they are.
    await kw.page.waitForTimeout(500);
    expect(await kw.page.evaluate(() => document.querySelectorAll('#feed kw-mention').length)).toBe(10000);
  });

  it('a page with an iframe and an open shadow root: its own text is marked, the rest left alone', async () => {
    const errors: string[] = [];
    kw.page.on('pageerror', (e) => errors.push(e.message));
    await kw.page.goto(kw.url('/frames.html'));
    await ready(kw);
    expect(await kw.page.locator('#top kw-mention').count()).toBe(1);
    expect(await kw.page.locator('#host p').textContent()).toBe('Kamerstuk 19637, nr. 2');
    expect(errors).toEqual([]);
  });

  it('copying text across a mention gives the original text', async () => {
    await kw.page.goto(kw.url('/split.html'));
    await ready(kw);
    const copied = await kw.page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('link')!);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    });
    expect(copied).toBe('Zie Kamerstukken II 2024/25, 19637, nr. 3435 over Syrië.');
  });

  it('respects the settings: a kind switched off is not marked, a site switched off is left alone', async () => {
    type Sync = { storage: { sync: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } };
    const set = (value: unknown) =>
      kw.serviceWorker!.evaluate((v) => (globalThis as unknown as { chrome: Sync }).chrome.storage.sync.set({ settings: v }), value as never);
    try {
      await set({ kinds: { kamerstuk: false } });
      await kw.page.goto(kw.url('/split.html'));
      await ready(kw);
      expect(await kw.page.locator('kw-mention[data-kw-kind="kamerstuk"]').count()).toBe(0);
      expect(await kw.page.locator('kw-mention[data-kw-kind="motion"]').count()).toBeGreaterThan(0);
      await set({ disabledSites: ['tweedekamer.nl'] });
      await kw.page.goto(kw.url('/split.html'));
      await kw.page.waitForFunction(() => document.documentElement.getAttribute('data-kamerwijzer') === 'off');
      expect(await kw.page.locator('kw-mention').count()).toBe(0);
    } finally {
      await kw.serviceWorker!.evaluate(() => (globalThis as unknown as { chrome: Sync }).chrome.storage.sync.remove('settings'));
    }
  });

  it('makes no network request with default settings', async () => {
    await kw.page.goto(kw.url('/seed/1.html'));
    await ready(kw);
    await kw.page.locator('kw-mention').first().hover();
    await kw.page.waitForTimeout(600);
    expect(kw.foreignRequests()).toEqual([]);
  });
});

describe('the bundled dataset', () => {
  it('is fetched only by the extension, never by the page', async () => {
    const kw = await launch();
    try {
      await kw.page.goto(kw.url('/seed/0.html'));
      await waitForContentScript(kw.page);
      const fromPage = await kw.page.evaluate(
        (id) => fetch(`chrome-extension://${id}/data/files.json`).then((r) => r.status, () => 'geblokkeerd'),
        kw.extensionId!,
      );
      expect(fromPage).toBe('geblokkeerd');
      const popup = await kw.context.newPage();
      await popup.goto(`chrome-extension://${kw.extensionId}/popup.html`);
      const list = await popup.evaluate(() => fetch('/data/files.json').then((r) => r.json()));
      expect(Array.isArray(list)).toBe(true);
      await popup.close();
    } finally {
      await kw.close();
    }
  });
});
