/**
 * Wires the page: scanner -> registry of marked mentions -> batched lookups -> statuses on the
 * elements; pointer/focus/keyboard events -> hover intent -> the card layer.
 */
import type { KamerstukMention, Mention, MotionMention } from '../../lib/detect/types';
import {
  CardResponseSchema,
  LookupResponseSchema,
  parseMessage,
  type MentionRef,
  type MentionStatus,
  type PageMention,
} from '../../lib/messages';
import { aboutSenate, NEARBY_CHARS } from '../../lib/resolve/context';
import { textDate } from '../../lib/resolve/dates';
import { HoverIntent } from './hover';
import { LookupBatcher } from './lookups';
import type { MarkedMention } from './mark';
import { pageLead } from './lead';
import { addressRef, distinctDossiers, footnoteNumber, motionContext, type PageFacts } from './motion-context';
import { textAround } from './surroundings';
import { withRow } from './table-row';
import { Scanner } from './scanner';
import type { CardLayer } from '../card-layer/contract';

export type SendMessage = (message: unknown) => Promise<unknown>;

interface Entry extends MarkedMention {
  status: PageMention['status'];
}

const MENTION_SELECTOR = 'kw-mention';

function mentionOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>(MENTION_SELECTOR);
}

/** A card asked for on arrival is used if the dwell ends within this time. */
const PREFETCH_FRESH_MS = 5000;
const PREFETCH_KEEP = 8;

export class PageController {
  readonly registry = new Map<string, Entry>();
  private scanner: Scanner;
  private batcher: LookupBatcher;
  private hover: HoverIntent;
  private footnotes = new Map<string, string>();
  private heldMotions: string[] = [];
  private detach: (() => void)[] = [];
  private layer: CardLayer | null = null;
  /** Card requests made when the pointer arrived on a mention (see cardRequest). */
  private prefetched = new Map<string, { at: number; reply: Promise<unknown> }>();

  constructor(
    private readonly doc: Document,
    private readonly detect: (text: string) => Mention[],
    private accept: (m: Mention) => boolean,
    private readonly send: SendMessage,
    private readonly onIdle: () => void = () => {},
  ) {
    this.scanner = new Scanner(doc, {
      detect: (text) => {
        this.noteBlock(text);
        return detect(text);
      },
      accept: (m) => this.accept(m),
      onMarked: (marked) => this.register(marked),
      onRemoved: (ids) => {
        for (const id of ids) {
          if (this.openId === id) this.hover.clickOutside();
          this.registry.delete(id);
        }
      },
      onIdle: () => {
        // The page is marked now. The held motions go to the lookups in a task of their own, after
        // the browser has drawn the marks (their context reads the whole page).
        this.onIdle();
        setTimeout(() => this.releaseMotions(), 0);
      },
    });
    this.batcher = new LookupBatcher(
      async (mentions) => {
        const res = parseMessage(LookupResponseSchema, await this.send({ type: 'lookup', mentions }), 'lookup');
        return new Map(res.results.map((r) => [r.id, r.status]));
      },
      (statuses) => this.applyStatuses(statuses),
    );
    this.hover = new HoverIntent({
      open: (id, how) => void this.openCard(id, how.focus),
      close: (reason) => this.closeCard(reason === 'escape'),
    });
  }

  attachLayer(layer: CardLayer): void {
    this.layer = layer;
  }

  private makeLayer: (() => Promise<CardLayer>) | null = null;
  private layerMade: Promise<void> | null = null;

  /** How to make the card layer: once, by ensureLayer() after marking or when a card is wanted first. */
  layerFrom(make: () => Promise<CardLayer>): void {
    this.makeLayer = make;
  }

  /** Why the card layer could not be made the last time it was tried. */
  layerError: string | null = null;
  /** Mentions whose tooltip says that (cleared once the layer is made). */
  private toldNoCard: HTMLElement[] = [];

  /**
   * Makes the card layer if it is not there yet. A failure leaves the marks intact; the mention
   * says why in its tooltip, and the next card tries again.
   */
  ensureLayer(): Promise<void> {
    if (this.layer || !this.makeLayer) return Promise.resolve();
    return (this.layerMade ??= this.makeLayer().then(
      (layer) => {
        this.layerError = null;
        const told = this.toldNoCard.splice(0);
        if (told.length) this.scanner.write(() => told.forEach((el) => el.removeAttribute('title')));
        this.attachLayer(layer);
      },
      (e: unknown) => {
        this.layerError = e instanceof Error ? e.message : String(e);
        this.layerMade = null;
      },
    ));
  }

