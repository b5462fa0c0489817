import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/data/load-node';
import { detect } from '../../lib/detect/index';
import type { MotionMention } from '../../lib/detect/types';
import { buildMotionContext } from '../../lib/resolve/context';
import { resolveMotion } from '../../lib/resolve/motion';

// The head of Kamerstuk 32 813, nr. 1506 as published (officielebekendmakingen.nl, kst-32813-1506).
const KST_32813_1506 = `
Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2024-2025

32 813 Kabinetsaanpak Klimaatbeleid

Nr. 1506 GEWIJZIGDE MOTIE VAN DE LEDEN KRÖGER EN BECKERMAN TER VERVANGING VAN DIE GEDRUKT ONDER NR. 1483

Voorgesteld 1 april 2025

De Kamer,

gehoord de beraadslaging,

overwegende dat zonnestroom een belangrijk aandeel van onze schone energie van eigen bodem betreft;
`;

describe("a motion's own Kamerstuk", () => {
  it('resolves its title to itself, not to the later, nader gewijzigde version of the same motion', async () => {
    const ds = await loadDataset();
    const mentions = detect(KST_32813_1506);
    const mention = mentions.find((m): m is MotionMention => m.kind === 'motion')!;
    expect(mention.text).toBe('MOTIE VAN DE LEDEN KRÖGER EN BECKERMAN');
    const r = resolveMotion(ds, mention, buildMotionContext(KST_32813_1506, mentions, mention));
    expect(r.best?.key).toBe('32813-1506');
  });
});

describe("a motion's own Kamerstuk that the dataset does not hold", () => {
  it('reads its reference from the head: the dossier line and the number before the title', async () => {
    const ds = await loadDataset();
    // Kamerstuk 35 570 XIX, nr. 14 (2020): older than the bundled motions.
    const text = `Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2020–2021

35 570 XIX Vaststelling van de begrotingsstaten van het Nationaal Groeifonds (XIX) voor het jaar 2021

Nr. 14 MOTIE VAN HET LID STOFFER

Voorgesteld tijdens het notaoverleg van 16 november 2020
`;
    const mentions = detect(text);
    const mention = mentions.find((m): m is MotionMention => m.kind === 'motion')!;
    const r = resolveMotion(ds, mention, buildMotionContext(text, mentions, mention));
    expect(r.status).toBe('not-in-dataset');
    expect(r.reference).toMatchObject({ dossier: 35570, toevoeging: 'XIX', ondernummer: 14 });
  });

  it('also when the dossier, its title, the number and the title each stand on lines of their own', async () => {
    const ds = await loadDataset();
    const text = `Vergaderjaar 2022–2023

36 200 IX

Vaststelling van de begrotingsstaat van het
Ministerie van Financiën (IXB) voor het jaar 2023

Nr. 25

MOTIE VAN HET LID INGE VAN DIJK C.S.
Voorgesteld 23 februari 2023
`;
    const mentions = detect(text);
    const mention = mentions.find((m): m is MotionMention => m.kind === 'motion')!;
    const r = resolveMotion(ds, mention, buildMotionContext(text, mentions, mention));
    expect(r.reference).toMatchObject({ dossier: 36200, toevoeging: 'IX', ondernummer: 25 });
  });

  it('finds a motion the Kamer titles by the name its member goes by ("Tony van Dijck" is A.P.C. van Dijck)', async () => {
    const ds = await loadDataset();
    const text = `36 800 IX Vaststelling van de begrotingsstaat van het Ministerie van Financiën (IXB) voor het jaar 2026

Nr. 6 MOTIE VAN HET LID TONY VAN DIJCK
`;
    const mentions = detect(text);
    const mention = mentions.find((m): m is MotionMention => m.kind === 'motion')!;
    const r = resolveMotion(ds, mention, buildMotionContext(text, mentions, mention));
    expect(r.best?.key).toBe('36800-IX-6');
  });
});

