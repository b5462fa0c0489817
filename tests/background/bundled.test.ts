// The background's answers on the dataset that ships with the extension (data/).
import type { CardModel } from '../../lib/cards/model';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBackend } from '../../entrypoints/background/backend';
import { BackgroundService, type Backend } from '../../entrypoints/background/handler';
import { DEFAULT_DATA_DIR, readDataFiles } from '../../lib/data/load-node';
import { OTHER_DOCUMENTS_FILE, TEXT_FILE_NAMES } from '../../lib/data/schema';
import type { MentionRef } from '../../lib/messages';

describe.skipIf(!existsSync(`${DEFAULT_DATA_DIR}/manifest.json`))('background on the bundled dataset', () => {
  let backend: Backend;
  beforeAll(async () => {
    const files = await readDataFiles();
    // The same path the service worker takes: files.json, then each file by name.
    backend = await loadBackend(async (path) => (path === '/data/files.json' ? Object.keys(files).map((k) => `${k}.json`) : files[path.slice(6, -5)]));
  }, 30_000);

  it('"Kamerstuk 19 637, nr. 3435" is the letter "Landenbeleid Syrië"', async () => {
    const ref: MentionRef = {
      id: 'a', kind: 'kamerstuk', key: '19637-3435',
      mention: { kind: 'kamerstuk', start: 0, end: 26, text: 'Kamerstuk 19 637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 },
    };
    expect(await backend.status(ref)).toBe('known');
    expect(await backend.card(ref)).toMatchObject({ title: 'Landenbeleid Syrië' });
  });

  it('"motie Eerdmans" with the context of seed 1 is the motion on a return plan for Syrians, with the cabinet\'s advice', async () => {
    const ref: MentionRef = {
      id: 'm', kind: 'motion', key: 'motie:eerdmans',
      mention: { kind: 'motion', start: 0, end: 14, text: 'motie Eerdmans', indieners: ['Eerdmans'], signatories: [{ surname: 'Eerdmans' }], cs: false },
      context: {
        after: ' die opriep om een plan voor te bereiden voor de terugkeer van Syriërs zodra dit veilig kan (Kamerstuk 32317, nr. 919)?',
        adjacentRefs: [{ dossier: 32317, toevoeging: null, ondernummer: 919 }],
        footnoteRefs: [], pageRefs: [{ dossier: 19637, toevoeging: null, ondernummer: 3435 }], pageDate: null, nearbyDate: null,
      },
    };
    expect(await backend.status(ref)).toBe('known');
    const card = (await backend.card(ref)) as CardModel;
    expect(card.title).toMatch(/Eerdmans.*terugkeer van Syriërs/);
    expect(card.facts.find((f) => f.label === 'Kabinetsappreciatie')?.value).toBeTruthy();
  });

  it('a reference the dataset does not hold is unknown, with no invented record', async () => {
    const ref: MentionRef = {
      id: 'x', kind: 'kamerstuk', key: '99999-1',
      mention: { kind: 'kamerstuk', start: 0, end: 1, text: '99999, nr. 1', dossier: 99999, toevoeging: null, ondernummer: 1 },
    };
    expect(await backend.status(ref)).toBe('unknown');
    const card = (await backend.card(ref)) as CardModel;
    expect(card.variant).toBe('unknown');
    expect(card.lead).toBe('Niet in de gebundelde gegevens.');
    expect(card.facts).toEqual([]);
  });

  it('a record that fails its schema gives that card "gegevens niet beschikbaar" naming file and field; other cards still work', async () => {
    const files = await readDataFiles();
    const file = TEXT_FILE_NAMES.find((n) => JSON.stringify(files[n]).includes('"32317-919"'))!;
    const texts = structuredClone(files[file]) as { columns: string[]; rows: unknown[][] };
    const row = texts.rows.findIndex((r) => r[texts.columns.indexOf('key')] === '32317-919');
    texts.rows[row][texts.columns.indexOf('considerations')] = '<b>geen lijst</b>';
    const broken: Record<string, unknown> = { ...files, [file]: texts };
    const service = new BackgroundService(
      () => loadBackend(async (path) => (path === '/data/files.json' ? Object.keys(broken).map((k) => `${k}.json`) : broken[path.slice(6, -5)])),
      '1',
    );
    const motion: MentionRef = {
      id: 'm', kind: 'kamerstuk', key: '32317-919',
      mention: { kind: 'kamerstuk', start: 0, end: 1, text: '32317, nr. 919', dossier: 32317, toevoeging: null, ondernummer: 919 },
    };
    const res = (await service.handle({ type: 'card', mention: motion })) as { status: string; model: unknown; error: string };
    expect(res.status).toBe('error');
    expect(res.model).toBeNull();
    expect(res.error).toMatch(new RegExp(`^gegevens niet beschikbaar: .*${file}\\.json is invalid at ${row}\\.considerations`));
    const letter = { ...motion, id: 'l', key: '19637-3435', mention: { ...motion.mention, dossier: 19637, ondernummer: 3435 } } as MentionRef;
    expect(await service.handle({ type: 'card', mention: letter })).toMatchObject({ status: 'known', model: { title: 'Landenbeleid Syrië' } });
  });

  it('answers a letter\u2019s card without reading motion texts; a motion\u2019s card reads the one text file it needs', async () => {
    const files = await readDataFiles();
    let release!: () => void;
    const textsHeld = new Promise<void>((r) => (release = r));
    const read: string[] = [];
    const backend = await loadBackend(async (path) => {
      if (path === '/data/files.json') return Object.keys(files).map((k) => `${k}.json`);
      const name = path.slice(6, -5);
      if (name.startsWith('motion-texts')) await textsHeld;
      read.push(name);
      return files[name];
    });
    const letter: MentionRef = {
      id: 'l', kind: 'kamerstuk', key: '19637-3435',
      mention: { kind: 'kamerstuk', start: 0, end: 1, text: '19637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 },
    };
    expect(await backend.card(letter)).toMatchObject({ title: 'Landenbeleid Syrië' });
    expect(read.filter((n) => n.startsWith('motion-texts'))).toEqual([]);
    expect(read).not.toContain(OTHER_DOCUMENTS_FILE);
    const motion: MentionRef = { ...letter, id: 'm', key: '32317-919', mention: { ...letter.mention, dossier: 32317, ondernummer: 919 } } as MentionRef;
    expect(await backend.status(motion)).toBe('known');
    const card = backend.card(motion);
    let done = false;
    void Promise.resolve(card).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    release();
    expect(((await card) as CardModel).request).toMatch(/^verzoekt/);
    expect(read.filter((n) => n.startsWith('motion-texts'))).toHaveLength(1);
    // Search reads them all.
    expect((await backend.search('terugkeerplan', 5)).length).toBeGreaterThan(0);
    expect(read.filter((n) => n.startsWith('motion-texts'))).toHaveLength(TEXT_FILE_NAMES.length);
    expect(read).toContain(OTHER_DOCUMENTS_FILE);
  });

  it('reads the documents outside a dossier only for a DocumentNummer that documents.json lacks, for its status and card', async () => {
    const files = await readDataFiles();
    const read: string[] = [];
    const backend = await loadBackend(async (path) => {
      if (path === '/data/files.json') return Object.keys(files).map((k) => `${k}.json`);
      const name = path.slice(6, -5);
      read.push(name);
      return files[name];
    });
    const letter: MentionRef = {
      id: 'l', kind: 'kamerstuk', key: '19637-3435',
      mention: { kind: 'kamerstuk', start: 0, end: 1, text: '19637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 },
    };
    expect(await backend.status(letter)).toBe('known');
    expect(read).not.toContain(OTHER_DOCUMENTS_FILE);
    const doc: MentionRef = { id: 'd', kind: 'document', key: '2025D31244', mention: { kind: 'document', start: 0, end: 10, text: '2025D31244', documentNummer: '2025D31244' } };
    expect(await backend.status(doc)).toBe('known');
    expect(read.filter((n) => n === OTHER_DOCUMENTS_FILE)).toHaveLength(1);
    expect(await backend.card(doc)).toMatchObject({ variant: expect.not.stringMatching(/unknown/) });
    expect(read.filter((n) => n === OTHER_DOCUMENTS_FILE)).toHaveLength(1);
  });

  it('a broken file of documents outside a dossier makes only the cards that need it say so', async () => {
    const files = await readDataFiles();
    const other = structuredClone(files[OTHER_DOCUMENTS_FILE]) as { columns: string[]; rows: unknown[][] };
    other.rows.reverse();
    const service = new BackgroundService(
      () => loadBackend(async (path) => (path === '/data/files.json' ? Object.keys(files).map((k) => `${k}.json`) : path === `/data/${OTHER_DOCUMENTS_FILE}.json` ? other : files[path.slice(6, -5)])),
      '1',
    );
    const doc = { id: 'd', kind: 'document', key: '2025D31244', mention: { kind: 'document', start: 0, end: 10, text: '2025D31244', documentNummer: '2025D31244' } };
    const res = (await service.handle({ type: 'card', mention: doc })) as { status: string; model: unknown; error: string };
    expect(res.status).toBe('error');
    expect(res.model).toBeNull();
    expect(res.error).toMatch(new RegExp(`^gegevens niet beschikbaar: .*${OTHER_DOCUMENTS_FILE}\\.json is invalid at 1\\.id: rows are not in id order`));
    const letter = { id: 'l', kind: 'kamerstuk', key: '19637-3435', mention: { kind: 'kamerstuk', start: 0, end: 1, text: '19637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 } };
    expect(await service.handle({ type: 'card', mention: letter })).toMatchObject({ status: 'known', model: { title: 'Landenbeleid Syrië' } });
    const lookup = (await service.handle({ type: 'lookup', mentions: [letter, doc] })) as { results: { id: string; status: string }[] };
    expect(lookup.results).toEqual([{ id: 'l', status: 'known' }, { id: 'd', status: 'error' }]);
  });

  it('a motion text file that does not fit motions.json makes the cards that need it say so', async () => {
    const files = await readDataFiles();
    const file = TEXT_FILE_NAMES.find((n) => JSON.stringify(files[n]).includes('"32317-919"'))!;
    const texts = structuredClone(files[file]) as { columns: string[]; rows: unknown[][] };
    texts.rows.pop();
    const service = new BackgroundService(
      () => loadBackend(async (path) => (path === '/data/files.json' ? Object.keys(files).map((k) => `${k}.json`) : path === `/data/${file}.json` ? texts : files[path.slice(6, -5)])),
      '1',
    );
    const motion: MentionRef = {
      id: 'm', kind: 'kamerstuk', key: '32317-919',
      mention: { kind: 'kamerstuk', start: 0, end: 1, text: '32317, nr. 919', dossier: 32317, toevoeging: null, ondernummer: 919 },
    };
    const res = (await service.handle({ type: 'card', mention: motion })) as { status: string; model: unknown; error: string };
    expect(res.model).toBeNull();
    expect(res.error).toMatch(new RegExp(`^gegevens niet beschikbaar: .*${file}\\.json is invalid at rows: \\d+ rows, expected \\d+`));
  });
});
