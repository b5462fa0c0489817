import { afterEach, describe, expect, it } from 'vitest';
import { PageController } from '../../entrypoints/content/controller';
import type { CardLayer } from '../../entrypoints/card-layer/contract';
import type { CardState } from '../../entrypoints/card-layer/CardView';
import type { MentionRef } from '../../lib/messages';
import { fakeDetect } from './fake-detect';

let controller: PageController | null = null;
afterEach(() => {
  controller?.stop();
  controller = null;
  document.body.innerHTML = '';
});

function fakeLayer() {
  const shown: { id: string; state: CardState }[] = [];
  let open: string | null = null;
  const dialog = document.createElement('div');
  dialog.tabIndex = -1;
  document.body.appendChild(dialog);
  const layer: CardLayer = {
    dialog,
    host: document.createElement('div'),
    show(anchor, _m, state, { focus }) {
      open = anchor[0]!.dataset.kwId!;
      shown.push({ id: open, state });
      if (focus) dialog.focus();
    },
    update(id, state) {
      if (open === id) shown.push({ id, state });
    },
    hide() {
      open = null;
    },
    contains: (n) => n instanceof Node && dialog.contains(n),
  };
  return { layer, shown, isOpen: () => open };
}

async function setup(html: string, answer: (msg: { type: string; mentions?: MentionRef[]; mention?: MentionRef }) => unknown) {
  document.body.innerHTML = html;
  const sent: { type: string; mentions?: MentionRef[]; mention?: MentionRef }[] = [];
  controller = new PageController(document, fakeDetect, () => true, async (m) => {
    const msg = m as { type: string };
    sent.push(msg);
    return answer(msg);
  });
  const ui = fakeLayer();
  controller.attachLayer(ui.layer);
  controller.start();
  await controller.settled();
  await new Promise((r) => setTimeout(r, 80));
  return { sent, ...ui };
}

const lookupAnswer = (msg: { type: string; mentions?: MentionRef[]; mention?: MentionRef }) =>
  msg.type === 'lookup'
    ? { type: 'lookup-result', results: msg.mentions!.map((m) => ({ id: m.id, status: m.key === '19637-3435' ? 'known' : 'unknown' })) }
    : { type: 'card-result', id: msg.mention!.id, status: 'known', model: { title: 'Landenbeleid Syrië' } };

