/**
 * Marks a document in time slices, then keeps it marked: one MutationObserver collects the subtrees
 * the page changed (never the extension's own writes: it disconnects while writing) and rescans only
 * those, debounced. Single-page navigation (pushState, replaceState, popstate) rescans the body.
 */
import type { Mention } from '../../lib/detect/types';
import { applyPlan, needsWrite, planBlock, type BlockPlan, type MarkedMention, type MarkOptions } from './mark';
import { BlockFinder, candidateBlocks, insideSkipped, isBlock, MENTION_TAG, UI_HOST_TAG } from './walk';

export interface ScannerOptions {
  detect(text: string): Mention[];
  accept(m: Mention): boolean;
  /** Called after each slice with what it marked. */
  onMarked(marked: MarkedMention[]): void;
  /** Called with the ids of marks taken off (their text changed, or their kind was switched off). */
  onRemoved?(ids: string[]): void;
  /** Time budget of one slice, ms. */
  sliceMs?: number;
  debounceMs?: number;
  /** Called when a full pass over the queued roots ends (tests, the page marker attribute). */
  onIdle?(): void;
}

type Yield = () => Promise<void>;

const yieldToPage: Yield = () => {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
};

/**
 * Marks made in one write batch at most. After a batch the browser lays the page out again, at a cost
 * that grows with the batch but is mostly fixed by the page's size; a long page's marks go in over
 * several frames so no single frame takes all of it (5 MB page: one frame of ~130 ms became frames of
 * 60-80 ms; batches of 100 or fewer gave no shorter frames and more of them). A page with fewer marks
 * gets them in one go.
 */
const MARKS_PER_BATCH = 200;

/**
 * After the page's next frame: each batch of marks gets a frame of its own. A tab hidden while this
 * waits draws no frames, so a timer goes on without one.
 */
const afterNextFrame = (y: Yield): Promise<void> => {
  if (typeof requestAnimationFrame === 'undefined') return y();
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void y().then(resolve);
    };
    const timer = setTimeout(go, 100);
    requestAnimationFrame(go);
  });
};

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function isOwn(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName.toUpperCase();
  return tag === MENTION_TAG || tag === UI_HOST_TAG || tag === 'KW-TEXT';
}

/**
 * Stops a fight with a page that undoes the marks whenever its DOM changes (and so triggers a
 * rescan, which marks again, which triggers the page...): at most `limit` rescans of the same
 * place per `windowMs`.
 */
export class RescanGuard {
  private seen = new WeakMap<object, number[]>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 5000,
  ) {}

  allow(key: object, at: number): boolean {
    const times = (this.seen.get(key) ?? []).filter((t) => at - t < this.windowMs);
    if (times.length >= this.limit) {
      this.seen.set(key, times);
      return false;
    }
    times.push(at);
    this.seen.set(key, times);
    return true;
  }
}

/** How long marks found on a long page may wait before they go in (see run()). */
const APPLY_EVERY_MS = 400;

/** A page that undoes marks within this time of their making is reacting to them. */
const FIGHT_MS = 60;

