import { describe, expect, it } from 'vitest';
import { lookup } from '../../lib/cli/lookup';
import { DatasetError, parseDataset, validateFiles } from '../../lib/data/dataset';
import { parseReference } from '../../lib/data/keys';
import { loadDataset, readDataFiles } from '../../lib/data/load-node';
import { TEXT_FILE_NAMES } from '../../lib/data/schema';

describe('the bundled dataset (data/)', () => {
  it('has the vote for 2024Z21744 (adopted) with seats per party', async () => {
    const ds = await loadDataset();
    const m = ds.byZaakNummer.get('2024Z21744')!;
    expect(m.key).toBe('36600-VI-127');
    expect(m.outcome).toBe('aangenomen');
    expect(m.decision!.votes.find((v) => v.party === 'SP')).toBeUndefined();
    expect(m.decision!.votes.find((v) => v.party === 'BBB')).toEqual({ party: 'BBB', vote: 'Voor', seats: 7 });
    expect(m.replaces).toEqual(['36600-VI-105']);
    expect(ds.motion('36600-VI-105')?.replacedBy).toContain('36600-VI-127');
  });

  it('reads a motion text file only when a motion is read, the one that holds its text', async () => {
    const files = await readDataFiles(undefined, { texts: false });
    const all = await readDataFiles();
    const asked: number[] = [];
    const ds = parseDataset(files, { readTexts: (shard) => (asked.push(shard), all[TEXT_FILE_NAMES[shard]!]) });
    expect(ds.document('19637-3435')?.subject).toBe('Landenbeleid Syrië');
    expect(ds.documentsInDossier(32317, null, 5).length).toBeGreaterThan(0);
    expect(asked).toEqual([]);
    expect(ds.motion('32317-919')?.request).toMatch(/^verzoekt/);
    expect(asked).toHaveLength(1);
    expect(ds.missingTextFiles()).toHaveLength(TEXT_FILE_NAMES.length - 1);
  });

  it('shows every motion without a Besluit as outcome unknown (229 votes in the snapshot)', async () => {
    const ds = await loadDataset();
    const withVote = ds.motions.filter((m) => m.outcome !== 'unknown');
    expect(withVote.length).toBe(229);
    expect(withVote.every((m) => m.decision && m.decision.votes.length > 0)).toBe(true);
    expect(ds.motions.filter((m) => m.outcome === 'unknown').every((m) => m.decision === undefined)).toBe(true);
  });

  it('looks up "Kamerstuk 19 637, nr. 3435" and the seed 29344-157', async () => {
    const ds = await loadDataset();
    const r = lookup(ds, parseReference('Kamerstuk 19 637, nr. 3435')!)!;
    expect(r.document?.id).toBe('2025D27010');
    expect(r.document?.subject).toBe('Landenbeleid Syrië');
    const seed = lookup(ds, parseReference('29344-157')!)!;
    expect(seed.document?.source).toBe('seed');
    expect(seed.document?.kind).toBe('Brief regering');
  });

  it('finds motions by signatory surname, with or without tussenvoegsel', async () => {
    const ds = await loadDataset();
    const withVan = ds.motionsBySignatory('van Dijk');
    expect(withVan.length).toBeGreaterThan(0);
    expect(withVan.every((m) => m.signatories.some((s) => /dijk/i.test(s.surname)))).toBe(true);
  });

  it('lists the documents of a dossier, most recent first', async () => {
    const ds = await loadDataset();
    const docs = ds.documentsInDossier(19637);
    expect(docs.length).toBeGreaterThan(10);
    const dates = docs.map((d) => d.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('searches motions and documents', async () => {
    const ds = await loadDataset();
    const hits = ds.search('terugkeer Syriërs', 5);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('says the data date', async () => {
    const ds = await loadDataset();
    expect(ds.meta.dataDate).toBe('2025-10-03');
  });

  it('rejects a malformed file with a clear DatasetError naming file and field', async () => {
    const files = await readDataFiles();
    const motions = structuredClone(files.motions) as { columns: string[]; rows: unknown[][] };
    motions.rows[0][motions.columns.indexOf('zaakNummer')] = 42;
    expect(() => parseDataset({ ...files, motions })).toThrow(DatasetError);
    expect(() => parseDataset({ ...files, motions })).toThrow(/motions\.json is invalid at 0\.zaakNummer/);
    const { links: _drop, ...withoutLinks } = files;
    expect(() => parseDataset(withoutLinks)).toThrow('dataset: file links.json is missing');
  });

  it('checks each record with its schema when it is first read: only the bad record fails, naming file, row and field', async () => {
    const files = await readDataFiles();
    const motions = structuredClone(files.motions) as { columns: string[]; rows: unknown[][] };
    const row = motions.rows.findIndex((r) => r[motions.columns.indexOf('key')] === '36600-VI-127');
    motions.rows[row][motions.columns.indexOf('title')] = 42;
    const ds = parseDataset({ ...files, motions });
    expect(() => ds.motion('36600-VI-127')).toThrow(DatasetError);
    expect(() => ds.motion('36600-VI-127')).toThrow(new RegExp(`motions\\.json is invalid at ${row}\\.title`));
    expect(ds.motion('36600-VI-105')?.replacedBy).toContain('36600-VI-127');
    expect(() => validateFiles({ ...files, motions })).toThrow(/motions\.json is invalid at \d+\.title/);
  });

  it('refuses a documents.json that is not in id order (lookups rely on it), naming the row', async () => {
    const files = await readDataFiles();
    const documents = structuredClone(files.documents) as { columns: string[]; rows: unknown[][] };
    [documents.rows[10], documents.rows[11]] = [documents.rows[11]!, documents.rows[10]!];
    expect(() => parseDataset({ ...files, documents })).toThrow(/documents\.json is invalid at 11\.id: rows are not in id order/);
  });

  it('every record of the bundled dataset passes its schema', async () => {
    const files = validateFiles(await readDataFiles());
    expect(files.motions.length).toBe(8041);
    const ds = await loadDataset();
    expect(ds.documents.length).toBe(files.documents.length);
    expect(ds.documents.map((d) => d.id)).toEqual(files.documents.map((d) => d.id));
  }, 30_000);
});

describe('parseReference', () => {
  it.each([
    ['Kamerstuk 19 637, nr. 3435', '19637-3435'],
    ['Kamerstukken II 2024/25, 19637, nr. 3435', '19637-3435'],
    ['kst-36600-VI-12', '36600-VI-12'],
    ['36600-VI-12', '36600-VI-12'],
    ['19637-3435', '19637-3435'],
    ['29344', '29344'],
  ])('%s -> %s', (input, key) => {
    const r = parseReference(input);
    expect(r?.kind).toBe('kamerstuk');
    expect(r && r.kind === 'kamerstuk' ? r.key : null).toBe(key);
  });

  it('reads D- and Z-numbers and rejects other text', () => {
    expect(parseReference('2025d27010')).toEqual({ kind: 'document', documentNummer: '2025D27010' });
    expect(parseReference('2024Z20838')).toEqual({ kind: 'zaak', zaakNummer: '2024Z20838' });
    expect(parseReference('terugkeer Syriërs')).toBeUndefined();
  });
});
