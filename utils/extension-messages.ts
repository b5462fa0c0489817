/** Messages from extension pages (popup, side panel, options) to the background and to a tab. */
import type { CardModel } from '../lib/cards/model';
import { CardModelSchema } from '../lib/cards/model';
import type { MentionRef } from '../lib/messages';
import { CardResponseSchema, PageMentionsResponseSchema, parseMessage, SearchResponseSchema, type PageMentionsResponse } from '../lib/messages';

export interface SearchResult {
  kind: 'motion' | 'document';
  key: string;
  title: string;
  detail: string;
  ref: MentionRef;
}

/** A search hit as the popup lists it, with the reference that asks the background for its card. */
export function toSearchResult(hit: unknown): SearchResult | null {
  if (!hit || typeof hit !== 'object') return null;
  const h = hit as { kind?: unknown; motion?: Record<string, unknown>; document?: Record<string, unknown> };
  const r = h.kind === 'motion' ? h.motion : h.kind === 'document' ? h.document : undefined;
  if (!r) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const key = str(r.key);
  const id = str(r.id) ?? str(r.documentNummer);
  const title = str(r.title) ?? '';
  const subject = str(r.subject);
  const date = str(r.date) ?? '';
  if (key && typeof r.dossier === 'number' && typeof r.ondernummer === 'number') {
    const toevoeging = str(r.toevoeging);
    return {
      kind: h.kind as 'motion' | 'document',
      key,
      title: subject ?? title,
      detail: [h.kind === 'motion' ? 'Motie' : str(r.kind), `Kamerstuk ${key}`, date].filter(Boolean).join(' · '),
      ref: { id: `search-${key}`, kind: 'kamerstuk', key, mention: { kind: 'kamerstuk', start: 0, end: key.length, text: `Kamerstuk ${key}`, dossier: r.dossier, toevoeging, ondernummer: r.ondernummer } },
    };
  }
  if (id && /^\d{4}D\d{5}$/.test(id)) {
    return {
      kind: 'document',
      key: id,
      title: subject ?? title,
      detail: [str(r.kind), id, date].filter(Boolean).join(' · '),
      ref: { id: `search-${id}`, kind: 'document', key: id, mention: { kind: 'document', start: 0, end: id.length, text: id, documentNummer: id } },
    };
  }
  return null;
}

export async function search(query: string): Promise<{ results: SearchResult[]; error?: string }> {
  const res = parseMessage(SearchResponseSchema, await browser.runtime.sendMessage({ type: 'search', query, limit: 25 }), 'zoeken');
  return { results: res.results.map(toSearchResult).filter((r): r is SearchResult => r !== null), ...(res.error ? { error: res.error } : {}) };
}

export async function cardFor(ref: MentionRef): Promise<{ model: CardModel | null; error?: string }> {
  const res = parseMessage(CardResponseSchema, await browser.runtime.sendMessage({ type: 'card', mention: ref }), 'kaart');
  const parsed = CardModelSchema.safeParse(res.model);
  return { model: parsed.success ? parsed.data : null, ...(res.error ? { error: res.error } : {}) };
}

/** The tab the page is about: `?tab=<id>` when given (a side panel or test opens it so), else the active tab. */
export async function activeTab(): Promise<{ id: number; url: string } | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) {
    const tab = await browser.tabs.get(asked).catch(() => null);
    if (tab?.id !== undefined) return { id: tab.id, url: tab.url ?? '' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

/** What the content script of the tab has marked; null when it does not run there. */
export async function pageMentions(tabId: number): Promise<PageMentionsResponse | null> {
  try {
    return parseMessage(PageMentionsResponseSchema, await browser.tabs.sendMessage(tabId, { type: 'page-mentions' }), 'vermeldingen');
  } catch {
    return null;
  }
}
