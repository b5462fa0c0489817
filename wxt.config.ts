import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DEFAULT_SITE_MATCHES, MENTIONS_CSS } from './lib/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The bundled dataset: data/*.json -> /data/*.json in the build, plus /data/files.json listing
    // them, for the background to fetch. Never web-accessible: pages cannot load it.
    // KW_DATA_DIR builds with another data directory (a test fixture).
    'build:publicAssets': (_wxt, files) => {
      const dir = resolve(import.meta.dirname, process.env.KW_DATA_DIR ?? 'data');
      const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'files.json').sort() : [];
      for (const name of names) files.push({ absoluteSrc: join(dir, name), relativeDest: `data/${name}` });
      files.push({ contents: JSON.stringify(names), relativeDest: 'data/files.json' });
    },
    // The marks' style (entrypoints/mentions.content.css) goes with the content script, as manifest CSS.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.includes('content-scripts/content.js')) script.css = [...(script.css ?? []), MENTIONS_CSS];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Kamerwijzer',
    description:
      'Legt verwijzingen naar Kamerstukken, moties en bedragen uit, offline, met een gebundelde dataset.',
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Other sites only after the user grants them from the popup ("aan op deze site").
    optional_host_permissions: ['*://*/*'],
    host_permissions: DEFAULT_SITE_MATCHES,
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'kamerwijzer@example.org', strict_min_version: '115.0' } } : undefined,
  }),
});
