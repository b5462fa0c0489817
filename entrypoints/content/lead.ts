/**
 * The start of a page's own text, as the resolver reads a text's lead (its date, whether it is about the
 * Eerste Kamer): the first characters of its main content in document order, blocks on lines of their own.
 * Navigation, sidebars and footers come before the content on many pages and are no part of its lead; a
 * heading above the main content is.
 */
import { BlockFinder, isSkipped } from './walk';

const NOT_LEAD = new Set(['NAV', 'ASIDE', 'FOOTER']);

/** Up to `max` characters of the page's main content (`<main>`, an `<article>`, else the body), after its heading. */
export function pageLead(doc: Document, max = 4000): string {
  const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
  if (!root) return '';
  // A heading above the main element ("<h1>...</h1><main>") is the content's title.
  const heading = doc.querySelector('h1');
  const title = heading && !root.contains(heading) && !heading.closest('nav, aside, footer') ? (heading.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  const finder = new BlockFinder();
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let out = title;
  let block: Element | null = null;
  let node: Node | null = walker.nextNode();
  while (node && out.length < max) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkipped(el) || NOT_LEAD.has(el.tagName.toUpperCase())) {
        node = walker.nextSibling() ?? nextOutside(walker, root);
        continue;
      }
    } else if (node.nodeType === 3) {
      const text = (node as Text).data;
      const parent = node.parentElement;
      const own = parent ? finder.blockOf(parent) : null;
      if (/\S/.test(text)) {
        const collapsed = text.replace(/\s+/g, ' ');
        if (own === block) out += collapsed;
        else out = `${out.trimEnd()}${out.length > 0 ? '\n' : ''}${collapsed.trimStart()}`;
        block = own;
      }
    }
    node = walker.nextNode();
  }
  return out.slice(0, max);
}

/** The node after the walker's current subtree (its nearest ancestor's next sibling, inside root). */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let up: Node | null = walker.currentNode; up && up !== root; up = up.parentNode) {
    if (up.nextSibling) {
      walker.currentNode = up.nextSibling;
      return up.nextSibling;
    }
  }
  return null;
}