  get cardEvents() {
    return {
      pointerEnter: () => this.hover.pointerEnterCard(),
      pointerLeave: () => this.hover.pointerLeaveCard(),
      escape: () => this.hover.escape(),
    };
  }

  /** Starts marking; with a `gate`, reads at once but writes only once the gate says yes. */
  start(gate?: Promise<boolean>): void {
    this.scanner.start(gate);
    this.listen();
  }

  stop(): void {
    this.scanner.stop();
    this.detach.forEach((d) => d());
    this.detach = [];
    this.hover.clickOutside();
  }

  /** A full rescan (single-page navigation). */
  rescan(): void {
    this.scanner.enqueue(this.doc.body ?? this.doc.documentElement);
  }

  setAccept(accept: (m: Mention) => boolean): void {
    this.accept = accept;
  }

  /** Removes every mark and restores the page's own nodes (site or extension switched off). */
  unmarkAll(): void {
    this.scanner.write(() => {
      for (const el of [...this.doc.querySelectorAll(`${MENTION_SELECTOR}, kw-text`)]) {
        const parent = el.parentNode;
        if (!parent) continue;
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        parent.removeChild(el);
      }
    });
    this.registry.clear();
  }

  /** Every mention on the page, in page order. */
  pageMentions(): PageMention[] {
    const entries = [...this.registry.values()].filter((e) => e.elements[0]?.isConnected);
    // Marks are not made in page order (a container's text can come after its nested blocks').
    entries.sort((a, b) => (a.elements[0]!.compareDocumentPosition(b.elements[0]!) & 4 /* FOLLOWING */ ? -1 : 1));
    return entries.map((e) => ({ id: e.id, kind: e.mention.kind, key: e.key, text: e.mention.text, status: e.status }));
  }

  /** Scrolls a mention into view and opens its card pinned (side panel "toon"). */
  reveal(id: string): boolean {
    const first = this.registry.get(id)?.elements[0];
    if (!first?.isConnected) return false;
    first.scrollIntoView({ block: 'center' });
    this.hover.activateMention(id);
    return true;
  }

  /** Waits until the scanner has nothing left to do (tests). */
  settled(): Promise<void> {
    return this.scanner.settled();
  }

  // --- marking and lookups ---

  private noteBlock(text: string): void {
    if (text.length < 2000) {
      const n = footnoteNumber(text);
      if (n !== null && !this.footnotes.has(n)) this.footnotes.set(n, text.trim());
    }
  }

  private registered = 0;

  /** Forgets marks the page has thrown away (pages that re-render keep making new ones). */
  private prune(): void {
    for (const [id, e] of this.registry) if (!e.elements[0]?.isConnected) this.registry.delete(id);
  }

  private register(marked: MarkedMention[]): void {
    const refs: MentionRef[] = [];
    this.facts = null;
    this.registered += marked.length;
    if (this.registered > 500 && this.registered > this.registry.size / 2) {
      this.registered = 0;
      this.prune();
    }
    for (const m of marked) {
      this.registry.set(m.id, { ...m, status: 'pending' });
      // Motions wait for the whole page: their footnotes and page references come later.
      if (m.mention.kind === 'motion') this.heldMotions.push(m.id);
      else refs.push(this.refOf(m));
    }
    this.batcher.add(refs);
  }

  /** Sends the held motions with their context, a few per task so a page full of motions never blocks. */
  private releaseMotions(): void {
    this.facts = null;
    const step = () => {
      const ids = this.heldMotions.splice(0, 40);
      if (ids.length === 0) return;
      const refs = ids.map((id) => this.registry.get(id)).filter((e): e is Entry => !!e).map((e) => this.refOf(e));
      this.batcher.add(refs);
      if (this.heldMotions.length > 0) setTimeout(step, 0);
    };
    step();
  }

  private facts: PageFacts | null = null;

  /** What the page says for every motion on it; computed once per pass over the page. */
  private pageFacts(): PageFacts {
    if (this.facts) return this.facts;
    const lead = pageLead(this.doc);
    const kamerstukken: KamerstukMention[] = [];
    for (const e of this.registry.values()) if (e.mention.kind === 'kamerstuk') kamerstukken.push(e.mention);
    this.facts = {
      footnotes: this.footnotes,
      pageDossiers: distinctDossiers(kamerstukken),
      ...this.pageDate(lead),
      ownRef: addressRef(this.doc.URL, this.detect),
      ...(aboutSenate(lead, this.doc.title) ? { senate: true } : {}),
    };
    return this.facts;
  }