describe('page controller', () => {
  it('looks marked mentions up in one batch and shows their status on the page', async () => {
    const { sent } = await setup('<p>19637, nr. 3435 en 19637, nr. 9</p>', lookupAnswer);
    const lookups = sent.filter((m) => m.type === 'lookup');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.mentions!.map((m) => m.key)).toEqual(['19637-3435', '19637-9']);
    const status = [...document.querySelectorAll('kw-mention')].map((e) => (e as HTMLElement).dataset.kwStatus);
    expect(status).toEqual(['known', 'unknown']);
  });

  it('sends a motion with the footnote its marker points to and the other references on the page', async () => {
    const { sent } = await setup(
      '<p>Met de motie-Eerdmans<sup>3</sup> vroeg de Kamer om een terugkeerplan. Zie ook 21501, nr. 20.</p><p>3 Kamerstukken II 2024/25, 19637, nr. 3435</p>',
      lookupAnswer,
    );
    const motion = sent.flatMap((m) => m.mentions ?? []).find((m) => m.kind === 'motion')!;
    expect(motion.key).toBe('motie:eerdmans');
    expect(motion.context).toBeDefined();
    expect(motion.context!.footnoteText).toContain('19637, nr. 3435');
  });

  it('marks a failed lookup as error instead of leaving it pending', async () => {
    await setup('<p>19637, nr. 3435</p>', () => {
      throw new Error('geen verbinding');
    });
    expect((document.querySelector('kw-mention') as HTMLElement).dataset.kwStatus).toBe('error');
  });

  it('opens a card on focus with the model, Escape closes it and focus returns to the mention', async () => {
    const ui = await setup('<p>19637, nr. 3435</p>', lookupAnswer);
    const el = document.querySelector('kw-mention') as HTMLElement;
    el.focus();
    await new Promise((r) => setTimeout(r, 10));
    expect(ui.isOpen()).toBe(el.dataset.kwId);
    expect(ui.shown.at(-1)!.state).toEqual({ kind: 'model', status: 'known', model: { title: 'Landenbeleid Syrië' } });
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.isOpen()).toBe(null);
    expect(document.activeElement).toBe(el);
    expect(el.getAttribute('aria-expanded')).toBe('false');
  });

  /** A marked page whose card layer is made by `make` (called with the attempt's number) when first wanted. */
  async function lazyLayer(make: (attempt: number) => Promise<void>) {
    document.body.innerHTML = '<p>19637, nr. 3435</p>';
    controller = new PageController(document, fakeDetect, () => true, async (m) => lookupAnswer(m as { type: string }));
    const ui = fakeLayer();
    const made = { count: 0 };
    controller.layerFrom(async () => {
      await make(++made.count);
      return ui.layer;
    });
    controller.start();
    await controller.settled();
    return { ui, made, el: document.querySelector('kw-mention') as HTMLElement };
  }

  it('makes the card layer when a card is wanted before it exists, and shows the card in it', async () => {
    const { ui, made, el } = await lazyLayer(() => new Promise((r) => setTimeout(r, 20)));
    el.focus();
    await new Promise((r) => setTimeout(r, 60));
    expect(made.count).toBe(1);
    expect(ui.isOpen()).toBe(el.dataset.kwId);
    expect(ui.shown.at(-1)!.state).toEqual({ kind: 'model', status: 'known', model: { title: 'Landenbeleid Syrië' } });
  });

  it('makes the card layer on the first pointer on a mention, not while marking', async () => {
    const { made, el } = await lazyLayer(async () => {});
    await new Promise((r) => setTimeout(r, 50));
    expect(made.count).toBe(0);
    el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(made.count).toBe(1);
  });

  it('says in the mention\'s tooltip why no card could be shown, and tries again for the next card', async () => {
    const { ui, made, el } = await lazyLayer(async (attempt) => {
      if (attempt === 1) throw new Error('kaartlaag niet geladen: Cannot access contents of the page');
    });
    el.focus();
    await new Promise((r) => setTimeout(r, 30));
    expect(ui.isOpen()).toBe(null);
    expect(el.getAttribute('title')).toBe('Kamerwijzer: de kaart kon niet worden getoond (kaartlaag niet geladen: Cannot access contents of the page)');
    el.blur();
    el.focus();
    await new Promise((r) => setTimeout(r, 30));
    expect(made.count).toBe(2);
    expect(ui.isOpen()).toBe(el.dataset.kwId);
    expect(el.hasAttribute('title')).toBe(false);
  });

  it('asks for the card as soon as the pointer arrives, and shows that answer when the dwell ends', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const ui = await setup('<p>19637, nr. 3435</p>', async (msg) => {
      if (msg.type === 'card') await slow;
      return lookupAnswer(msg);
    });
    const el = document.querySelector('kw-mention') as HTMLElement;
    el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(ui.sent.filter((m) => m.type === 'card')).toHaveLength(1);
    expect(ui.isOpen()).toBe(null);
    await new Promise((r) => setTimeout(r, 200)); // the dwell ends: the card opens, still loading
    expect(ui.isOpen()).toBe(el.dataset.kwId);
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(ui.shown.at(-1)!.state).toMatchObject({ kind: 'model', model: { title: 'Landenbeleid Syrië' } });
    expect(ui.sent.filter((m) => m.type === 'card')).toHaveLength(1);
  });

  it('Enter pins the card and moves focus into it; Escape brings focus back to the mention', async () => {
    const ui = await setup('<p>19637, nr. 3435</p>', lookupAnswer);
    const el = document.querySelector('kw-mention') as HTMLElement;
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(ui.isOpen()).toBe(el.dataset.kwId);
    expect(document.activeElement).toBe(ui.layer.dialog);
    ui.layer.dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.isOpen()).toBe(null);
    expect(document.activeElement).toBe(el);
  });

  it('shows the reference with an error when the card cannot be loaded', async () => {
    const ui = await setup('<p>19637, nr. 3435</p>', (msg) => {
      if (msg.type === 'card') return { type: 'card-result', id: msg.mention!.id, status: 'error', model: null, error: 'gegevens niet beschikbaar' };
      return lookupAnswer(msg);
    });
    (document.querySelector('kw-mention') as HTMLElement).focus();
    await new Promise((r) => setTimeout(r, 10));
    expect(ui.shown.at(-1)!.state).toEqual({ kind: 'error', error: 'gegevens niet beschikbaar' });
  });

  it('lists what it marked and can remove every mark, restoring the text', async () => {
    await setup('<p>Zie <a href="#">19637, nr. 3435</a>.</p>', lookupAnswer);
    expect(controller!.pageMentions()).toMatchObject([{ kind: 'kamerstuk', key: '19637-3435', status: 'known' }]);
    controller!.unmarkAll();
    expect(document.querySelectorAll('kw-mention')).toHaveLength(0);
    expect(document.querySelector('p')!.outerHTML).toBe('<p>Zie <a href="#">19637, nr. 3435</a>.</p>');
  });
});

