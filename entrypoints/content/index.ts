import type { Mention } from '../../lib/detect/types';
import { PageMentionsRequestSchema, RevealMentionRequestSchema, type PageMentionsResponse } from '../../lib/messages';
import { kindEnabled, parseSettings, siteEnabled, type Settings } from '../../lib/settings';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites';
import { loadSettings, watchSettings } from '../../utils/settings-storage';
import { PageController } from './controller';
import { detect } from './detector';
import { loadCardLayer } from './card-layer';

export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  runAt: 'document_idle',
  // The cards' style comes with /card-layer.js; the marks' style is manifest CSS (wxt.config.ts).
  cssInjectionMode: 'manual',
  async main(ctx) {
    const html = document.documentElement;
    html.setAttribute('data-kamerwijzer', 'loading');
    // The page is read while the settings load; nothing on it changes before they say this site is on.
    const settingsLoaded = loadSettings();
    let settings: Settings = parseSettings(undefined);
    const accept = (m: Mention) => kindEnabled(settings, m.kind);
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    const controller = new PageController(
      document,
      detect,
      accept,
      send,
      () => html.setAttribute('data-kamerwijzer', 'ready'),
    );
    let running = false;

    /** What marking changes on the page before the first mark goes in. */
    const beginWriting = () => {
      html.setAttribute('data-kamerwijzer', 'scanning');
    };
    // The card layer (React, its shadow root and style) is loaded when a card is first wanted.
    controller.layerFrom(() => loadCardLayer(send).then((make) => make(ctx, controller.cardEvents)));
    const start = async () => {
      if (running || ctx.isInvalid) return;
      running = true;
      beginWriting();
      controller.start();
    };
    const stop = () => {
      if (!running) return;
      running = false;
      controller.stop();
      controller.unmarkAll();
      html.setAttribute('data-kamerwijzer', 'off');
    };

    const siteOn = settingsLoaded.then((loaded) => {
      settings = loaded;
      const on = siteEnabled(settings, location.hostname) && !ctx.isInvalid;
      // Synchronously, before the scanner (waiting on the same promise) writes its first mark.
      if (on) beginWriting();
      return on;
    });
    running = true;
    controller.start(siteOn);
    if (!(await siteOn)) {
      running = false;
      controller.stop();
      html.setAttribute('data-kamerwijzer', 'off');
    }

    const unwatch = watchSettings((next) => {
      const kindsChanged = JSON.stringify(next.kinds) !== JSON.stringify(settings.kinds);
      settings = next;
      if (!siteEnabled(settings, location.hostname)) return stop();
      if (!running) return void start();
      // A rescan takes off the marks of kinds switched off and marks the kinds switched on.
      if (kindsChanged) controller.rescan();
    });
    ctx.onInvalidated(() => {
      unwatch();
      stop();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (running) controller.rescan();
    });

    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (PageMentionsRequestSchema.safeParse(message).success) {
        const mentions = controller.pageMentions();
        const res: PageMentionsResponse = { type: 'page-mentions-result', url: location.href, count: mentions.length, mentions };
        sendResponse(res);
        return true;
      }
      const reveal = RevealMentionRequestSchema.safeParse(message);
      if (reveal.success) {
        sendResponse({ type: 'reveal-mention-result', found: controller.reveal(reveal.data.id) });
        return true;
      }
      return false;
    });
  },
});
