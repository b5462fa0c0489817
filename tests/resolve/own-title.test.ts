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
