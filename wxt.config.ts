import { defineConfig } from 'wxt';
import { DEFAULT_SITE_MATCHES } from './lib/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Kamerwijzer',
    description:
      'Legt verwijzingen naar Kamerstukken, moties en bedragen uit, offline, met een gebundelde dataset.',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Other sites only after the user grants them from the popup ("aan op deze site").
    optional_host_permissions: ['*://*/*'],
    host_permissions: DEFAULT_SITE_MATCHES,
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'kamerwijzer@example.org', strict_min_version: '115.0' } } : undefined,
  }),
});
