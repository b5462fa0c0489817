/** Chooses what the dialog shows: the card for the background's model, or the minimal card. */
import type { Mention } from '../../lib/detect/types';
import { Card } from '../../components/Card';
import { CardModelSchema } from '../../lib/cards/model';
import { OFFICIAL_URL } from '../../lib/format/links';
import { MinimalCard } from './MinimalCard';

export type CardState =
  | { kind: 'loading' }
  | { kind: 'model'; status: 'known' | 'unknown' | 'error'; model: unknown }
  | { kind: 'error'; error: string };

function titleOf(model: unknown): string | undefined {
  if (model && typeof model === 'object') {
    const t = (model as { title?: unknown }).title;
    if (typeof t === 'string' && t.trim() !== '') return t;
  }
  return undefined;
}

/** Copies text to the clipboard; false when the page or browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function linesOf(model: unknown): string[] {
  if (model && typeof model === 'object') {
    const lines = (model as { lines?: unknown }).lines;
    if (Array.isArray(lines)) return lines.filter((l): l is string => typeof l === 'string').slice(0, 12);
  }
  return [];
}

/** Links of the record from the model (components/CardParts shows only the official ones). */
function linksOf(model: unknown): { label: string; href: string }[] | undefined {
  if (!model || typeof model !== 'object') return undefined;
  const links = (model as { links?: unknown }).links;
  if (!Array.isArray(links)) return undefined;
  const ok = links.filter(
    (l): l is { label: string; href: string } =>
      !!l && typeof l === 'object' && typeof (l as { label?: unknown }).label === 'string' && typeof (l as { href?: unknown }).href === 'string' && OFFICIAL_URL.test((l as { href: string }).href),
  );
  return ok.length > 0 ? ok : undefined;
}

export function CardView({ titleId, mention, state }: { titleId: string; mention: Mention; state: CardState }) {
  if (state.kind === 'loading') return <MinimalCard titleId={titleId} mention={mention} state="loading" />;
  if (state.kind === 'error') return <MinimalCard titleId={titleId} mention={mention} state="error" error={state.error} onCopy={copyText} />;
  // The background's card model, validated; anything else falls back to the minimal card.
  const parsed = CardModelSchema.safeParse(state.model);
  if (parsed.success) {
    return <Card model={parsed.data} titleId={titleId} onCopy={copyText} />;
  }
  return <MinimalCard titleId={titleId} mention={mention} state={state.status} title={titleOf(state.model)} lines={linesOf(state.model)} links={linksOf(state.model)} onCopy={copyText} />;
}
