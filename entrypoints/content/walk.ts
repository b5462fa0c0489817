/**
 * Walks a subtree and yields its blocks: runs of text nodes (and <br>) that share the nearest block
 * ancestor, in document order. Iterative (a TreeWalker, no recursion), so nesting 2,000 deep is fine,
 * and a generator, so the caller can stop between blocks and yield to the page.
 */
import { mayHoldMention } from '../../lib/detect/index';
import type { Piece } from './block-text';

export const MENTION_TAG = 'KW-MENTION';
export const UI_HOST_TAG = 'KAMERWIJZER-UI';

/** Never read or change text inside these. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON',
  'PRE', 'CODE', 'KBD', 'SAMP', 'VAR', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SVG', 'MATH', 'AUDIO', 'VIDEO', 'HEAD', 'TITLE', UI_HOST_TAG,
]);

const BLOCKS = new Set([
  'HTML', 'BODY', 'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TD', 'TH', 'TR', 'TABLE', 'THEAD',
  'TBODY', 'TFOOT', 'CAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE',
  'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'DETAILS', 'SUMMARY',
  'FORM', 'FIELDSET', 'LEGEND', 'HR', 'CENTER', 'DIALOG', 'MENU',
]);

export interface Block {
  /** The nearest block element of the run's pieces. */
  element: Element;
  pieces: Piece<Text>[];
  /** A part of a huge block: its tail is read again with the next part (see markBlock). */
  partial?: boolean;
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Elements whose subtree is never read (and never changed). */
export function isSkipped(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase()) || isEditable(el) || el.hasAttribute('data-kw-ignore');
}

export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName.toUpperCase());
}

/** Whether a node sits in a subtree the extension must not touch (checks ancestors, iteratively). */
export function insideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** Nearest block ancestor (or the element itself), memoised so deep inline nesting stays linear. */
export class BlockFinder {
  private memo = new WeakMap<Element, Element>();

  blockOf(start: Element): Element {
    const path: Element[] = [];
    let el: Element | null = start;
    let found: Element | null = null;
    while (el) {
      const known = this.memo.get(el);
      if (known) {
        found = known;
        break;
      }
      if (isBlock(el)) {
        found = el;
        break;
      }
      path.push(el);
      el = el.parentElement;
    }
    const block = found ?? path[path.length - 1] ?? start;
    for (const p of path) this.memo.set(p, block);
    return block;
  }
}

/** Yields each block in `root`; yields null every `tick` nodes so the caller can check its time budget. */
export function* walkBlocks(
  root: Node,
  finder = new BlockFinder(),
  tick = 256,
  options: {
    /** Read only root's own runs: nested blocks are stepped over (each ends a run, as in a full walk). */
    shallow?: boolean;
    /** The caller knows root is not inside a skipped subtree. */
    rootChecked?: boolean;
  } = {},
): Generator<Block | null, void, number | undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const shallow = options.shallow ?? false;
  if (root.nodeType === 1 && !options.rootChecked && insideSkipped(root)) return;
  if (root.nodeType === 3 && root.parentElement && insideSkipped(root.parentElement)) return;
  // No filter callback: calling into script for every node costs more than the walk itself.
  // Skipped subtrees are stepped over by hand.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let runBreak = false;
  /** The next text node or <br> at or after `from` (document order), outside skipped subtrees. */
  const advance = (from: Node | null): Node | null => {
    let node = from;
    while (node) {
      if (node.nodeType === 3) return node;
      if (node.nodeType !== 1) {
        node = walker.nextNode(); // a comment or the like after a skipped subtree
        continue;
      }
      const el = node as Element;
      if (el.tagName.toUpperCase() === 'BR') return node;
      const nestedBlock = shallow && el !== root && isBlock(el);
      if (nestedBlock) runBreak = true;
      if (el !== root && (nestedBlock || isSkipped(el))) {
        // Past the subtree: the next sibling of the nearest ancestor (inside root) that has one.
        let up: Node | null = el;
        while (up && up !== root && !up.nextSibling) up = up.parentNode;
        if (!up || up === root) return null;
        walker.currentNode = up.nextSibling!;
        node = up.nextSibling;
        continue;
      }
      node = walker.nextNode();
    }
    return null;
  };
  let current: Block | null = null;
  let chars = 0;
  let seen = 0;
  const startNode = root.nodeType === 3 ? root : advance(walker.nextNode());
  for (let node: Node | null = startNode; node; node = root.nodeType === 3 ? null : advance(walker.nextNode())) {
    if (runBreak) {
      runBreak = false;
      if (current && hasText(current)) yield current;
      current = null;
      chars = 0;
    }
    const parent = node.parentElement;
    if (!parent) continue;
    const block = finder.blockOf(parent);
    if (current && current.element === block && (current.pieces.length >= MAX_PIECES || chars >= MAX_CHARS)) {
      // A huge block (a page that is one div of 100,000 spans) is read in overlapping parts so no
      // slice runs long: each part leaves its last characters (and any mention across them) to the next.
      current.partial = true;
      // The consumer says where the next part starts (pieces it left untouched); by default the tail.
      const resume = hasText(current) ? yield current : undefined;
      const from = typeof resume === 'number' ? resume : tailStart(current.pieces);
      const tail: Block['pieces'] = current.pieces.slice(from);
      current = { element: block, pieces: tail };
      chars = tail.reduce((n, p) => n + p.text.length, 0);
    } else if (!current || current.element !== block) {
      if (current && hasText(current)) yield current;
      current = { element: block, pieces: [] };
      chars = 0;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const sup = parent.tagName === 'SUP' && /^\s*\d{1,3}\s*$/.test(data);
      current.pieces.push(sup ? { ref: node as Text, text: data, sup } : { ref: node as Text, text: data });
      chars += data.length;
    }
    else current.pieces.push({ ref: null, text: '\n' });
    if (++seen % tick === 0) yield null;
  }
  if (current && hasText(current)) yield current;
}

