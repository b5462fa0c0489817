/**
 * "Aan op deze site": ask the browser for one site's permission, remember the site, and register the
 * content script there. Nothing runs on a site the user did not grant.
 */
import { MENTIONS_CSS } from '../lib/sites';
import { loadSettings, saveSettings } from './settings-storage';

interface ScriptingApi {
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; css: string[]; runAt: 'document_idle' }[]): Promise<void>;
}

export const EXTRA_SCRIPT_ID = 'kamerwijzer-extra-sites';

export function originsFor(host: string): string[] {
  return [`*://${host}/*`];
}

export async function registerExtraSites(hosts: string[]): Promise<void> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting) return;
  await scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] }).catch(() => undefined);
  if (hosts.length === 0) return;
  await scripting.registerContentScripts([
    { id: EXTRA_SCRIPT_ID, matches: hosts.flatMap(originsFor), js: ['content-scripts/content.js'], css: [MENTIONS_CSS], runAt: 'document_idle' },
  ]);
}

/** Registers the sites in the settings again (after an install or update: the files may have changed). */
export async function refreshExtraSites(): Promise<void> {
  await registerExtraSites((await loadSettings()).extraSites);
}

/** Returns false when the user declines the permission. */
export async function enableSite(host: string): Promise<boolean> {
  if (!/^[a-z0-9.-]+$/i.test(host)) throw new Error(`geen geldige site: ${host}`);
  const granted = await browser.permissions.request({ origins: originsFor(host) });
  if (!granted) return false;
  const settings = await loadSettings();
  if (!settings.extraSites.includes(host)) settings.extraSites.push(host);
  settings.disabledSites = settings.disabledSites.filter((s) => s !== host);
  await saveSettings(settings);
  await registerExtraSites(settings.extraSites);
  return true;
}
