/**
 * The one shadow-root host for all of the extension's UI on a page: a dialog positioned next to the
 * mention with @floating-ui, rendering the card for the model the background sends. Built into
 * `/card-layer.js` with its style, and run on a page only when a card is first wanted.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from '#imports';
import { createShadowRootUi } from '#imports';
import cardCss from '../../components/card.css?inline';
import type { Mention } from '../../lib/detect/types';
import type { CardEvents, CardLayer } from './contract';
import { CardView, type CardState } from './CardView';
import layerCss from './style.css?inline';

const TITLE_ID = 'kw-card-title';

export async function createCardLayer(ctx: ContentScriptContext, events: CardEvents): Promise<CardLayer> {
  let dialog!: HTMLElement;
  let root!: Root;
  const ui = await createShadowRootUi(ctx, {
    name: 'kamerwijzer-ui',
    position: 'inline',
    css: `${layerCss}\n${cardCss}`,
    // A sibling of <body>: a transform or filter the page puts on its body cannot move the card.
    anchor: () => document.documentElement,
    append: 'last',
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      dialog = document.createElement('div');
      dialog.className = 'kw-dialog';
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-labelledby', TITLE_ID);
      dialog.setAttribute('aria-modal', 'false');
      dialog.tabIndex = -1;
      dialog.hidden = true;
      container.appendChild(dialog);
      root = createRoot(dialog);
      return root;
    },
    onRemove(mounted) {
      mounted?.unmount();
    },
  });
  ui.mount();
  ui.shadowHost.setAttribute('data-kw-ignore', '');

  dialog.addEventListener('pointerenter', () => events.pointerEnter());
  dialog.addEventListener('pointerleave', () => events.pointerLeave());
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      events.escape();
    }
  });

  let shownId: string | null = null;
  let shownMention: Mention | null = null;
  let stopAutoUpdate: (() => void) | null = null;

  const render = (mention: Mention, state: CardState) => {
    flushSync(() => root.render(<CardView titleId={TITLE_ID} mention={mention} state={state} />));
    // The dialog is named by the card's heading, whichever component rendered it.
    const heading = dialog.querySelector<HTMLElement>(`#${TITLE_ID}, h1, h2, h3`);
    if (heading) {
      if (!heading.id) heading.id = TITLE_ID;
      dialog.setAttribute('aria-labelledby', heading.id);
    }
  };

  return {
    dialog,
    host: ui.shadowHost,
    show(anchor, mention, state, { focus }) {
      stopAutoUpdate?.();
      const reference = anchor[0]!;
      shownId = reference.dataset.kwId ?? null;
      shownMention = mention;
      render(mention, state);
      dialog.hidden = false;
      const place = () => {
        if (!reference.isConnected) return;
        void computePosition(reference, dialog, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            offset(6),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            // Never taller than the room on the chosen side: the card scrolls instead of leaving the screen.
            size({
              padding: 8,
              apply({ availableHeight, elements }) {
                elements.floating.style.maxHeight = `${Math.max(160, Math.min(512, Math.floor(availableHeight)))}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          dialog.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      };
      stopAutoUpdate = autoUpdate(reference, dialog, place);
      if (focus) dialog.focus({ preventScroll: true });
    },
    update(id, state) {
      if (shownId === id && shownMention) render(shownMention, state);
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      shownId = null;
      shownMention = null;
      dialog.hidden = true;
      root.render(null);
    },
    contains(node) {
      return node instanceof Node && (node === ui.shadowHost || ui.shadowHost.contains(node) || dialog.contains(node));
    },
  };
}
