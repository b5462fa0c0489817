/** Resolution of every motion mention in a whole text, with the context that text gives. */
import type { Mention, MotionMention, ResolvedMotion } from '../detect/types';
import { buildMotionContext } from './context';
import { resolveMotion, type MotionCorpus, type MotionResolution } from './motion';

export interface ResolvedMention {
  mention: MotionMention;
  resolution: MotionResolution;
}

export function resolveMotionsInText(corpus: MotionCorpus, text: string, mentions: Mention[]): ResolvedMention[] {
  return mentions
    .filter((m): m is MotionMention => m.kind === 'motion')
    .map((mention) => ({ mention, resolution: resolveMotion(corpus, mention, buildMotionContext(text, mentions, mention)) }));
}

/** The compact form the CLI's `detect --json` writes into a motion mention's `resolved` field. */
export function toResolved(r: MotionResolution): ResolvedMotion | null {
  if (r.best) {
    const b = r.best;
    return { dossier: b.dossier, toevoeging: b.toevoeging, ondernummer: b.ondernummer, zaakNummer: b.zaakNummer, documentNummer: b.documentNummer, confidence: r.confidence };
  }
  if (r.reference && r.reference.ondernummer !== null) {
    const ref = r.reference;
    return { dossier: ref.dossier, toevoeging: ref.toevoeging, ondernummer: ref.ondernummer!, zaakNummer: null, documentNummer: null, confidence: r.confidence };
  }
  return null;
}
