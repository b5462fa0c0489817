/**
 * Answers the messages of the content script, popup and side panel. Every request is validated; an
 * invalid one gets an error answer, never a crash. The dataset is loaded on the first lookup that
 * needs it (never at startup, never in the page) and kept while the worker lives.
 */
import {
  BackgroundRequestSchema,
  type CardResponse,
  type LookupResponse,
  type MentionRef,
  type MentionStatus,
  type SearchResponse,
} from '../../lib/messages';

/** What the background needs from the dataset (lib/data + lib/cards + lib/resolve behind it). */
export interface Backend {
  /** A promise when a file read later is needed first. */
  status(ref: MentionRef): MentionStatus | Promise<MentionStatus>;
  /** The card model for a mention (lib/cards' CardModel). */
  card(ref: MentionRef): unknown | Promise<unknown>;
  search(query: string, limit: number): unknown[] | Promise<unknown[]>;
}

export const UNAVAILABLE = 'gegevens niet beschikbaar';

export class BackgroundService {
  private backend: Promise<Backend> | null = null;

  constructor(
    private readonly load: () => Promise<Backend>,
    private readonly version: string,
    /** Opt-in live refresh of a card (only when the user turned it on); returns the card to show. */
    private readonly refresh: (model: unknown) => Promise<unknown> = async (model) => model,
  ) {}

  private getBackend(): Promise<Backend> {
    if (!this.backend) {
      this.backend = this.load();
      // A failed load is retried on a later request rather than cached forever.
      this.backend.catch(() => {
        this.backend = null;
      });
    }
    return this.backend;
  }

  async handle(raw: unknown): Promise<unknown> {
    const parsed = BackgroundRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { type: 'error', error: `ongeldig bericht: ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`.trim() };
    }
    const msg = parsed.data;
    switch (msg.type) {
      case 'ping':
        return { type: 'pong', version: this.version };
      case 'lookup': {
        let backend: Backend;
        try {
          backend = await this.getBackend();
        } catch (e) {
          const res: LookupResponse = {
            type: 'lookup-result',
            results: msg.mentions.map((m) => ({ id: m.id, status: 'error' })),
            error: `${UNAVAILABLE}: ${errorText(e)}`,
          };
          return res;
        }
        const res: LookupResponse = {
          type: 'lookup-result',
          results: await Promise.all(msg.mentions.map(async (m) => ({ id: m.id, status: await safe(() => backend.status(m), 'error' as const) }))),
        };
        return res;
      }
      case 'card': {
        try {
          const backend = await this.getBackend();
          const [status, model] = await Promise.all([safe(() => backend.status(msg.mention), 'error' as const), Promise.resolve(backend.card(msg.mention)).then((card) => this.refresh(card))]);
          const res: CardResponse = { type: 'card-result', id: msg.mention.id, status, model };
          return res;
        } catch (e) {
          const res: CardResponse = { type: 'card-result', id: msg.mention.id, status: 'error', model: null, error: `${UNAVAILABLE}: ${errorText(e)}` };
          return res;
        }
      }
      case 'search': {
        try {
          const backend = await this.getBackend();
          const res: SearchResponse = { type: 'search-result', results: await backend.search(msg.query, msg.limit ?? 20) };
          return res;
        } catch (e) {
          const res: SearchResponse = { type: 'search-result', results: [], error: `${UNAVAILABLE}: ${errorText(e)}` };
          return res;
        }
      }
    }
  }
}

/** What `fn` gives, or `fallback` if it throws or its promise fails. */
async function safe<T>(fn: () => T | Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch {
    return fallback;
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
