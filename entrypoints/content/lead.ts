/**
 * The start of a page's own text, as the resolver reads a text's lead (its date, whether it is about the
 * Eerste Kamer): the first characters of its main content in document order, blocks on lines of their own.
 * Navigation, sidebars and footers come before the content on many pages and are no part of its lead; a
 * heading above the main content is.
 */
import { walkBlocks } from './walk';

const NOT_LEAD = 'nav, aside, footer';

/** Up to `max` characters of the page's main content (`<main>`, an `<article>`, else the body), after its heading. */
export function pageLead(doc: Document, max = 4000): string {
  const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
  if (!root) return '';
  const lines: string[] = [];
  // A heading above the main element ("<h1>...</h1><main>") is the content's title.
  const heading = doc.querySelector('h1');
  const title = heading && !root.contains(heading) && !heading.closest(NOT_LEAD) ? oneLine(heading.textContent ?? '') : '';
  if (title) lines.push(title);
  let length = title.length;
  // The same walk as marking: runs of text by their block, script, style, form fields and the like left out.
  for (const block of walkBlocks(root)) {
    if (length >= max) break;
    if (!block || block.element.closest(NOT_LEAD)) continue;
    const line = oneLine(block.pieces.map((p) => p.text).join(''));
    if (!line) continue;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n').slice(0, max);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
