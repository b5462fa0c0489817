/**
 * Wraps detected mentions of one block in <kw-mention> elements, in pieces where a mention spans
 * several text nodes. Only splits text nodes and wraps the middle part: the text stays the same.
 */
import type { Mention } from '../../lib/detect/types';
import { assembleBlock, type BlockText } from './block-text';
import { ariaLabel, mentionKey } from './keys';
import { mayHoldMention } from '../../lib/detect/index';
import { tailStart, type Block } from './walk';

export interface MarkedMention {
  id: string;
  key: string;
  mention: Mention;
  /** The pieces, in page order; the first is the focusable one. */
  elements: HTMLElement[];
  /** For motions: the block's text around the mention (the resolver's context), and where it starts in the block. */
  blockText?: string;
  blockTextStart?: number;
}

/** Mentions sorted by start, overlapping ones dropped (the first/longest wins). */
export function nonOverlapping(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start >= lastEnd && m.end > m.start) {
      out.push(m);
      lastEnd = m.end;
    }
  }
  return out;
}

/** Inline elements whose display is not checked (a span styled as a flex box is left as it is). */
const INLINE = new Set(['SPAN', 'A', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SUP', 'SUB', 'SMALL', 'MARK', 'ABBR', 'CITE', 'Q', 'FONT', 'KW-MENTION', 'KW-TEXT']);

/**
 * In a flex or grid container each run of text is one anonymous item; splitting it would make
 * several items and change the layout. Such parents are found before any write (reading styles
 * between writes would force a style recalculation per mention).
 */
function flexParents(texts: Text[]): Set<Element> {
  const found = new Set<Element>();
  const seen = new Set<Element>();
  for (const t of texts) {
    const parent = t.parentElement;
    if (!parent || seen.has(parent) || INLINE.has(parent.tagName)) continue;
    seen.add(parent);
    const view = t.ownerDocument.defaultView;
    if (view && /flex|grid/.test(view.getComputedStyle(parent).display)) found.add(parent);
  }
  return found;
}

/** There the whole text node first goes into one <kw-text>, which stays one item. */
function keepOneItem(node: Text, flex: Set<Element>): void {
  const parent = node.parentElement;
  if (!parent || !flex.has(parent)) return;
  const box = node.ownerDocument.createElement('kw-text');
  parent.insertBefore(box, node);
  box.appendChild(node);
}

function wrap(node: Text, from: number, to: number, flex: Set<Element>): HTMLElement {
  keepOneItem(node, flex);
  let target = node;
  if (to < target.length) target.splitText(to);
  if (from > 0) target = target.splitText(from);
  const el = node.ownerDocument.createElement('kw-mention');
  target.parentNode!.insertBefore(el, target);
  el.appendChild(target);
  return el;
}

function alreadyMarked(node: Text): boolean {
  return !!node.parentElement?.closest('kw-mention');
}

/** Text around a motion kept for its context: enough for the clause, footnote marker and nearby references. */
export function contextWindow(text: string, m: Mention): { blockText: string; blockTextStart: number } {
  const from = Math.max(0, m.start - CONTEXT_BEFORE);
  return { blockText: text.slice(from, Math.min(text.length, m.end + CONTEXT_AFTER)), blockTextStart: from };
}
const CONTEXT_BEFORE = 600;
const CONTEXT_AFTER = 1500;

export interface MarkOptions {
  detect(text: string): Mention[];
  accept(m: Mention): boolean;
  nextId(): string;
}

export interface MarkResult {
  marked: MarkedMention[];
  /** Ids of marks taken off because their text no longer reads as that mention (or its kind is off). */
  removed: string[];
  /** For a part of a huge block: the first piece left for the next part. */
  rereadFrom?: number;
}

/**
 * Marks already in the block that no detected mention matches any more (the page edited their text,
 * or their kind was switched off) are unwrapped; their text nodes stay as they are.
 */
function unmarkStale(block: Block, assembled: BlockText<Text>, mentions: Mention[]): string[] {
  const spans = new Map<string, { start: number; end: number; key: string; els: HTMLElement[] }>();
  block.pieces.forEach((p, index) => {
    const el = p.ref?.parentElement;
    if (!el || el.tagName !== MENTION_TAG_NAME || !el.dataset.kwId) return;
    const start = assembled.startOf(index);
    const end = assembled.startOf(index + 1);
    const cur = spans.get(el.dataset.kwId);
    if (cur) {
      cur.end = end;
      if (!cur.els.includes(el)) cur.els.push(el);
    } else spans.set(el.dataset.kwId, { start, end, key: el.dataset.kwKey ?? '', els: [el] });
  });
  const removed: string[] = [];
  for (const [id, span] of spans) {
    const still = mentions.some((m) => m.start === span.start && m.end === span.end && mentionKey(m) === span.key);
    if (still) continue;
    // All pieces of the mark, also those outside this block's text.
    const all = [...(block.element.ownerDocument.querySelectorAll<HTMLElement>(`kw-mention[data-kw-id="${CSS.escape(id)}"]`) ?? [])];
    for (const el of all.length > 0 ? all : span.els) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
    }
    removed.push(id);
  }
  return removed;
}

const MENTION_TAG_NAME = 'KW-MENTION';

/** What one block needs, found by reading only; applyPlan() then makes the writes. */
export interface BlockPlan {
  block: Block;
  assembled: BlockText<Text>;
  /** Every mention detected, of every kind: which kinds are marked is decided when the plan is applied. */
  detected: Mention[];
  /** Flex or grid parents of the detected mentions' text (read before any write). */
  flex: Set<Element>;
  /** The block already holds marks (they may have to come off). */
  hasMarks: boolean;
  /** For a part of a huge block: the first piece left for the next part. */
  rereadFrom?: number;
}

/**
 * Reads one block and detects its mentions; null when there is nothing to do or the page changed it
 * since it was read. `marksExist` false (nothing marked anywhere yet) skips looking for old marks.
 */
export function planBlock(block: Block, options: Pick<MarkOptions, 'detect'>, marksExist = true): BlockPlan | null {
  const assembled: BlockText<Text> = assembleBlock(block.pieces);
  // Most blocks hold nothing, and no marks to take off.
  const holds = mayHoldMention(assembled.text);
  const hasMarks = marksExist && holdsMarks(block);
  if (!holds && !hasMarks && !block.partial) return null;
  if (changedSinceRead(block)) return null;
  let detected: Mention[] = [];
  if (holds) {
    try {
      detected = options.detect(assembled.text).filter((m) => m.end > m.start);
    } catch {
      return null; // a detector bug must never break the page
    }
  }
  // A part of a huge block: the tail (moved back past any mention across it) is left untouched
  // for the next part, which reads it again.
  let rereadFrom: number | undefined;
  if (block.partial) {
    rereadFrom = tailStart(block.pieces);
    const across = (i: number) => detected.some((m) => m.start < assembled.startOf(i) && m.end > assembled.startOf(i));
    while (rereadFrom > 0 && across(rereadFrom)) rereadFrom--;
    if (rereadFrom === 0) rereadFrom = undefined; // one mention over the whole part: mark it all
    else {
      const limit = assembled.startOf(rereadFrom);
      detected = detected.filter((m) => m.end <= limit);
    }
  }
  const flex = detected.length > 0 ? flexParents(detected.flatMap((m) => assembled.rangesOf(m.start, m.end).map((r) => r.ref))) : new Set<Element>();
  return { block, assembled, detected, flex, hasMarks, ...(rereadFrom !== undefined ? { rereadFrom } : {}) };
}

/** The page changed the block's text since it was read: the rescan that change triggers reads it again. */
function changedSinceRead(block: Block): boolean {
  return block.pieces.some((p) => p.ref !== null && (!p.ref.isConnected || p.ref.data !== p.text));
}

function holdsMarks(block: Block): boolean {
  return block.pieces.some((p) => p.ref?.parentElement?.tagName === MENTION_TAG_NAME);
}

/** Whether applying the plan may change the page at all. */
export function needsWrite(plan: BlockPlan): boolean {
  return plan.detected.length > 0 || (plan.hasMarks && !plan.block.partial);
}

/** Detects and marks the mentions of one block; returns what it marked and what it took off. */
export function markBlock(block: Block, options: MarkOptions): MarkResult {
  const plan = planBlock(block, options);
  return plan ? applyPlan(plan, options) : { marked: [], removed: [] };
}

function rangesToMark(assembled: BlockText<Text>, mentions: Mention[]) {
  return mentions
    .map((mention) => ({ mention, ranges: assembled.rangesOf(mention.start, mention.end) }))
    .filter(({ ranges }) => ranges.length > 0 && !ranges.some((r) => alreadyMarked(r.ref)));
}

/** Makes a plan's writes: stale marks off, new marks on (the kinds `accept` takes). */
export function applyPlan(plan: BlockPlan, options: MarkOptions): MarkResult {
  const { block, assembled, flex, rereadFrom } = plan;
  if (changedSinceRead(block)) return { marked: [], removed: [] };
  const mentions = nonOverlapping(plan.detected.filter((m) => options.accept(m)));
  const removed = block.partial || !plan.hasMarks ? [] : unmarkStale(block, assembled, mentions);
  // After taking stale marks off, their text can take a new one (the text nodes stayed the same).
  const todo = rangesToMark(assembled, mentions);
  const marked: MarkedMention[] = [];
  for (let i = todo.length - 1; i >= 0; i--) {
    const { mention, ranges } = todo[i]!;
    const id = options.nextId();
    const key = mentionKey(mention);
    const elements: HTMLElement[] = [];
    for (let r = ranges.length - 1; r >= 0; r--) {
      const range = ranges[r]!;
      elements.unshift(wrap(range.ref, range.from, range.to, flex));
    }
    elements.forEach((el, n) => {
      el.dataset.kwId = id;
      el.dataset.kwKind = mention.kind;
      el.dataset.kwKey = key;
      el.dataset.kwStatus = 'pending';
      if (n === 0 && el.closest('a[href]')) {
        // Inside a link the link keeps the focus and its role; focusing it opens the card.
        el.dataset.kwInLink = '';
      } else if (n === 0) {
        el.tabIndex = 0;
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', ariaLabel(mention));
        el.setAttribute('aria-haspopup', 'dialog');
        el.setAttribute('aria-expanded', 'false');
      } else {
        el.dataset.kwPart = String(n + 1);
      }
    });
    marked.unshift({
      id,
      key,
      mention,
      elements,
      ...(mention.kind === 'motion' ? contextWindow(assembled.text, mention) : {}),
    });
  }
  return { marked, removed, ...(rereadFrom !== undefined ? { rereadFrom } : {}) };
}
