import { afterEach, describe, expect, it } from 'vitest';
import { Scanner } from '../../entrypoints/content/scanner';
import { candidateBlocks } from '../../entrypoints/content/walk';
import type { MarkedMention } from '../../entrypoints/content/mark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../lib/detect';
import { mayHoldMention } from '../../lib/detect/index';
import { fakeDetect } from './fake-detect';

let scanner: Scanner | null = null;
afterEach(() => {
  scanner?.stop();
  scanner = null;
  document.body.innerHTML = '';
});

async function mark(html: string): Promise<MarkedMention[]> {
  document.body.innerHTML = html;
  const marked: MarkedMention[] = [];
  scanner = new Scanner(document, { detect: fakeDetect, accept: () => true, onMarked: (m) => marked.push(...m), debounceMs: 5 });
  scanner.start();
  await scanner.settled();
  return marked;
}

const pieces = (id: string) => [...document.querySelectorAll(`kw-mention[data-kw-id="${id}"]`)];

describe('marking a page', () => {
  it('marks a reference half inside a link, in two pieces that share an id, with the link kept', async () => {
    const [m] = await mark('<p>Kamerstukken II 2024/25, 19637, <a href="/x">nr. 3435</a> en verder.</p>');
    expect(m!.key).toBe('19637-3435');
    const els = pieces(m!.id);
    expect(els.map((e) => e.textContent)).toEqual(['19637, ', 'nr. 3435']);
    expect(els[1]!.parentElement!.tagName).toBe('A');
    expect(els[0]!.getAttribute('tabindex')).toBe('0');
    expect(els[0]!.getAttribute('role')).toBe('button');
    expect(els[1]!.hasAttribute('tabindex')).toBe(false);
    expect(els[0]!.getAttribute('aria-label')).toBe('Kamerstuk 19637, nr. 3435: toon details');
    expect(document.querySelector('p')!.textContent).toBe('Kamerstukken II 2024/25, 19637, nr. 3435 en verder.');
  });

  it('marks across <br>, <em> and soft hyphens without changing the text', async () => {
    const html = '<p>zie <em>19637</em>,<br>nr. 3435 en de mo\u00adtie-Eerd\u00admans<sup>3</sup>.</p>';
    const marked = await mark(html);
    expect(marked.map((m) => m.key).sort()).toEqual(['19637-3435', 'motie:eerdmans']);
    expect(document.querySelector('p')!.textContent).toBe('zie 19637,nr. 3435 en de mo\u00adtie-Eerd\u00admans3.');
    const motion = marked.find((m) => m.mention.kind === 'motion')!;
    expect(pieces(motion.id).map((e) => e.textContent).join('')).toBe('mo\u00adtie-Eerd\u00admans');
  });

  it('inside a link, leaves focus and role to the link', async () => {
    const [m] = await mark('<p>Zie <a href="/x">19637, nr. 3435</a>.</p>');
    const el = pieces(m!.id)[0] as HTMLElement;
    expect(el.hasAttribute('tabindex')).toBe(false);
    expect(el.hasAttribute('role')).toBe(false);
    expect(el.parentElement!.getAttribute('href')).toBe('/x');
  });

  it('in a flex container, keeps the text one item so the layout does not change', async () => {
    const [m] = await mark('<div style="display:flex"><b>Zie</b> Kamerstuk 19637, nr. 3435 hier</div>');
    const el = pieces(m!.id)[0]!;
    expect(el.parentElement!.tagName).toBe('KW-TEXT');
    expect(el.parentElement!.textContent).toBe(' Kamerstuk 19637, nr. 3435 hier');
    expect(document.querySelector('div')!.children).toHaveLength(2);
  });

  it('leaves editable areas, inputs and code alone', async () => {
    const marked = await mark(
      '<textarea>19637, nr. 1</textarea><div contenteditable="true"><p>19637, nr. 2</p></div><pre>19637, nr. 3</pre><code>19637, nr. 4</code><p>19637, nr. 5</p>',
    );
    expect(marked.map((m) => m.key)).toEqual(['19637-5']);
  });

  it('steps over skipped parts in the middle of a block (code, a comment, an editable span) and reads on after them', async () => {
    const marked = await mark(
      '<p>Zie 19637, nr. 5 <code>19637, nr. 6</code><!-- 19637, nr. 7 --><span contenteditable="true">19637, nr. 8</span> en 19637, nr. 9.</p><p>19637, nr. 10</p>',
    );
    expect(marked.map((m) => m.key)).toEqual(['19637-5', '19637-9', '19637-10']);
  });

  it('reads the page while the settings load but writes nothing before they allow it', async () => {
    document.body.innerHTML = '<p>Zie 19637, nr. 3435.</p>';
    const marked: MarkedMention[] = [];
    let open!: (ok: boolean) => void;
    const detected: string[] = [];
    scanner = new Scanner(document, { detect: (t) => (detected.push(t), fakeDetect(t)), accept: () => true, onMarked: (m) => marked.push(...m), debounceMs: 5 });
    scanner.start(new Promise<boolean>((r) => (open = r)));
    await new Promise((r) => setTimeout(r, 30));
    expect(detected).toEqual(['Zie 19637, nr. 3435.']);
    expect(document.querySelectorAll('kw-mention')).toHaveLength(0);
    open(true);
    await scanner.settled();
    expect(marked.map((m) => m.key)).toEqual(['19637-3435']);
  });

  it('leaves the page untouched when the settings say this site is off', async () => {
    document.body.innerHTML = '<p>Zie 19637, nr. 3435.</p>';
    const marked: MarkedMention[] = [];
    let idle = false;
    scanner = new Scanner(document, { detect: fakeDetect, accept: () => true, onMarked: (m) => marked.push(...m), onIdle: () => (idle = true), debounceMs: 5 });
    scanner.start(Promise.resolve(false));
    await scanner.settled();
    document.body.insertAdjacentHTML('beforeend', '<p>en 19637, nr. 1</p>');
    await new Promise((r) => setTimeout(r, 30));
    expect(marked).toEqual([]);
    expect(idle).toBe(false);
    expect(document.body.innerHTML).toBe('<p>Zie 19637, nr. 3435.</p><p>en 19637, nr. 1</p>');
  });

  it('reads only the blocks that can hold a mention, and still splits a container at its nested blocks', async () => {
    const marked = await mark(
      '<div>Zie 19637, nr. 1 <p>en 19637, nr. 2</p> of 19637, nr. 3<ul><li>geen verwijzing</li><li>de motie-Eerdmans</li></ul>, nr. 4</div>',
    );
    expect(marked.map((m) => m.key).sort()).toEqual(['19637-1', '19637-2', '19637-3', 'motie:eerdmans']);
    expect(document.body.textContent).toBe('Zie 19637, nr. 1 en 19637, nr. 2 of 19637, nr. 3geen verwijzingde motie-Eerdmans, nr. 4');
  });

  it('marks a page with a thousand references completely, in batches of at most a few hundred marks', async () => {
    const html = Array.from({ length: 1000 }, (_, i) => `<p>Zie Kamerstuk 19637, nr. ${i + 1}.</p>`).join('');
    const batches: number[] = [];
    document.body.innerHTML = html;
    scanner = new Scanner(document, { detect: fakeDetect, accept: () => true, onMarked: (m) => batches.push(m.length), debounceMs: 5 });
    scanner.start();
    await scanner.settled();
    expect(document.querySelectorAll('kw-mention').length).toBe(1000);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches)).toBeLessThanOrEqual(200);
  });

  it('hands out the blocks of a long page while it walks it, not after the whole walk', () => {
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => (i % 1000 === 0 ? `<p>Zie 19637, nr. ${i}.</p>` : '<p>geen verwijzing</p>')).join('');
    const steps = [...candidateBlocks(document.body)].map((b) => (b ? b.pieces.map((p) => p.text).join('') : null));
    expect(steps.filter((s) => s !== null)).toEqual(['Zie 19637, nr. 0.', 'Zie 19637, nr. 1000.', 'Zie 19637, nr. 2000.']);
    // The first block comes before the walk's first pause (every 512 text nodes), the last after most of them.
    expect(steps.indexOf('Zie 19637, nr. 0.')).toBe(0);
    expect(steps.indexOf('Zie 19637, nr. 2000.')).toBeGreaterThan(steps.indexOf(null));
  });

  it('on a rescan, reads the marked blocks and the new ones in page order', async () => {
    await mark('<p>eerst niets</p><p>zie 19637, nr. 1</p><p>dan niets</p><p>motie-Eerdmans</p>');
    scanner!.stop();
    const [first, , third] = [...document.querySelectorAll('p')];
    first!.textContent = 'zie 19637, nr. 2';
    third!.textContent = 'zie 19637, nr. 3';
    const read = [...candidateBlocks(document.body)].flatMap((b) => (b ? [b.pieces.map((p) => p.text).join('')] : []));
    expect(read).toEqual(['zie 19637, nr. 2', 'zie 19637, nr. 1', 'zie 19637, nr. 3', 'motie-Eerdmans']);
  });

  it('in a hidden tab, marks a long page without waiting for frames that are not drawn', async () => {
    const frames: FrameRequestCallback[] = [];
    const raf = globalThis.requestAnimationFrame;
    // Frames that never come, as in a background tab.
    globalThis.requestAnimationFrame = (cb) => frames.push(cb);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.body.innerHTML = Array.from({ length: 600 }, (_, i) => `<p>Zie Kamerstuk 19637, nr. ${i + 1}.</p>`).join('');
      scanner = new Scanner(document, { detect: fakeDetect, accept: () => true, onMarked: () => {}, debounceMs: 5 });
      scanner.start();
      await scanner.settled();
      expect(document.querySelectorAll('kw-mention').length).toBe(600);
      expect(frames).toHaveLength(0);
    } finally {
      globalThis.requestAnimationFrame = raf;
      delete (document as { visibilityState?: string }).visibilityState;
    }
  });

  it('marks amounts and references that have no digit or only a short number', async () => {
    document.body.innerHTML =
      '<p>Het Rijk heeft een miljard euro ge\u00efnvesteerd.</p><p>Zie Handelingen II, nr. 12.</p><p>De motie-Eerdmans.</p><p>Niets hier, of 12 van 24.</p>';
    const marked: MarkedMention[] = [];
    scanner = new Scanner(document, { detect, accept: () => true, onMarked: (m) => marked.push(...m), debounceMs: 5 });
    scanner.start();
    await scanner.settled();
    expect(marked.map((m) => m.mention.text)).toEqual(['een miljard euro', 'Handelingen II, nr. 12', 'motie-Eerdmans']);
  });

  it("marks mentions that the page's HTML source breaks over indented lines, keeping that text as it was", async () => {
    const html = '<p>De motie van het lid\n          Eerdmans over terugkeer, zie Kamerstuk\n          36 600 VI,\n          nr. 12.</p>';
    document.body.innerHTML = html;
    const marked: MarkedMention[] = [];
    scanner = new Scanner(document, { detect, accept: () => true, onMarked: (m) => marked.push(...m), debounceMs: 5 });
    scanner.start();
    await scanner.settled();
    expect(marked.map((m) => m.mention.text)).toEqual(['motie van het lid Eerdmans', 'Kamerstuk 36 600 VI, nr. 12']);
    expect(document.querySelector('kw-mention')!.textContent).toBe('motie van het lid\n          Eerdmans');
    expect(document.querySelector('p')!.textContent).toBe(html.slice(3, -4));
  });

  it('the quick test before detection lets through every paragraph of the seeds that holds a mention', () => {
    const dir = join(import.meta.dirname, '..', '..', 'seeds');
    let withMention = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const para of readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/)) {
        if (detect(para).length === 0) continue;
        withMention++;
        expect(mayHoldMention(para), para.slice(0, 80)).toBe(true);
      }
    }
    expect(withMention).toBeGreaterThan(20);
    // A motion's own title in capitals, its number in an element of its own.
    expect(mayHoldMention('\n        MOTIE VAN HET LID\n        STOFFER')).toBe(true);
  });

  it('treats text that looks like markup as text', async () => {
    await mark('<p>&lt;script&gt;alert(1)&lt;/script&gt; 19637, nr. 3435 &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(document.querySelectorAll('script, img').length).toBe(0);
    expect(document.querySelector('kw-mention')!.textContent).toBe('19637, nr. 3435');
  });

  it('survives nesting 2,000 deep', async () => {
    const open = '<span>'.repeat(2000);
    const close = '</span>'.repeat(2000);
    const marked = await mark(`<div>${open}Kamerstuk 19637, nr. 3435${close}</div>`);
    expect(marked).toHaveLength(1);
  });

  it('marks what the page adds later, once, without reacting to its own changes', async () => {
    const first = await mark('<p>19637, nr. 1</p><div id="later"></div>');
    expect(first).toHaveLength(1);
    const later: MarkedMention[] = [];
    scanner!.stop();
    scanner = new Scanner(document, { detect: fakeDetect, accept: () => true, onMarked: (m) => later.push(...m), debounceMs: 5 });
    scanner.start();
    await scanner.settled();
    expect(later).toHaveLength(0); // already marked: not marked twice
    document.getElementById('later')!.innerHTML = '<p>en 19637, nr. 2</p>';
    await new Promise((r) => setTimeout(r, 30));
    await scanner.settled();
    expect(later.map((m) => m.key)).toEqual(['19637-2']);
    await new Promise((r) => setTimeout(r, 30));
    await scanner.settled();
    expect(later).toHaveLength(1);
    expect(document.querySelectorAll('kw-mention')).toHaveLength(2);
  });

  it('honours the enabled kinds', async () => {
    document.body.innerHTML = '<p>19637, nr. 1 en de motie-Eerdmans</p>';
    const marked: MarkedMention[] = [];
    scanner = new Scanner(document, { detect: fakeDetect, accept: (m) => m.kind !== 'motion', onMarked: (m) => marked.push(...m) });
    scanner.start();
    await scanner.settled();
    expect(marked.map((m) => m.mention.kind)).toEqual(['kamerstuk']);
  });
});

