import { useEffect, useState } from 'react';
import { Card } from '../../components/Card';
import { SearchResults } from '../../components/SearchResults';
import type { CardModel } from '../../lib/cards/model';
import { siteEnabled } from '../../lib/settings';
import { activeTab, cardFor, pageMentions, search, type SearchResult } from '../../utils/extension-messages';
import { enableSite } from '../../utils/site-access';
import { loadSettings } from '../../utils/settings-storage';

type TabState = { kind: 'loading' } | { kind: 'marked'; count: number } | { kind: 'off'; host: string | null };

export function App() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState<CardModel | null>(null);
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const t = await activeTab();
      const page = t ? await pageMentions(t.id) : null;
      if (page) return setTab({ kind: 'marked', count: page.count });
      let host: string | null = null;
      try {
        const u = new URL(t?.url ?? '');
        if (u.protocol === 'http:' || u.protocol === 'https:') host = u.hostname;
      } catch {
        host = null;
      }
      const settings = await loadSettings();
      setTab({ kind: 'off', host: host && !siteEnabled(settings, host) ? host : null });
    })();
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults([]);
      setMessage('');
      return;
    }
    const timer = setTimeout(() => {
      search(q).then(
        (r) => {
          setResults(r.results);
          setMessage(r.error ?? (r.results.length ? '' : 'Niets gevonden in de gebundelde gegevens.'));
        },
        (e: unknown) => setMessage(`Zoeken lukte niet: ${e instanceof Error ? e.message : String(e)}`),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  const openResult = (r: SearchResult) =>
    cardFor(r.ref).then(
      (c) => (c.model ? setOpen(c.model) : setMessage(c.error ?? 'Gegevens niet beschikbaar.')),
      () => setMessage('Gegevens niet beschikbaar.'),
    );

  return (
    <main>
      <h1>Kamerwijzer</h1>
      <p className="kw-muted" data-testid="tab-status">
        {tab.kind === 'loading'
          ? 'Pagina bekijken…'
          : tab.kind === 'marked'
            ? `${tab.count} ${tab.count === 1 ? 'vermelding' : 'vermeldingen'} op deze pagina`
            : 'Kamerwijzer is niet actief op deze pagina.'}
      </p>
      {tab.kind === 'off' && tab.host && (
        <p className="kw-row">
          <button
            type="button"
            className="kw-primary"
            onClick={() =>
              enableSite(tab.host!).then(
                (ok) => setMessage(ok ? `Aan op ${tab.host}. Herlaad de pagina.` : 'Geen toestemming gekregen voor deze site.'),
                (e: unknown) => setMessage(`Aanzetten lukte niet: ${e instanceof Error ? e.message : String(e)}`),
              )
            }
          >
            aan op deze site
          </button>
        </p>
      )}
      {open ? (
        <>
          <p className="kw-row">
            <button type="button" className="kw-secondary" onClick={() => setOpen(null)}>
              ← terug naar de resultaten
            </button>
          </p>
          <Card model={open} titleId="kw-popup-card" onCopy={(t) => navigator.clipboard.writeText(t).then(() => true, () => false)} />
        </>
      ) : (
        <>
          <label htmlFor="kw-q">Zoek in moties en documenten</label>
          <input id="kw-q" type="search" value={query} placeholder="bijv. terugkeer Syriërs of 19637-3435" onChange={(e) => setQuery(e.target.value)} autoFocus />
          {message && <p className="kw-muted">{message}</p>}
          <SearchResults results={results} onOpen={(r) => void openResult(r)} />
        </>
      )}
      <p className="kw-row kw-muted">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Instellingen
        </a>
      </p>
    </main>
  );
}
