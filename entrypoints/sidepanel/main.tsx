import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/pages.css';
import { MentionList } from '../../components/MentionList';
import { toCsv, toMarkdown } from '../../lib/format/export';
import type { PageMentionsResponse } from '../../lib/messages';
import { activeTab, pageMentions } from '../../utils/extension-messages';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Panel() {
  const [page, setPage] = useState<PageMentionsResponse | null | 'loading'>('loading');
  const [tabId, setTabId] = useState<number | null>(null);
  const refresh = useCallback(async () => {
    const t = await activeTab();
    setTabId(t?.id ?? null);
    setPage(t ? await pageMentions(t.id) : null);
  }, []);
  useEffect(() => {
    void refresh();
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [refresh]);

  if (page === 'loading') return <main>Pagina bekijken…</main>;
  if (!page) return <main><h1>Kamerwijzer</h1><p>Kamerwijzer is niet actief op deze pagina.</p></main>;
  const mentions = page.mentions;
  return (
    <main>
      <h1>Op deze pagina: {page.count}</h1>
      <p className="kw-row">
        <button type="button" className="kw-secondary" onClick={() => void refresh()}>
          vernieuwen
        </button>
        <button type="button" className="kw-secondary" onClick={() => download('kamerwijzer.md', 'text/markdown', toMarkdown(mentions, { url: page.url }))}>
          exporteer Markdown
        </button>
        <button type="button" className="kw-secondary" onClick={() => download('kamerwijzer.csv', 'text/csv', toCsv(mentions))}>
          exporteer CSV
        </button>
      </p>
      <MentionList
        mentions={mentions}
        onReveal={(id) => tabId !== null && void browser.tabs.sendMessage(tabId, { type: 'reveal-mention', id }).catch(() => undefined)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Panel />);
