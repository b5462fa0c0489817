import { describe, expect, it } from 'vitest';
import { lookup } from '../../lib/cli/lookup';
import { DatasetError, parseDataset, validateFiles } from '../../lib/data/dataset';
import { parseReference } from '../../lib/data/keys';
import { loadDataset, readDataFiles } from '../../lib/data/load-node';
import { FilePending } from '../../lib/data/errors';
import { OTHER_DOCUMENTS_FILE, TEXT_FILE_NAMES } from '../../lib/data/schema';

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

  it('reads a later file only when a record needs it: the one text file of a motion, the documents outside a dossier for their DocumentNummer', async () => {
    const files = await readDataFiles(undefined, { later: false });
    const all = await readDataFiles();
    const asked: string[] = [];
    const ds = parseDataset(files, { readFile: (name) => (asked.push(name), all[name]) });
    expect(ds.document('19637-3435')?.subject).toBe('Landenbeleid Syrië');
    expect(ds.documentsInDossier(32317, null, 5).length).toBeGreaterThan(0);
    // Not a DocumentNummer, so not in the other file: answered without reading it.
    expect(ds.document('99999-1')).toBeUndefined();
    expect(ds.knows('seed:000_2c4f88a6329f05ca')).toBe(true);
    expect(asked).toEqual([]);
    expect(ds.motion('32317-919')?.request).toMatch(/^verzoekt/);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^motion-texts-/);
    expect(ds.document('2025D31244')).toMatchObject({ id: '2025D31244', dossier: null });
    expect(asked).toEqual([expect.stringMatching(/^motion-texts-/), OTHER_DOCUMENTS_FILE]);
    expect(ds.missingFiles()).toHaveLength(TEXT_FILE_NAMES.length - 1);
    expect(ds.missingFiles()).not.toContain(OTHER_DOCUMENTS_FILE);
  });

  it('without a reader, a record in a file not read yet throws FilePending naming it; attaching the file answers', async () => {
    const files = await readDataFiles(undefined, { later: false });
    const all = await readDataFiles();
    const ds = parseDataset(files);
    expect(ds.document('19637-3435')?.subject).toBe('Landenbeleid Syrië');
    expect(() => ds.document('2025D31244')).toThrow(FilePending);
    expect(() => ds.document('2025D31244')).toThrow(`${OTHER_DOCUMENTS_FILE}.json is not read yet`);
    ds.attachFile(OTHER_DOCUMENTS_FILE, all[OTHER_DOCUMENTS_FILE]);
    expect(ds.document('2025D31244')?.id).toBe('2025D31244');
    expect(ds.document('2025D99999999')).toBeUndefined();
  });

  it('refuses an other-documents file that holds what belongs in documents.json, naming the row', async () => {
    const files = await readDataFiles(undefined, { later: false });
    const all = await readDataFiles();
    const other = structuredClone(all[OTHER_DOCUMENTS_FILE]) as { columns: string[]; rows: unknown[][] };
    other.rows[5]![other.columns.indexOf('dossier')] = 19637;
    const ds = parseDataset(files);
    expect(() => ds.attachFile(OTHER_DOCUMENTS_FILE, other)).toThrow(/documents-other\.json is invalid at 5: \d{4}D\d+ has a dossier: it belongs in documents\.json/);
    // A document of documents.json (not a motion's own) put in the other file as well.
    const twice = structuredClone(all[OTHER_DOCUMENTS_FILE]) as { columns: string[]; rows: unknown[][] };
    const main = files.documents as { rows: unknown[][] };
    const shared = String(main.rows.find((r) => /^\d{4}D\d+$/.test(String(r[0])) && !ds.motion(String(r[0])))![0]);
    twice.rows.push([shared]);
    twice.rows.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
    expect(() => parseDataset(files).attachFile(OTHER_DOCUMENTS_FILE, twice)).toThrow(`${shared} is in documents.json too`);
    expect(() => validateFiles({ ...all, [OTHER_DOCUMENTS_FILE]: other })).toThrow(/has a dossier: it belongs in documents\.json/);
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

  it('finds motions by signatory surname, with or without tussenvoegsel or first name', async () => {
    const ds = await loadDataset();
    const withVan = ds.motionsBySignatory('van Dijk');
    expect(withVan.length).toBeGreaterThan(0);
    // A signature cut off in the publication ("Inge van Dij") is found by the title's name instead.
    expect(withVan.every((m) => m.signatories.some((s) => /dijk/i.test(s.surname)) || /van Dijk/.test(m.title))).toBe(true);
    // "Van Dijk" also finds the members the Kamer writes with a first name ("Motie van het lid Inge van Dijk").
    expect(withVan.some((m) => m.signatories.some((s) => s.surname === 'Inge van Dijk'))).toBe(true);
  });

  it('finds a motion whose first signature is cut off in the publication by the name in its title', async () => {
    const ds = await loadDataset();
    const cut = ds.motionsBySignatory('Grinwis').find((m) => m.key === '36410-XII-72');
    expect(cut?.signatories[0]?.surname).toBe('Grinwi');
  });

  it('finds a double surname by either part ("Yeşilgöz" for "Yeşilgöz-Zegerius")', async () => {
    const ds = await loadDataset();
    expect(ds.motionsBySignatory('Yeşilgöz').some((m) => m.signatories.some((s) => s.surname === 'Yeşilgöz-Zegerius'))).toBe(true);
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

  it('refuses a motions.json without its signatory index; a list naming a row that is not there fails when it is looked up, naming the key', async () => {
    const files = await readDataFiles();
    const { bySignatory: _drop, ...withoutIndex } = files.motions as Record<string, unknown>;
    expect(() => parseDataset({ ...files, motions: withoutIndex })).toThrow(/motions\.json is invalid at bySignatory/);
    const motions = structuredClone(files.motions) as { bySignatory: Record<string, number[]> };
    motions.bySignatory.grinwis = [...motions.bySignatory.grinwis!, 99_999];
    const ds = parseDataset({ ...files, motions });
    expect(ds.motionsBySignatory('Bikker').length).toBeGreaterThan(0);
    expect(() => ds.motionsBySignatory('Grinwis')).toThrow(/motions\.json is invalid at bySignatory\.grinwis\.\d+: expected a row of motions\.json/);
  });

  it('full validation refuses a signatory index that no longer matches the motions (a motion left out of a list)', async () => {
    const files = await readDataFiles();
    const motions = structuredClone(files.motions) as { bySignatory: Record<string, number[]> };
    motions.bySignatory.bikker = motions.bySignatory.bikker!.slice(1);
    expect(() => validateFiles({ ...files, motions })).toThrow(/bySignatory: the index does not match the motions/);
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
