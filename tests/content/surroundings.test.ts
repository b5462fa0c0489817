import { describe, expect, it } from 'vitest';
import { textAround } from '../../entrypoints/content/surroundings';
import { motionContext } from '../../entrypoints/content/motion-context';
import { detect } from '../../lib/detect';
import type { MotionMention } from '../../lib/detect/types';

const page = () => {
  document.body.innerHTML = `
    <article>
      <h1>Kamer wil sancties tegen bouwers van nederzettingen</h1>
      <p>Een dinsdag aangenomen motie van Kamerlid Daniëlle <b>Hirsch</b> (GroenLinks-PvdA) hierover kreeg ook steun.</p>
      <script>var nederzetting = 1;</script>
      <p>Kamerlid Hirsch had haar motie afgezwakt: eerst vroeg zij ook sancties tegen kolonisten.</p>
    </article>`;
  return document.querySelector('b')!;
};

describe('the page around a motion', () => {
  it('reads the paragraphs before and after its block, not a script, up to the characters asked', () => {
    const around = textAround(page(), 1500);
    expect(around.before).toBe('Kamer wil sancties tegen bouwers van nederzettingen');
    expect(around.after).toBe('Kamerlid Hirsch had haar motie afgezwakt: eerst vroeg zij ook sancties tegen kolonisten.');
    expect(textAround(page(), 10).after).toBe('Kamerlid H');
  });

  it('gives the resolver the words around the block (where the title of the motion meant is)', () => {
    const el = page();
    const block = el.closest('p')!.textContent!.replace(/\s+/g, ' ');
    const m = detect(block).find((x): x is MotionMention => x.kind === 'motion')!;
    const ctx = motionContext(block, m, detect, { footnotes: new Map(), pageDossiers: [], pageDate: null }, null, () => textAround(el, 1500));
    // As its words, each once: all the resolver reads of it.
    const words = ctx.nearbyText!.split(' ');
    expect(words).toEqual(expect.arrayContaining(['sancties', 'bouwers', 'nederzettingen', 'hirsch', 'afgezwakt', 'kolonisten']));
    expect(words.filter((w) => w === 'sancties')).toHaveLength(1);
    expect(words).not.toContain('nederzetting');
  });

  it('is not read for a motion named with its subject, which says more', () => {
    const text = 'Het kabinet voert de motie van het lid Hirsch over sancties uit.';
    const m = detect(text).find((x): x is MotionMention => x.kind === 'motion')!;
    let read = 0;
    const ctx = motionContext(text, m, detect, { footnotes: new Map(), pageDossiers: [], pageDate: null }, null, () => {
      read++;
      return { before: 'nederzettingen', after: '' };
    });
    expect(ctx.nearbyText).toBeUndefined();
    expect(read).toBe(0);
  });
});
