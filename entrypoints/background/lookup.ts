/** Looks a marked mention up in the dataset: whether the record is known (the card itself is lib/cards'). */
import type { Dataset } from '../../lib/data/dataset';
import type { MotionMention } from '../../lib/detect/types';
import type { MentionRef, MentionStatus } from '../../lib/messages';
import { EMPTY_CONTEXT, type MotionContext } from '../../lib/resolve/context';
import { resolveMotion, type MotionResolution } from '../../lib/resolve/motion';

export function resolveRef(dataset: Dataset, ref: MentionRef): MotionResolution | null {
  if (ref.mention.kind !== 'motion') return null;
  const ctx: MotionContext = ref.context ?? EMPTY_CONTEXT;
  return resolveMotion(dataset, ref.mention as MotionMention, ctx);
}

function recordOf(dataset: Dataset, ref: MentionRef) {
  const m = ref.mention;
  switch (m.kind) {
    case 'kamerstuk':
      if (m.ondernummer === null) return { dossier: dataset.dossier(m.dossier, m.toevoeging) };
      return { document: dataset.document(ref.key), motion: dataset.motion(ref.key) };
    case 'document':
      return { document: dataset.document(m.documentNummer), motion: dataset.motion(m.documentNummer) };
    case 'zaak':
      return { motion: dataset.motion(m.zaakNummer) };
    case 'motion': {
      const r = resolveRef(dataset, ref);
      return { motion: r?.status === 'resolved' && r.best ? dataset.motion(r.best.key) : undefined };
    }
    case 'amount':
      return { amounts: dataset.amountsByValue(m.value) };
    case 'handelingen':
      return {};
  }
}

export function statusOf(dataset: Dataset, ref: MentionRef): MentionStatus {
  const r = recordOf(dataset, ref);
  const known = !!(r.document || r.motion || r.dossier || (r.amounts && r.amounts.length > 0));
  return known ? 'known' : 'unknown';
}