export class Scanner {
  private queue: Node[] = [];
  private running = false;
  private gate: Promise<boolean> | null = null;
  private gateOpen = true;
  private stopped = false;
  private observer: MutationObserver | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private pendingRoots = new Set<Node>();
  private finder = new BlockFinder();
  private counter = 0;
  private readonly sliceMs: number;
  private readonly debounceMs: number;
  private restoreHistory: (() => void) | null = null;
  private guard = new RescanGuard();
  /** The last mark made under each parent of a block (to tell a page re-rendering them). */
  private lastMark = new WeakMap<Node, { el: HTMLElement; at: number }>();
  /** When the first change of the pending batch was seen. */
  private firstChangeAt = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: ScannerOptions,
    private readonly yieldFn: Yield = yieldToPage,
  ) {
    // 10 ms, not more: a young-generation collection of 25-45 ms clearing the walk's script objects
    // comes inside one of the slices on a long page, and the two together make the page's longest task.
    this.sliceMs = options.sliceMs ?? 10;
    this.debounceMs = options.debounceMs ?? 120;
  }

  /**
   * Marks the whole body, then watches for changes. With a `gate` it starts reading at once but
   * writes nothing until the gate says yes (the settings arrive); a no stops it.
   */
  start(gate?: Promise<boolean>): void {
    this.stopped = false;
    this.gate = gate ?? null;
    this.gateOpen = !gate;
    gate?.then(
      (ok) => {
        if (this.gate !== gate) return;
        this.gateOpen = ok;
        if (!ok) this.stop();
      },
      () => {},
    );
    this.enqueue(this.doc.body ?? this.doc.documentElement);
    this.observe();
    this.followNavigation();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = null;
    this.queue = [];
    this.pendingRoots.clear();
    this.restoreHistory?.();
    this.restoreHistory = null;
  }

  /** Resolves when nothing is queued or running (tests). */
  async settled(): Promise<void> {
    while (this.running || this.queue.length > 0 || this.pendingRoots.size > 0 || this.debounce) {
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  enqueue(root: Node): void {
    this.queue.push(root);
    if (!this.running) void this.run();
  }

  private nextId = (): string => `kw${(++this.counter).toString(36)}`;

  private async run(): Promise<void> {
    this.running = true;
    const markOptions = { detect: this.options.detect, accept: this.options.accept, nextId: this.nextId };
    try {
      // Not in the task that queued the work (the content script's own start-up, a page's mutation).
      await this.yieldFn();
      while (this.queue.length > 0 && !this.stopped) {
        const root = this.queue.shift()!;
        if (!root.isConnected) continue;
        const blocks = candidateBlocks(root, this.finder);
        let sliceStart = now();
        // Reading and detecting come first, the writes after, in one go: every batch of writes
        // makes the browser lay the page out again before the next slice, so the fewer batches
        // the better. On a long page the marks read so far go in every APPLY_EVERY_MS.
        let plans: BlockPlan[] = [];
        let firstPlanAt = 0;
        let resume: number | undefined;
        let steps = 0;
        for (let step = blocks.next(); !step.done; step = blocks.next(resume)) {
          resume = undefined;
          if (step.value) {
            const plan = planBlock(step.value, markOptions, this.counter > 0);
            resume = plan?.rereadFrom;
            if (plan && needsWrite(plan)) {
              if (plans.length === 0) firstPlanAt = now();
              plans.push(plan);
            }
          }
          // The clock is read every few blocks: reading it is not free either.
          if ((++steps & 7) === 0 && now() - sliceStart > this.sliceMs) {
            if (plans.length > 0 && now() - firstPlanAt > APPLY_EVERY_MS && this.gateOpen) {
              await this.yieldFn();
              if (this.stopped) return;
              plans = this.apply(plans, markOptions);
              if (plans.length > 0) firstPlanAt = now();
            }
            await this.yieldFn();
            if (this.stopped) return;
            sliceStart = now();
          }
        }
        if (!(await this.passGate())) return;
        let batches = 0;
        while (plans.length > 0) {
          if (batches++ > 0) {
            // A hidden tab draws no frames (and throttles timers): nothing to spread, nothing to wait for.
            await (this.hidden() ? this.yieldFn() : afterNextFrame(this.yieldFn));
            if (this.stopped) return;
          }
          sliceStart = now();
          plans = this.apply(plans, markOptions);
        }
      }
    } finally {
      this.running = false;
    }
    if (!this.stopped) this.options.onIdle?.();
  }

  private hidden(): boolean {
    return this.doc.visibilityState === 'hidden';
  }

  /** Waits for the gate (if any); false when it said no (and the scanner stopped). */
  private async passGate(): Promise<boolean> {
    if (!this.gate) return !this.stopped;
    const ok = await this.gate.catch(() => false);
    this.gate = null;
    if (!ok) this.stop();
    return ok && !this.stopped;
  }

  /**
   * Makes the writes of the plans, in page order, for at most one slice and MARKS_PER_BATCH marks;
   * returns the plans left.
   */
  private apply(plans: BlockPlan[], markOptions: MarkOptions): BlockPlan[] {
    if (plans.length === 0) return plans;
    let marked: MarkedMention[] = [];
    const start = now();
    let done = 0;
    let marks = 0;
    this.write(() => {
      for (const plan of plans) {
        if (done > 0 && ((marks >= MARKS_PER_BATCH && !this.hidden()) || ((done & 7) === 0 && now() - start > this.sliceMs))) break;
        done++;
        marks += plan.detected.length;
        const result = applyPlan(plan, markOptions);
        if (result.marked.length > 0) {
          marked = marked.concat(result.marked);
          const block = plan.block;
          this.lastMark.set(block.element.parentNode ?? block.element, { el: result.marked[0]!.elements[0]!, at: now() });
        }
        if (result.removed.length > 0) this.options.onRemoved?.(result.removed);
      }
    });
    this.flush(marked);
    return plans.slice(done);
  }

  private flush(marked: MarkedMention[]): void {
    if (marked.length > 0) this.options.onMarked(marked);
  }

  /** Runs a DOM write of the extension without the observer seeing it (page changes before it are kept). */
  write(fn: () => void): void {
    if (!this.observer) {
      fn();
      return;
    }
    this.collect(this.observer.takeRecords());
    this.observer.disconnect();
    try {
      fn();
    } finally {
      this.observeNow();
    }
  }

  private observe(): void {
    if (typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observeNow();
  }

  private observeNow(): void {
    this.observer?.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private collect(records: MutationRecord[]): void {
    if (this.pendingRoots.size === 0 && records.length > 0) this.firstChangeAt = now();
    for (const rec of records) {
      if (rec.type === 'characterData') {
        this.addRoot(rec.target);
      } else {
        rec.addedNodes.forEach((n) => {
          if (!isOwn(n)) this.addRoot(n);
        });
      }
    }
    if (this.pendingRoots.size > 0 && !this.debounce) {
      this.debounce = setTimeout(() => this.drain(), this.debounceMs);
    }
  }

  private addRoot(node: Node): void {
    if (node.nodeType !== 1 && node.nodeType !== 3) return;
    // A text change can complete a mention that spans inline elements: rescan its whole block.
    const el = node.nodeType === 1 && isBlock(node as Element) ? (node as Element) : node.parentElement;
    if (!el) return;
    const block = isBlock(el) ? el : this.finder.blockOf(el);
    this.pendingRoots.add(block);
  }

  private drain(): void {
    this.debounce = null;
    const roots = [...this.pendingRoots].filter((n) => n.isConnected && !insideSkipped(n));
    this.pendingRoots.clear();
    // Drop roots inside other roots (the outer scan covers them).
    const set = new Set(roots);
    for (const root of roots) {
      let within = false;
      for (let p = root.parentNode; p; p = p.parentNode) {
        if (set.has(p)) {
          within = true;
          break;
        }
      }
      if (within) continue;
      // A fight: the page threw away the marks made here right after they were made (a re-render
      // replaces the block element itself, so the place is its parent). Only such rescans count
      // against the guard; a page re-rendering on its own schedule is followed.
      const place = root.parentNode ?? root;
      const previous = this.lastMark.get(place);
      const fight = !!previous && !previous.el.isConnected && this.firstChangeAt - previous.at < FIGHT_MS;
      if (fight && !this.guard.allow(place, now())) continue;
      this.enqueue(root);
    }
  }

  private followNavigation(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const rescan = () => {
      if (this.debounce) clearTimeout(this.debounce);
      this.pendingRoots.add(this.doc.body ?? this.doc.documentElement);
      this.debounce = setTimeout(() => this.drain(), this.debounceMs);
    };
    // Content scripts live in an isolated world: the page's history.pushState calls are not seen
    // here; the entry point follows them with WXT's wxt:locationchange. popstate covers back/forward.
    win.addEventListener('popstate', rescan);
    this.restoreHistory = () => win.removeEventListener('popstate', rescan);
  }
}
