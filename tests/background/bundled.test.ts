// The background's answers on the dataset that ships with the extension (data/).
import type { CardModel } from '../../lib/cards/model';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBackend } from '../../entrypoints/background/backend';
import type { Backend } from '../../entrypoints/background/handler';
import { DEFAULT_DATA_DIR, readDataFiles } from '../../lib/data/load-node';
import type { MentionRef } from '../../lib/messages';

describe.skipIf(!existsSync(`${DEFAULT_DATA_DIR}/manifest.json`))('background on the bundled dataset', () => {
  let backend: Backend;
  beforeAll(async () => {
    const files = await readDataFiles();
    // The same path the service worker takes: files.json, then each file by name.
    backend = await loadBackend(async (path) => (path === '/data/files.json' ? Object.keys(files).map((k) => `${k}.json`) : files[path.slice(6, -5)]));
  }, 30_000);

  it('"Kamerstuk 19 637, nr. 3435" is the letter "Landenbeleid Syrië"', () => {
    const ref: MentionRef = {
      id: 'a', kind: 'kamerstuk', key: '19637-3435',
      mention: { kind: 'kamerstuk', start: 0, end: 26, text: 'Kamerstuk 19 637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 },
    };
    expect(backend.status(ref)).toBe('known');
    expect(backend.card(ref)).toMatchObject({ title: 'Landenbeleid Syrië' });
  });

  it('"motie Eerdmans" with the context of seed 1 is the motion on a return plan for Syrians, with the cabinet\'s advice', () => {
    const ref: MentionRef = {
      id: 'm', kind: 'motion', key: 'motie:eerdmans',
      mention: { kind: 'motion', start: 0, end: 14, text: 'motie Eerdmans', indieners: ['Eerdmans'], signatories: [{ surname: 'Eerdmans' }], cs: false },
      context: {
        after: ' die opriep om een plan voor te bereiden voor de terugkeer van Syriërs zodra dit veilig kan (Kamerstuk 32317, nr. 919)?',
        adjacentRefs: [{ dossier: 32317, toevoeging: null, ondernummer: 919 }],
        footnoteRefs: [], pageRefs: [{ dossier: 19637, toevoeging: null, ondernummer: 3435 }], pageDate: null, nearbyDate: null,
      },
    };
    expect(backend.status(ref)).toBe('known');
    const card = backend.card(ref) as CardModel;
    expect(card.title).toMatch(/Eerdmans.*terugkeer van Syriërs/);
    expect(card.facts.find((f) => f.label === 'Kabinetsappreciatie')?.value).toBeTruthy();
  });

  it('a reference the dataset does not hold is unknown, with no invented record', () => {
    const ref: MentionRef = {
      id: 'x', kind: 'kamerstuk', key: '99999-1',
      mention: { kind: 'kamerstuk', start: 0, end: 1, text: '99999, nr. 1', dossier: 99999, toevoeging: null, ondernummer: 1 },
    };
    expect(backend.status(ref)).toBe('unknown');
    const card = backend.card(ref) as CardModel;
    expect(card.variant).toBe('unknown');
    expect(card.lead).toBe('Niet in de gebundelde gegevens.');
    expect(card.facts).toEqual([]);
  });
});