  /** The page's date: from its metadata (stated), else as its text states it, else the latest date near its start. */
  private pageDate(lead: string): { pageDate: string | null; pageDateStated: boolean } {
    const meta = this.doc.querySelector<HTMLMetaElement>(
      'meta[property="article:published_time"], meta[name="DCTERMS.issued"], meta[name="dcterms.issued"], meta[name="date"]',
    );
    const time = this.doc.querySelector<HTMLTimeElement>('time[datetime]');
    const raw = meta?.content ?? time?.dateTime ?? '';
    const iso = /^\d{4}-\d{2}-\d{2}/.exec(raw)?.[0];
    if (iso) return { pageDate: iso, pageDateStated: true };
    try {
      const { date, stated } = textDate(lead);
      return { pageDate: date, pageDateStated: stated };
    } catch {
      return { pageDate: null, pageDateStated: false };
    }
  }

  private refOf(m: MarkedMention): MentionRef {
    const ref: MentionRef = { id: m.id, kind: m.mention.kind, key: m.key, mention: trimMention(m.mention) };
    if (m.mention.kind === 'motion' && m.blockText) {
      try {
        // In a table, with the row's other cells: read here, after the page is marked, not while marking.
        const { blockText, blockTextStart } = withRow({ blockText: m.blockText, blockTextStart: m.blockTextStart ?? 0 }, m.elements[0]!);
        const local = { ...(m.mention as MotionMention), start: m.mention.start - blockTextStart, end: m.mention.end - blockTextStart };
        ref.context = motionContext(blockText, local, this.detect, this.pageFacts(), supMarker(m.elements), () => textAround(m.elements[0]!, NEARBY_CHARS));
      } catch {
        // no context: the resolver falls back to the signatories alone
      }
    }
    return ref;
  }

  private applyStatuses(statuses: Map<string, MentionStatus>): void {
    this.scanner.write(() => {
      for (const [id, status] of statuses) {
        const entry = this.registry.get(id);
        if (!entry) continue;
        entry.status = status;
        for (const el of entry.elements) el.dataset.kwStatus = status;
      }
    });
  }

  // --- cards ---

  private setActive(id: string, on: boolean): void {
    const entry = this.registry.get(id);
    if (!entry) return;
    this.scanner.write(() => {
      entry.elements.forEach((el) => (on ? el.setAttribute('data-kw-active', '') : el.removeAttribute('data-kw-active')));
      entry.elements[0]?.setAttribute('aria-expanded', on ? 'true' : 'false');
    });
  }

  private openId: string | null = null;
  private suppressFocus: string | null = null;

