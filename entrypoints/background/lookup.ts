/** Looks a marked mention up in the dataset: whether the record is known (the card itself is lib/cards'). */
import type { Dataset } from '../../lib/data/dataset';
import { recordedToevoeging } from '../../lib/detect/common';
import type { MotionMention } from '../../lib/detect/types';
import type { MentionRef, MentionStatus } from '../../lib/messages';
import { EMPTY_CONTEXT, type MotionContext } from '../../lib/resolve/context';
import { resolveMotion, type MotionResolution } from '../../lib/resolve/motion';

export function resolveRef(dataset: Dataset, ref: MentionRef): MotionResolution | null {
  if (ref.mention.kind !== 'motion') return null;
  const ctx: MotionContext = ref.context ?? EMPTY_CONTEXT;
  return resolveMotion(dataset, ref.mention as MotionMention, ctx);
}

/** Whether the dataset holds the record a card would show; reads no record (a page's batch of lookups stays cheap). */
export function statusOf(dataset: Dataset, ref: MentionRef, resolution?: MotionResolution | null): MentionStatus {
  const m = ref.mention;
  let known: boolean;
  switch (m.kind) {
    case 'kamerstuk':
      known = m.ondernummer === null ? !!dataset.dossier(m.dossier, recordedToevoeging(m)) : dataset.knows(ref.key);
      break;
    case 'document':
      known = dataset.knows(m.documentNummer);
      break;
    case 'zaak':
      known = dataset.byZaakNummer.has(m.zaakNummer.toUpperCase());
      break;
    case 'motion': {
      const r = resolution ?? resolveRef(dataset, ref);
      known = r?.status === 'resolved' && !!r.best && dataset.motionsByKamerstukKey.has(r.best.key);
      break;
    }
    case 'amount':
      known = dataset.amountsByValue(Math.abs(m.value)).length > 0;
      break;
    case 'handelingen':
      known = false;
      break;
  }
  return known ? 'known' : 'unknown';
}
