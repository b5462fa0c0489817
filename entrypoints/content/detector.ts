/// <reference types="vite/client" />
/**
 * The detector the content script uses: lib/detect's detect(text). Picked up at build time with a
 * glob so the content script builds (and marks nothing) while lib/detect/index.ts does not exist yet.
 */
import type { Mention } from '../../lib/detect/types';

type DetectModule = { detect?: (text: string) => Mention[] };

const modules = import.meta.glob<DetectModule>('../../lib/detect/index.ts', { eager: true });
const found = Object.values(modules)[0]?.detect;

/** Whether the real detector is in this build. */
export const detectorAvailable = typeof found === 'function';

export function detect(text: string): Mention[] {
  return found ? found(text) : [];
}
