import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENTIONS_CSS } from '../../lib/sites';
import { saveSettings } from '../../utils/settings-storage';
import { parseSettings } from '../../lib/settings';
import { EXTRA_SCRIPT_ID, refreshExtraSites, registerExtraSites } from '../../utils/site-access';

type Registered = { id: string; matches: string[]; js: string[]; css: string[] };

function fakeScripting() {
  let registered: Registered[] = [];
  (fakeBrowser as unknown as { scripting: unknown }).scripting = {
    async unregisterContentScripts({ ids }: { ids: string[] }) {
      registered = registered.filter((s) => !ids.includes(s.id));
    },
    async registerContentScripts(scripts: Registered[]) {
      registered.push(...scripts);
    },
  };
  return () => registered;
}

describe('sites the user added', () => {
  beforeEach(() => fakeBrowser.reset());

  it('get the content script and the marks\u2019 style, and only those sites', async () => {
    const registered = fakeScripting();
    await registerExtraSites(['example.com', 'blog.example.org']);
    expect(registered()).toEqual([
      { id: EXTRA_SCRIPT_ID, matches: ['*://example.com/*', '*://blog.example.org/*'], js: ['content-scripts/content.js'], css: [MENTIONS_CSS], runAt: 'document_idle' },
    ]);
    await registerExtraSites([]);
    expect(registered()).toEqual([]);
  });

  it('are registered again from the settings after an update (a registration made by an older version is replaced)', async () => {
    const registered = fakeScripting();
    await saveSettings(parseSettings({ extraSites: ['example.com'] }));
    await registerExtraSites(['old.example.com']);
    await refreshExtraSites();
    expect(registered().map((s) => s.matches)).toEqual([['*://example.com/*']]);
  });
});
