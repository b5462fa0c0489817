import { CardLayerRequestSchema } from '../../lib/messages';
import { injectCardLayer, type InjectionApi } from './card-layer';
import { BackgroundService } from './handler';
import { loadBackend } from './backend';
import { liveRefresher } from './live';
import { loadSettings } from '../../utils/settings-storage';
import { refreshExtraSites } from '../../utils/site-access';

export default defineBackground(() => {
  const service = new BackgroundService(
    () => loadBackend((path) => fetch(browser.runtime.getURL(path as never)).then((r) => {
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })),
    browser.runtime.getManifest().version,
    liveRefresher(loadSettings, (url, init) => fetch(url, init)),
  );
  // A registration made by an older version names its files; an update registers the sites again.
  browser.runtime.onInstalled.addListener(() => void refreshExtraSites().catch(() => undefined));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (CardLayerRequestSchema.safeParse(message).success) {
      const scripting = (browser as unknown as { scripting?: InjectionApi }).scripting;
      void injectCardLayer(scripting, sender, browser.runtime.id).then(sendResponse);
      return true;
    }
    service.handle(message).then(sendResponse, (e: unknown) => sendResponse({ type: 'error', error: String(e) }));
    return true;
  });
});
