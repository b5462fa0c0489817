import { loadDataset } from '../../lib/data/load-node';
import { detect } from '../../lib/detect/index';
import type { MotionMention } from '../../lib/detect/types';
import { buildMotionContext } from '../../lib/resolve/context';
import { resolveMotion } from '../../lib/resolve/motion';

/** The first motion named in a real text, resolved against the bundled dataset as the extension would. */
export async function resolveIn(text: string) {
  const ds = await loadDataset();
  const mentions = detect(text);
  const mention = mentions.find((m): m is MotionMention => m.kind === 'motion')!;
  return resolveMotion(ds, mention, buildMotionContext(text, mentions, mention));
}