describe('mentions inside links', () => {
  it('focusing the link opens the card, Escape returns focus to the link', async () => {
    const ui = await setup('<p>Zie <a id="l" href="#x">19637, nr. 3435</a>.</p>', lookupAnswer);
    const link = document.getElementById('l') as HTMLAnchorElement;
    link.focus();
    await new Promise((r) => setTimeout(r, 10));
    expect(ui.isOpen()).toBe((link.querySelector('kw-mention') as HTMLElement).dataset.kwId);
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.isOpen()).toBe(null);
    expect(document.activeElement).toBe(link);
  });
});

describe('motion context on long blocks', () => {
  it('keeps only a window around the motion and still reads the clause after it', async () => {
    const long = 'Lange inleiding zonder verwijzingen. '.repeat(100);
    const { sent } = await setup(`<p>${long}De motie-Eerdmans over terugkeer van Syriërs is aangenomen. ${long}</p>`, lookupAnswer);
    const motion = sent.flatMap((m) => m.mentions ?? []).find((m) => m.kind === 'motion')!;
    expect(motion.context!.after).toBe(' over terugkeer van Syriërs is aangenomen.');
    const entry = [...controller!.registry.values()].find((e) => e.mention.kind === 'motion')!;
    expect(entry.blockText!.length).toBeLessThan(2200);
  });
});

describe('motion context in a table', () => {
  it("reads the row's other cells: a ministry's overview gives the motion's Kamerstuk in the next cell", async () => {
    const { sent } = await setup(
      '<table><tr><th>Omschrijving</th><th>Vindplaats</th><th>Stand</th></tr>' +
        '<tr><td>2024</td><td><p>Uitvoering van de motie-Eerdmans over terugkeer</p></td><td>19637, nr. 3435</td><td>Afgedaan</td></tr></table>',
      lookupAnswer,
    );
    const motion = sent.flatMap((m) => m.mentions ?? []).find((m) => m.kind === 'motion')!;
    expect(motion.context!.adjacentRefs).toEqual([{ dossier: 19637, toevoeging: null, ondernummer: 3435 }]);
    expect(motion.context!.after).not.toContain('2024');
  });
});

describe('a page that keeps re-rendering', () => {
  it('forgets the marks the page threw away', async () => {
    await setup('<div id="app"></div>', lookupAnswer);
    const app = document.getElementById('app')!;
    for (let round = 0; round < 12; round++) {
      app.innerHTML = Array.from({ length: 60 }, (_, i) => `<p>${round}: 19637, nr. ${i + 1}</p>`).join('');
      await new Promise((r) => setTimeout(r, 5));
      await controller!.settled();
      await new Promise((r) => setTimeout(r, 80)); // the page's own schedule, not a reaction to the marks
    }
    expect(document.querySelectorAll('kw-mention')).toHaveLength(60);
    expect(controller!.registry.size).toBeLessThan(60 * 12);
    expect(controller!.pageMentions()).toHaveLength(60);
    // Twelve rounds of the page's debounced rescans: ~3 s alone, more when the whole suite shares the machine.
  }, 30_000);
});
