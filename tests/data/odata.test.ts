import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ODataClient, ODataError, type FetchLike } from '../../lib/snapshot/odata';
import { sync } from '../../scripts/data-sync';

const FIX = join(__dirname, '../fixtures/odata');
const load = (name: string) => JSON.parse(readFileSync(join(FIX, name), 'utf8'));

type Reply = { status: number; body?: unknown; text?: string; headers?: Record<string, string> } | Error;

/** A fetch that answers from a list of [url test, replies...]; each reply is used once, the last one repeats. */
function fakeFetch(routes: [(url: string) => boolean, Reply[]][]) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const route = routes.find(([test]) => test(url));
    if (!route) return { ok: false, status: 404, headers: { get: () => null }, json: async () => ({}), text: async () => '' };
    const reply = route[1].length > 1 ? route[1].shift()! : route[1][0];
    if (reply instanceof Error) throw reply;
    return {
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      headers: { get: (n: string) => reply.headers?.[n] ?? null },
      json: async () => reply.body,
      text: async () => reply.text ?? JSON.stringify(reply.body),
    };
  };
  return { fetch, calls };
}

const noSleep = async () => {};

describe('OData client', () => {
  it('follows @odata.nextLink through all pages', async () => {
    const { fetch, calls } = fakeFetch([
      [(u) => u.includes('skiptoken=page2'), [{ status: 200, body: load('zaak-page2.json') }]],
      [(u) => u.includes('Zaak?'), [{ status: 200, body: load('zaak-page1.json') }]],
    ]);
    const client = new ODataClient({ fetch, sleep: noSleep });
    const got = [];
    for await (const z of client.changedMotions('2025-10-03')) got.push(z.Nummer);
    expect(got).toEqual(['2024Z21744', '2025Z02986']);
    expect(calls[0]).toContain("GewijzigdOp gt 2025-10-03T00:00:00Z");
    expect(calls[0]).toContain('$expand=Document($expand=Kamerstukdossier),Besluit($expand=Stemming)');
    expect(calls).toHaveLength(2);
  });

  it('retries 429, 5xx and network errors with growing delays, then succeeds', async () => {
    const { fetch, calls } = fakeFetch([
      [
        (u) => u.includes('Zaak?'),
        [{ status: 503 }, new TypeError('fetch failed'), { status: 429, headers: { 'Retry-After': '2' } }, { status: 200, body: load('zaak-page2.json') }],
      ],
    ]);
    const delays: number[] = [];
    const client = new ODataClient({ fetch, backoffMs: 100, sleep: async (ms) => void delays.push(ms) });
    const got = [];
    for await (const z of client.changedMotions('2025-10-03')) got.push(z.Nummer);
    expect(got).toEqual(['2025Z02986']);
    expect(calls).toHaveLength(4);
    expect(delays).toEqual([100, 200, 2000]);
  });

  it('gives up after the retries with a clear error', async () => {
    const { fetch } = fakeFetch([[(u) => u.includes('Zaak?'), [{ status: 500 }]]]);
    const client = new ODataClient({ fetch, retries: 2, sleep: noSleep });
    await expect(client.fetchMotionStatus('2024Z21744')).rejects.toThrow(/HTTP 500 \(gave up after 3 attempts\)/);
  });

  it('does not retry a 400', async () => {
    const { fetch, calls } = fakeFetch([[(u) => u.includes('Zaak?'), [{ status: 400 }]]]);
    const client = new ODataClient({ fetch, sleep: noSleep });
    await expect(client.fetchMotionStatus('2024Z21744')).rejects.toThrow(ODataError);
    expect(calls).toHaveLength(1);
  });

  it('rejects an invalid record naming page, record and field', async () => {
    const { fetch } = fakeFetch([[(u) => u.includes('Zaak?'), [{ status: 200, body: load('zaak-invalid.json') }]]]);
    const client = new ODataClient({ fetch, sleep: noSleep });
    const run = async () => {
      for await (const _ of client.changedMotions('2025-10-03')) void _;
    };
    await expect(run()).rejects.toThrow(/page 1, record 1, field Nummer/);
  });

  it("fetches one motion's status: the vote where a Besluit has one, else unknown", async () => {
    const voted = fakeFetch([[(u) => u.includes("Nummer eq '2024Z21744'"), [{ status: 200, body: load('zaak-status-2024Z21744.json') }]]]);
    const s = await new ODataClient({ fetch: voted.fetch, sleep: noSleep }).fetchMotionStatus('2024Z21744');
    expect(s?.outcome).toBe('aangenomen');
    expect(s?.decision?.votes).toEqual([{ party: 'BBB', vote: 'Voor', seats: 7 }]);

    const none = fakeFetch([[(u) => u.includes('Zaak?'), [{ status: 200, body: load('zaak-status-nobesluit.json') }]]]);
    const u = await new ODataClient({ fetch: none.fetch, sleep: noSleep }).fetchMotionStatus('2025Z00001');
    expect(u).toMatchObject({ outcome: 'unknown', advice: 'Ontraden' });
    expect(u?.decision).toBeUndefined();
  });
});

describe('data:sync', () => {
  it('writes the changed records in the snapshot format', async () => {
    const { fetch } = fakeFetch([
      [(u) => u.includes('skiptoken=page2'), [{ status: 200, body: load('zaak-page2.json') }]],
      [(u) => u.startsWith('https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?'), [{ status: 200, body: load('zaak-page1.json') }]],
      [(u) => u.includes('DocumentPublicatie?'), [{ status: 200, body: { value: [{ Id: 'pub-1', ContentType: 'application/xml' }] } }]],
      [(u) => u.includes('DocumentPublicatie(pub-1)/Resource'), [{ status: 200, text: '<officiele-publicatie/>' }]],
      [(u) => u.includes('Document?') || u.includes('Persoon?') || u.includes('Fractie?'), [{ status: 200, body: { value: [] } }]],
    ]);
    const out = mkdtempSync(join(tmpdir(), 'kw-sync-'));
    const counts = await sync({ out, since: '2025-10-03', fetch, log: () => {}, sleep: noSleep });
    expect(counts['Zaak-motie.jsonl.gz']).toBe(2);
    const lines = gunzipSync(readFileSync(join(out, 'Zaak-motie.jsonl.gz'))).toString('utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).Nummer).sort()).toEqual(['2024Z21744', '2025Z02986']);
    const pubs = gunzipSync(readFileSync(join(out, 'DocumentPublicatie-motie.jsonl.gz'))).toString('utf8').trim().split('\n');
    expect(JSON.parse(pubs[0])).toMatchObject({ Document_Id: '3bd20a1e-0932-40eb-aa41-380f76c237ff', DocumentNummer: '2024D51273', xml: '<officiele-publicatie/>' });
  });
});
