/**
 * Strings in code-unit order: for the keys, ids and ISO dates sorted here the same order as
 * localeCompare, without it. The first localeCompare in a process sets up a collator (~7-10 ms in
 * node, paid again by every cold start of the service worker).
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