describe('a page that fights the marks', () => {
  it('marks every paragraph a busy page keeps adding to the same place', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const feed = document.getElementById('feed')!;
    const marked: MarkedMention[] = [];
    scanner = new Scanner(document, { detect: fakeDetect, accept: () => true, onMarked: (m) => marked.push(...m), debounceMs: 1 });
    scanner.start();
    await scanner.settled();
    for (let round = 0; round < 30; round++) {
      const p = document.createElement('p');
      p.textContent = `bericht ${round}: 19637, nr. ${round + 1}`;
      feed.appendChild(p);
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 30));
    await scanner.settled();
    expect(marked).toHaveLength(30);
  });

  it('does not loop with a page that re-renders whenever its DOM changes', async () => {
    document.body.innerHTML = '<div id="app"><p>19637, nr. 1</p></div>';
    const app = document.getElementById('app')!;
    let renders = 0;
    const pageObserver = new MutationObserver(() => {
      if (renders > 200) return;
      if (app.querySelector('kw-mention')) {
        renders++;
        app.innerHTML = '<p>19637, nr. 1</p>';
      }
    });
    pageObserver.observe(app, { childList: true, subtree: true });
    const marked: MarkedMention[] = [];
    scanner = new Scanner(document, { detect: fakeDetect, accept: () => true, onMarked: (m) => marked.push(...m), debounceMs: 1 });
    scanner.start();
    await new Promise((r) => setTimeout(r, 600));
    await scanner.settled();
    pageObserver.disconnect();
    expect(marked.length).toBeLessThanOrEqual(12);
    expect(renders).toBeLessThanOrEqual(12);
  });
});