  private async openCard(id: string, focus: boolean): Promise<void> {
    const entry = this.registry.get(id);
    if (!entry) return;
    if (!this.layer) {
      await this.ensureLayer();
      if (!this.layer && this.layerError) {
        const message = `Kamerwijzer: de kaart kon niet worden getoond (${this.layerError})`;
        this.toldNoCard.push(...entry.elements);
        this.scanner.write(() => entry.elements.forEach((el) => el.setAttribute('title', message)));
      }
      // Closed (or another card opened) while the layer was being made.
      if (!this.layer || this.hover.openId !== id) return;
    }
    this.openId = id;
    this.setActive(id, true);
    this.layer.show(entry.elements, entry.mention, { kind: 'loading' }, { focus });
    try {
      const raw = await this.cardRequest(id, entry);
      this.prefetched.delete(id);
      const res = parseMessage(CardResponseSchema, raw, 'card');
      if (res.error && res.model === null) this.layer.update(id, { kind: 'error', error: res.error });
      else this.layer.update(id, { kind: 'model', status: res.status, model: res.model });
    } catch (e) {
      this.layer.update(id, { kind: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }

  /**
   * The card request for a mention, asked for when the pointer arrives on it, so the card is
   * (nearly) ready when the dwell ends; a cold service worker loads its dataset meanwhile.
   */
  private cardRequest(id: string, entry: Entry): Promise<unknown> {
    const held = this.prefetched.get(id);
    if (held && performance.now() - held.at < PREFETCH_FRESH_MS) return held.reply;
    const reply = this.send({ type: 'card', mention: this.refOf(entry) });
    reply.catch(() => {});
    this.prefetched.set(id, { at: performance.now(), reply });
    if (this.prefetched.size > PREFETCH_KEEP) this.prefetched.delete(this.prefetched.keys().next().value!);
    return reply;
  }

  private prefetch(id: string): void {
    // The card layer's script is loaded on the first pointer on a mention, during the dwell.
    void this.ensureLayer();
    const entry = this.registry.get(id);
    if (entry && this.hover.openId !== id) void this.cardRequest(id, entry);
  }

  private closeCard(returnFocus: boolean): void {
    const id = this.openId;
    this.openId = null;
    // Focus goes back only if it was in the card; a mouse user's focus is left where it was.
    const focusInCard = !!this.layer?.contains(this.doc.activeElement);
    this.layer?.hide();
    if (id) {
      this.setActive(id, false);
      if (returnFocus && focusInCard) {
        // Focus goes back to the mention without reopening its card.
        this.suppressFocus = id;
        const first = this.registry.get(id)?.elements[0];
        (first?.closest<HTMLElement>('a[href]') ?? first)?.focus({ preventScroll: true });
        this.suppressFocus = null;
      }
    }
  }

  // --- events ---

  private on<K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void): void {
    this.doc.addEventListener(type, fn, true);
    this.detach.push(() => this.doc.removeEventListener(type, fn, true));
  }

  private listen(): void {
    this.on('pointerover', (e) => {
      const el = mentionOf(e.target);
      if (el?.dataset.kwId) {
        this.prefetch(el.dataset.kwId);
        this.hover.pointerEnterMention(el.dataset.kwId);
      }
    });
    this.on('pointerout', (e) => {
      const el = mentionOf(e.target);
      const to = mentionOf(e.relatedTarget);
      if (el?.dataset.kwId && to?.dataset.kwId !== el.dataset.kwId) this.hover.pointerLeaveMention(el.dataset.kwId);
    });
    this.on('focusin', (e) => {
      const el = mentionOf(e.target);
      const target = el ?? (e.target instanceof HTMLAnchorElement ? e.target.querySelector<HTMLElement>('kw-mention[data-kw-in-link]') : null);
      if (target?.dataset.kwId && target.dataset.kwId !== this.suppressFocus) this.hover.focusMention(target.dataset.kwId);
    });
    this.on('focusout', (e) => {
      const el = mentionOf(e.target) ?? (e.target instanceof HTMLAnchorElement ? e.target.querySelector<HTMLElement>('kw-mention[data-kw-in-link]') : null);
      if (!el?.dataset.kwId || this.hover.openId !== el.dataset.kwId || this.hover.pinned) return;
      if (this.layer?.contains(e.relatedTarget)) return;
      this.hover.clickOutside();
    });
    this.on('click', (e) => {
      const el = mentionOf(e.target);
      if (el?.dataset.kwId) {
        // Inside a link the link wins (links stay links); elsewhere a click pins the card.
        if (!el.closest('a[href]')) this.hover.activateMention(el.dataset.kwId);
        return;
      }
      if (!this.layer?.contains(e.target)) this.hover.clickOutside();
    });
    this.on('keydown', (e) => {
      if (e.key === 'Escape') {
        if (this.hover.escape()) e.stopPropagation();
        return;
      }
      const el = mentionOf(e.target);
      if (el?.dataset.kwId && (e.key === 'Enter' || e.key === ' ') && !el.closest('a[href]')) {
        e.preventDefault();
        this.hover.activateMention(el.dataset.kwId);
      }
    });
  }
}

/** The number of the first footnote marker (<sup>3</sup>) after a mention in its block, if any. */
function supMarker(elements: HTMLElement[]): string | null {
  const last = elements[elements.length - 1];
  const block = last?.closest('p, li, td, th, dd, dt, blockquote, h1, h2, h3, h4, h5, h6, div');
  if (!last || !block) return null;
  for (const sup of block.querySelectorAll('sup')) {
    if (!(last.compareDocumentPosition(sup) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const n = /^\s*(\d{1,3})\s*$/.exec(sup.textContent ?? '');
    if (n) return n[1]!;
  }
  return null;
}

/** The mention without fields the background does not need, kept within the message limits. */
function trimMention(m: Mention): Mention {
  return m.text.length > 2000 ? { ...m, text: m.text.slice(0, 2000) } : m;
}
