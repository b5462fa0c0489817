/**
 * The page's text around a motion's block, for the resolver's `nearbyText`: the paragraphs before and after the one the
 * motion is in, read text node by text node so a huge neighbour costs no more than the characters taken from it.
 */
import { isBlock, isSkipped } from './walk';

export interface Around {
  before: string;
  after: string;
}

/** The block `el` is in: itself or its nearest block ancestor. */
function blockAround(el: Element): Element {
  for (let e: Element | null = el; e; e = e.parentElement) if (isBlock(e)) return e;
  return el;
}

/** Text a reader sees: not a script's, nor the spaces between tags. */
const counts = (n: Text) => (!n.parentElement || !isSkipped(n.parentElement)) && /\S/.test(n.data);

/** Up to `chars` characters of text before and after the block `el` is in (blocks apart by a line break). */
export function textAround(el: Element, chars: number): Around {
  const block = blockAround(el);
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  const before: string[] = [];
  let taken = 0;
  walker.currentNode = block;
  for (let n = walker.previousNode() as Text | null; n && taken < chars; n = walker.previousNode() as Text | null) {
    if (!counts(n)) continue;
    before.push(n.data);
    taken += n.data.length;
  }
  const after: string[] = [];
  taken = 0;
  // From the block's last text node on: the nodes after it are outside it.
  walker.currentNode = block;
  walker.lastChild();
  for (let n = walker.nextNode() as Text | null; n && taken < chars; n = walker.nextNode() as Text | null) {
    if (block.contains(n) || !counts(n)) continue;
    after.push(n.data);
    taken += n.data.length;
  }
  const join = (parts: string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();
  return { before: join(before.reverse()).slice(-chars), after: join(after).slice(0, chars) };
}