describe('keeping marks true to the text', () => {
  it('takes a mark off when the page edits its text, and marks the new reference', async () => {
    const removed: string[] = [];
    document.body.innerHTML = '<p id="p">zie 19637, nr. 3435 hier</p>';
    const marked: MarkedMention[] = [];
    scanner = new Scanner(document, { detect: fakeDetect, accept: () => true, onMarked: (m) => marked.push(...m), onRemoved: (ids) => removed.push(...ids), debounceMs: 5 });
    scanner.start();
    await scanner.settled();
    const el = document.querySelector('kw-mention')!;
    el.firstChild!.textContent = '19637, nr. 9';
    await new Promise((r) => setTimeout(r, 30));
    await scanner.settled();
    expect(removed).toEqual([marked[0]!.id]);
    expect([...document.querySelectorAll<HTMLElement>('kw-mention')].map((e) => e.dataset.kwKey)).toEqual(['19637-9']);
    expect(document.getElementById('p')!.textContent).toBe('zie 19637, nr. 9 hier');
  });

  it('takes the marks of a kind off when a rescan no longer accepts it', async () => {
    document.body.innerHTML = '<p>19637, nr. 1 en de motie-Eerdmans</p>';
    let motions = true;
    scanner = new Scanner(document, { detect: fakeDetect, accept: (m) => motions || m.kind !== 'motion', onMarked: () => {}, debounceMs: 5 });
    scanner.start();
    await scanner.settled();
    expect(document.querySelectorAll('kw-mention')).toHaveLength(2);
    motions = false;
    scanner.enqueue(document.body);
    await scanner.settled();
    expect([...document.querySelectorAll<HTMLElement>('kw-mention')].map((e) => e.dataset.kwKind)).toEqual(['kamerstuk']);
    expect(document.body.textContent).toBe('19637, nr. 1 en de motie-Eerdmans');
  });
});

