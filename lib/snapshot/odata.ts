/**
 * Client for the Tweede Kamer OData v4 API (gegevensmagazijn). Pure: `fetch` is injected, so tests
 * run against recorded responses and the extension could use it for an opt-in live refresh.
 * Pages are followed through @odata.nextLink; 429, 5xx and network errors are retried with
 * exponential backoff; every page and record is validated with zod.
 */
import { z } from 'zod';
import type { DecisionRecord, Outcome } from '../data/schema';
import { outcomeOf } from './outcome';
import { DocumentRawSchema, FractieRawSchema, PersoonRawSchema, ZaakRawSchema, type ZaakRaw } from './schema';

export const ODATA_BASE = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';

export type FetchLike = (url: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}>;

export interface ODataOptions {
  fetch: FetchLike;
  baseUrl?: string;
  /** Attempts per request after the first (default 5). */
  retries?: number;
  /** First backoff delay; doubled per attempt (default 1000 ms). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export class ODataError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ODataError';
  }
}

const PageSchema = z.looseObject({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() });

const iso = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d);

export class ODataClient {
  private readonly fetch: FetchLike;
  private readonly base: string;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (line: string) => void;

  constructor(opts: ODataOptions) {
    this.fetch = opts.fetch;
    this.base = opts.baseUrl ?? ODATA_BASE;
    this.retries = opts.retries ?? 5;
    this.backoffMs = opts.backoffMs ?? 1000;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.log = opts.log ?? (() => {});
  }

  url(pathAndQuery: string): string {
    return pathAndQuery.startsWith('http') ? pathAndQuery : this.base + pathAndQuery;
  }

  /** GET with retries; returns the response once it is OK. */
  private async get(url: string, accept: string) {
    for (let attempt = 0; ; attempt++) {
      let res: Awaited<ReturnType<FetchLike>> | undefined;
      let problem: string;
      try {
        res = await this.fetch(url, { headers: { Accept: accept } });
        if (res.ok) return res;
        problem = `HTTP ${res.status}`;
        if (res.status !== 429 && res.status < 500) throw new ODataError(`${url}: ${problem}`, url, res.status);
      } catch (e) {
        if (e instanceof ODataError) throw e;
        problem = `network error: ${(e as Error).message}`;
      }
      if (attempt >= this.retries) throw new ODataError(`${url}: ${problem} (gave up after ${attempt + 1} attempts)`, url, res?.status);
      const retryAfter = Number(res?.headers.get('Retry-After'));
      const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : this.backoffMs * 2 ** attempt;
      this.log(`odata: ${problem}; retry ${attempt + 1}/${this.retries} in ${delay} ms`);
      await this.sleep(delay);
    }
  }

  /** Every record of a query, page by page, validated with `schema`. */
  async *records<T>(pathAndQuery: string, schema: z.ZodType<T>): AsyncGenerator<T> {
    let url: string | undefined = this.url(pathAndQuery);
    let page = 0;
    while (url) {
      const res = await this.get(url, 'application/json');
      let body: unknown;
      try {
        body = await res.json();
      } catch (e) {
        throw new ODataError(`${url}: response is not JSON (${(e as Error).message})`, url);
      }
      const parsed = PageSchema.safeParse(body);
      if (!parsed.success) throw new ODataError(`${url}: not an OData page (${parsed.error.issues[0]?.message})`, url);
      page++;
      for (let i = 0; i < parsed.data.value.length; i++) {
        const r = schema.safeParse(parsed.data.value[i]);
        if (!r.success) {
          const issue = r.error.issues[0];
          throw new ODataError(`${url}: page ${page}, record ${i + 1}, field ${issue?.path.join('.') || '(record)'}: ${issue?.message}`, url);
        }
        yield r.data;
      }
      url = parsed.data['@odata.nextLink'];
    }
  }

  /** Motions changed after `since` (YYYY-MM-DD or ISO), expanded as in the snapshot. */
  changedMotions(since: string) {
    return this.records(
      `Zaak?$filter=Soort eq 'Motie' and GewijzigdOp gt ${iso(since)}&$expand=Document($expand=Kamerstukdossier),Besluit($expand=Stemming),ZaakActor`,
      ZaakRawSchema,
    );
  }

  changedDocuments(since: string) {
    return this.records(`Document?$filter=GewijzigdOp gt ${iso(since)}&$expand=Kamerstukdossier`, DocumentRawSchema);
  }

  personen() {
    return this.records(`Persoon?$filter=Verwijderd eq false`, PersoonRawSchema);
  }

  fracties() {
    return this.records(`Fractie?$filter=Verwijderd eq false and DatumInactief eq null`, FractieRawSchema);
  }

  /** The publication XML of a document (DocumentPublicatie of Document_Id), or null when it has none. */
  async publicationXml(documentId: string): Promise<{ Id: string; xml: string } | null> {
    const IdOnly = z.looseObject({ Id: z.string(), ContentType: z.string().nullable().optional() });
    for await (const p of this.records(`DocumentPublicatie?$filter=Document_Id eq ${documentId}`, IdOnly)) {
      if (p.ContentType && !p.ContentType.includes('xml')) continue;
      const res = await this.get(this.url(`DocumentPublicatie(${p.Id})/Resource`), 'application/xml');
      return { Id: p.Id, xml: await res.text() };
    }
    return null;
  }

  /** One motion's current status: outcome and votes only where the API holds a Besluit with Stemming. */
  async fetchMotionStatus(zaakNummer: string): Promise<MotionStatus | null> {
    if (!/^\d{4}Z\d{5}$/.test(zaakNummer)) throw new ODataError(`not a ZaakNummer: ${zaakNummer}`, '');
    for await (const z of this.records(`Zaak?$filter=Nummer eq '${zaakNummer}'&$expand=Besluit($expand=Stemming)`, ZaakRawSchema)) {
      if (z.Verwijderd) continue;
      return motionStatus(z);
    }
    return null;
  }
}

export interface MotionStatus {
  zaakNummer: string;
  outcome: Outcome;
  decision?: DecisionRecord;
  advice: string | null;
  afgedaan: boolean | null;
  changedAt: string | null;
}

export function motionStatus(z: ZaakRaw): MotionStatus {
  const voted = (z.Besluit ?? [])
    .filter((b) => !b.Verwijderd && (b.Stemming ?? []).some((s) => !s.Verwijderd))
    .sort((a, b) => String(a.GewijzigdOp ?? '').localeCompare(String(b.GewijzigdOp ?? '')));
  const b = voted.at(-1);
  return {
    zaakNummer: z.Nummer,
    outcome: b ? (b.BesluitSoort ? outcomeOf(b.BesluitSoort) : 'other') : 'unknown',
    ...(b
      ? {
          decision: {
            soort: b.BesluitSoort ?? '',
            tekst: b.BesluitTekst ?? null,
            stemmingsSoort: b.StemmingsSoort ?? null,
            votes: (b.Stemming ?? [])
              .filter((s) => !s.Verwijderd)
              .map((s) => ({ party: s.ActorFractie ?? s.ActorNaam ?? '?', vote: s.Soort ?? '?', seats: s.FractieGrootte ?? null, ...(s.Persoon_Id ? { member: s.ActorNaam ?? s.Persoon_Id } : {}) })),
          },
        }
      : {}),
    advice: z.Kabinetsappreciatie ?? null,
    afgedaan: z.Afgedaan ?? null,
    changedAt: z.GewijzigdOp ?? null,
  };
}
