import { describe, expect, it, vi } from 'vitest';
import { BackgroundService, type Backend } from '../../entrypoints/background/handler';
import type { MentionRef } from '../../lib/messages';

const ref = (id: string, key: string): MentionRef => ({
  id,
  kind: 'kamerstuk',
  key,
  mention: { kind: 'kamerstuk', start: 0, end: 15, text: '19637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 },
});

const backend: Backend = {
  status: (r) => (r.key === '19637-3435' ? 'known' : 'unknown'),
  card: (r) => ({ title: `kaart ${r.key}` }),
  search: (q) => [{ q }],
};

describe('background service', () => {
  it('answers ping with its version without loading the dataset', async () => {
    const load = vi.fn(async () => backend);
    const service = new BackgroundService(load, '1.2.3');
    expect(await service.handle({ type: 'ping' })).toEqual({ type: 'pong', version: '1.2.3' });
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the dataset once, lazily, and answers a batch of lookups', async () => {
    const load = vi.fn(async () => backend);
    const service = new BackgroundService(load, '1');
    const res = await service.handle({ type: 'lookup', mentions: [ref('a', '19637-3435'), ref('b', '1-2')] });
    expect(res).toEqual({ type: 'lookup-result', results: [{ id: 'a', status: 'known' }, { id: 'b', status: 'unknown' }] });
    await service.handle({ type: 'card', mention: ref('a', '19637-3435') });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('sends the card model', async () => {
    const service = new BackgroundService(async () => backend, '1');
    expect(await service.handle({ type: 'card', mention: ref('a', '19637-3435') })).toEqual({
      type: 'card-result',
      id: 'a',
      status: 'known',
      model: { title: 'kaart 19637-3435' },
    });
  });

  it('says "gegevens niet beschikbaar" when the dataset fails, and tries again later', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('motions.json: ongeldig')).mockResolvedValue(backend);
    const service = new BackgroundService(load, '1');
    const first = (await service.handle({ type: 'card', mention: ref('a', '19637-3435') })) as { status: string; error: string };
    expect(first.status).toBe('error');
    expect(first.error).toMatch(/^gegevens niet beschikbaar: motions\.json: ongeldig/);
    const lookup = (await service.handle({ type: 'lookup', mentions: [ref('a', '19637-3435')] })) as { results: unknown };
    expect(lookup.results).toEqual([{ id: 'a', status: 'known' }]);
  });

  it('rejects malformed messages with a clear error', async () => {
    const service = new BackgroundService(async () => backend, '1');
    expect(await service.handle({ type: 'lookup', mentions: [{ id: 1 }] })).toMatchObject({ type: 'error', error: expect.stringMatching(/^ongeldig bericht/) });
    expect(await service.handle('<script>')).toMatchObject({ type: 'error' });
    expect(await service.handle({ type: 'card', mention: { ...ref('a', 'x'), mention: { kind: 'kamerstuk', text: 'x'.repeat(5000) } } })).toMatchObject({ type: 'error' });
  });

  it('marks a mention whose lookup throws as error, not the whole batch', async () => {
    const flaky: Backend = { ...backend, status: (r) => { if (r.id === 'b') throw new Error('kapot'); return 'known'; } };
    const service = new BackgroundService(async () => flaky, '1');
    const res = await service.handle({ type: 'lookup', mentions: [ref('a', 'x'), ref('b', 'y')] });
    expect(res).toMatchObject({ results: [{ id: 'a', status: 'known' }, { id: 'b', status: 'error' }] });
  });
});