describe("a motion's page whose title line names the motion before its head", () => {
  it('takes the number the head gives, not a guess among the member\'s other motions (tweedekamer.nl, 2026)', async () => {
    const ds = await loadDataset();
    const text = `Motie : Motie van het lid Dassen over opties waarbij de voorgenomen belastingverhoging op arbeid verminderd kan worden via het afschaffen of versoberen van ondoelmatige en ondoeltreffende fiscale regelingen
36 848 Kabinetsformatie 2025
Nr. 101
MOTIE VAN HET LID DASSEN
Voorgesteld 26 februari 2026
De Kamer,
gehoord de beraadslaging,
`;
    const mentions = detect(text);
    const [title, own] = mentions.filter((m): m is MotionMention => m.kind === 'motion');
    for (const m of [own!, title!]) {
      const r = resolveMotion(ds, m, buildMotionContext(text, mentions, m));
      expect(r.status).toBe('not-in-dataset');
      expect(r.reference).toMatchObject({ dossier: 36848, toevoeging: null, ondernummer: 101 });
    }
  });
});

describe("an amended motion's own number without a dossier line above it", () => {
  it('is in the dossier of the motion it replaces, as the page cites it (openkamer.org, 2021)', async () => {
    const ds = await loadDataset();
    const text = `Stemming

Gewijzigde motie van het lid Simons c.s. over het verhogen van het minimumloon naar €14 per uur (t.v.v. 35925-XV-72)

Voor: SP, PvdA, GroenLinks, PvdD, DENK, BIJ1, Volt


Nr. 81 GEWIJZIGDE MOTIE VAN HET LID SIMONS C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 72

Voorgesteld 7 december 2021
`;
    const mentions = detect(text);
    const motions = mentions.filter((m): m is MotionMention => m.kind === 'motion');
    expect(motions).toHaveLength(2);
    for (const m of motions) {
      const r = resolveMotion(ds, m, buildMotionContext(text, mentions, m));
      expect(r.reference ?? r.best).toMatchObject({ dossier: 35925, toevoeging: 'XV', ondernummer: 81 });
    }
  });
});

describe("an amended motion the data lacks, with neither its own number nor a version replacing the one it names", () => {
  it('stands for the motion it replaces, as its title line and its head say (berthub.eu tkconv, December 2025)', async () => {
    const ds = await loadDataset();
    const text = `Gewijzigde motie van het lid Grinwis c.s. over tot het aantreden van het nieuwe kabinet doorgaan met het zevende actieprogramma Nitraatrichtlijn (t.v.v. 33037-631)

Mestbeleid

Motie (gewijzigd/nader)

Nummer: 2025D53264, datum: 2025-12-18, bijgewerkt: 2025-12-18 16:06, versie: 1

TWEEDE KAMER DER STATEN-GENERAAL 2
Vergaderjaar 2025-2026
33 037 Mestbeleid
Nr.

GEWIJZIGDE MOTIE VAN HET LID GRINWIS C.S.

Ter vervanging van die gedrukt onder nr. 631

Voorgesteld
De Kamer,
`;
    const mentions = detect(text);
    const motions = mentions.filter((m): m is MotionMention => m.kind === 'motion');
    expect(motions).toHaveLength(2);
    for (const m of motions) {
      const r = resolveMotion(ds, m, buildMotionContext(text, mentions, m));
      expect(r.status).toBe('not-in-dataset');
      expect(r.reference).toMatchObject({ dossier: 33037, toevoeging: null, ondernummer: 631 });
      expect(r.message).toContain('gewijzigde motie vervangt Kamerstuk 33037-631');
    }
  });

  it('is the version in the data whose record lacks the link, not the motion it replaced', async () => {
    const ds = await loadDataset();
    // 36600-VIII-49's record names no motion it replaces; its title says 21.
    const text = 'Gewijzigde motie van het lid Mohandis over voor het lopende jaar een oplossing bieden voor Opera Zuid (t.v.v. 36600-VIII-21)\n';
    const mentions = detect(text);
    const m = mentions.find((x): x is MotionMention => x.kind === 'motion')!;
    expect(resolveMotion(ds, m, buildMotionContext(text, mentions, m)).best?.key).toBe('36600-VIII-49');
  });
});
