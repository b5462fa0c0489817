import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../entrypoints/content/hover';

describe('hover intent', () => {
  let log: string[];
  let hover: HoverIntent;
  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    hover = new HoverIntent({ open: (id, how) => log.push(`open ${id}${how.pinned ? ' pinned' : ''}`), close: (r) => log.push(`close ${r}`) });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests on a mention', () => {
    hover.pointerEnterMention('a');
    hover.pointerLeaveMention('a');
    vi.advanceTimersByTime(500);
    expect(log).toEqual([]);
    hover.pointerEnterMention('a');
    vi.advanceTimersByTime(200);
    expect(log).toEqual(['open a']);
  });

  it('keeps the card open while the pointer moves into it, closes after leaving both', () => {
    hover.pointerEnterMention('a');
    vi.advanceTimersByTime(200);
    hover.pointerLeaveMention('a');
    vi.advanceTimersByTime(100);
    hover.pointerEnterCard();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open a']);
    hover.pointerLeaveCard();
    vi.advanceTimersByTime(400);
    expect(log).toEqual(['open a', 'close leave']);
  });

  it('opens at once on focus and closes on Escape', () => {
    hover.focusMention('m');
    expect(log).toEqual(['open m']);
    expect(hover.escape()).toBe(true);
    expect(log).toEqual(['open m', 'close escape']);
    expect(hover.escape()).toBe(false);
  });

  it('a click pins the card: leaving does not close it, a click outside does', () => {
    hover.activateMention('a');
    hover.pointerLeaveMention('a');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open a pinned']);
    hover.clickOutside();
    expect(log).toEqual(['open a pinned', 'close outside']);
  });
});
