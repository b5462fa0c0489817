import { DEFAULT_SITE_MATCHES } from '../lib/sites';

export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-kamerwijzer', 'ready');
  },
});