describe('huge blocks', () => {
  it('in a huge block of references split over spans, marks each one whole, once', { timeout: 60_000 }, async () => {
    const n = 600;
    const spans = Array.from({ length: n }, (_, i) => `<span>zie 19637, </span><em>nr. ${i + 1}</em><span> en </span>`).join('');
    const marked = await mark(`<div>${spans}</div>`);
    expect(marked).toHaveLength(n);
    expect(new Set(marked.map((m) => m.key)).size).toBe(n);
    for (const m of marked) expect(pieces(m.id).map((e) => e.textContent).join('')).toBe(`19637, nr. ${m.key.split('-')[1]}`);
  });

  it('reads a block of 20,000 text nodes in parts and still marks what is in it', { timeout: 60_000 }, async () => {
    // References split over several spans, one right where a part ends.
    const spans = Array.from({ length: 20_000 }, (_, i) =>
      i % 1999 === 0 ? `<span>zie 19637, </span><span>nr. ${i} </span>` : `<span>t${i} </span>`,
    ).join('');
    const marked = await mark(`<div>${spans}</div>`);
    const expected = Array.from({ length: 20_000 }, (_, i) => i).filter((i) => i % 1999 === 0).map((i) => `19637-${i}`);
    expect(marked.map((m) => m.key).sort()).toEqual(expected.sort());
    for (const m of marked) expect(pieces(m.id).map((e) => e.textContent).join('')).toBe(`19637, nr. ${m.key.split('-')[1]}`);
  });
});