/** Whether `el` or an ancestor below `root` is skipped; memoised per element. */
function skippedBelow(el: Element, root: Node, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let result = false;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(e);
    if (isSkipped(e)) {
      result = true;
      break;
    }
  }
  for (const e of path) memo.set(e, result);
  return result;
}

/**
 * The runs of `root` that may hold a mention, or hold a mark already: a plain TreeWalker over the
 * text nodes tests each with mayHoldMention() (most of a page fails it), and only the blocks of the ones
 * that pass are read in full, each without its nested blocks (those come on their own when they
 * pass). Same runs as walkBlocks(root) gives, minus those that cannot hold anything.
 *
 * The blocks found are handed out after every `tick` text nodes, not after the whole walk. Each text
 * node the walk touches gets a script object in the content script's world, which V8's young-generation
 * collector must clear one by one (a 5 MB page has 120,000 text nodes: pauses of 25-45 ms, the page's
 * longest tasks while it is marked). Read in turns with the detection of the blocks found, the walk
 * made shorter such tasks in the same runs (longest 53-88 ms against 75-123 ms).
 */
export function* candidateBlocks(root: Node, finder = new BlockFinder(), tick = 512): Generator<Block | null, void, number | undefined> {
  if (root.nodeType !== 1 && root.nodeType !== 9) {
    yield* walkBlocks(root, finder, tick);
    return;
  }
  if (root.nodeType === 1 && insideSkipped(root)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const seen = new Set<Element>();
  const memo = new Map<Element, boolean>();
  /** The block of `el`, the first time it is seen and not skipped. */
  const newBlock = (el: Element | null): Element | null => {
    if (!el || skippedBelow(el, root, memo)) return null;
    const block = finder.blockOf(el);
    if (seen.has(block)) return null;
    seen.add(block);
    return block;
  };
  // Marks already there may have to come off (the page changed their text): their blocks are read
  // too, each in its place in the page among the others.
  const marked: Element[] = [];
  for (const m of (root as Element | Document).querySelectorAll('kw-mention')) {
    const block = newBlock(m.parentElement);
    if (block) marked.push(block);
  }
  let nextMarked = 0;
  const read = (block: Element) => walkBlocks(block, finder, tick, { shallow: true, rootChecked: true });
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let found: Element[] = [];
  let n = 0;
  for (let t = walker.nextNode(); ; t = walker.nextNode()) {
    if (t) {
      if (mayHoldMention((t as Text).data)) {
        const block = newBlock(t.parentElement);
        if (block) found.push(block);
      }
      if (++n % tick !== 0) continue;
    }
    // Each block once, without its nested blocks: every run is read exactly once.
    for (const block of found) {
      while (nextMarked < marked.length && marked[nextMarked]!.compareDocumentPosition(block) & 4 /* FOLLOWING */) yield* read(marked[nextMarked++]!);
      yield* read(block);
    }
    found = [];
    if (!t) break;
    yield null;
  }
  while (nextMarked < marked.length) yield* read(marked[nextMarked++]!);
}

const MAX_PIECES = 1000;
const MAX_CHARS = 30_000;

const OVERLAP = 400;

/** Index of the first piece of the last OVERLAP characters (at most 100 pieces back). */
export function tailStart(pieces: Block['pieces']): number {
  let n = 0;
  let i = pieces.length;
  while (i > 0 && n < OVERLAP && pieces.length - i < 100) n += pieces[--i]!.text.length;
  return i;
}

function hasText(block: Block): boolean {
  return block.pieces.some((p) => p.ref !== null && /\S/.test(p.text));
}
