import { detect } from '../../lib/detect';
import type { Mention } from '../../lib/detect/types';

/** The mentions of one kind, with only the fields a test compares. */
export function found<K extends Mention['kind']>(text: string, kind: K): Extract<Mention, { kind: K }>[] {
  return detect(text).filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);
}

export function kinds(text: string): string[] {
  return detect(text).map((m) => `${m.kind}:${m.text}`);
}
