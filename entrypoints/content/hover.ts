/**
 * Hover intent for cards: open after a dwell on a mention, at once on keyboard focus; close after a
 * grace period once the pointer left both the mention and the card; a click pins the card open.
 * Pure state and timers (injectable), no DOM.
 */
export interface HoverActions {
  open(id: string, how: { pinned: boolean; focus: boolean }): void;
  close(reason: 'leave' | 'escape' | 'outside' | 'replaced'): void;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export const DWELL_MS = 150;
export const GRACE_MS = 300;

export class HoverIntent {
  /** The mention whose card is open, if any. */
  openId: string | null = null;
  pinned = false;
  private dwell: unknown = null;
  private grace: unknown = null;
  private overMention: string | null = null;
  private overCard = false;

  constructor(
    private readonly actions: HoverActions,
    private readonly timers: Timers = realTimers,
    private readonly dwellMs = DWELL_MS,
    private readonly graceMs = GRACE_MS,
  ) {}

  private clearDwell() {
    if (this.dwell !== null) this.timers.clear(this.dwell);
    this.dwell = null;
  }

  private clearGrace() {
    if (this.grace !== null) this.timers.clear(this.grace);
    this.grace = null;
  }

  private show(id: string, pinned: boolean, focus: boolean) {
    this.clearDwell();
    this.clearGrace();
    if (this.openId !== null && this.openId !== id) this.actions.close('replaced');
    this.openId = id;
    this.pinned = pinned;
    this.actions.open(id, { pinned, focus });
  }

  pointerEnterMention(id: string): void {
    this.overMention = id;
    this.clearGrace();
    if (this.openId === id) return;
    if (this.pinned && this.openId !== null) return; // a pinned card stays until closed
    this.clearDwell();
    this.dwell = this.timers.set(() => {
      this.dwell = null;
      if (this.overMention === id) this.show(id, false, false);
    }, this.dwellMs);
  }

  pointerLeaveMention(id: string): void {
    if (this.overMention === id) this.overMention = null;
    this.clearDwell();
    // Leaving another mention than the one whose card is open (opened by keyboard, say) closes nothing.
    if (this.openId === id) this.scheduleClose();
  }

  pointerEnterCard(): void {
    this.overCard = true;
    this.clearGrace();
  }

  pointerLeaveCard(): void {
    this.overCard = false;
    this.scheduleClose();
  }

  /** Keyboard focus on a mention opens its card at once. */
  focusMention(id: string): void {
    if (this.openId === id) return;
    this.show(id, false, false);
  }

  /** A click (or Enter) pins the card of that mention. */
  activateMention(id: string): void {
    this.show(id, true, true);
  }

  escape(): boolean {
    if (this.openId === null) return false;
    this.reset();
    this.actions.close('escape');
    return true;
  }

  clickOutside(): void {
    if (this.openId === null) return;
    this.reset();
    this.actions.close('outside');
  }

  private scheduleClose() {
    if (this.openId === null || this.pinned) return;
    this.clearGrace();
    this.grace = this.timers.set(() => {
      this.grace = null;
      if (this.overCard || this.overMention === this.openId) return;
      this.reset();
      this.actions.close('leave');
    }, this.graceMs);
  }

  private reset() {
    this.clearDwell();
    this.clearGrace();
    this.openId = null;
    this.pinned = false;
    this.overCard = false;
  }
}
