import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { CardView, type CardState } from '../../entrypoints/card-layer/CardView';
import type { Mention } from '../../lib/detect/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ks: Mention = { kind: 'kamerstuk', start: 0, end: 26, text: 'Kamerstuk 19 637, nr. 3435', dossier: 19637, toevoeging: null, ondernummer: 3435 };

function render(mention: Mention, state: CardState): HTMLElement {
  const el = document.createElement('div');
  document.body.appendChild(el);
  const root = createRoot(el);
  act(() => root.render(<CardView titleId="t" mention={mention} state={state} />));
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the card shown by the content script', () => {
  it('a reference the dataset lacks: the reference, "niet in de gebundelde gegevens" and official links', () => {
    const el = render(ks, { kind: 'model', status: 'unknown', model: null });
    expect(el.querySelector('#t')!.textContent).toBe('Kamerstuk 19 637, nr. 3435');
    expect(el.textContent).toContain('Niet in de gebundelde gegevens');
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://zoek.officielebekendmakingen.nl/kst-19637-3435.html');
    expect(el.textContent).toContain('kopieer verwijzing');
  });

  it('a failed lookup still shows the reference with its links and says the data is unavailable', () => {
    const el = render(ks, { kind: 'error', error: 'gegevens niet beschikbaar' });
    expect(el.textContent).toContain('Gegevens niet beschikbaar');
    expect(el.querySelectorAll('a').length).toBeGreaterThan(0);
  });

  it('shows the record title from the model, as text even when it holds markup', () => {
    const el = render(ks, { kind: 'model', status: 'known', model: { title: '<img src=x onerror=alert(1)>Landenbeleid Syrië' } });
    expect(el.querySelector('#t')!.textContent).toBe('<img src=x onerror=alert(1)>Landenbeleid Syrië');
    expect(el.querySelector('img')).toBeNull();
  });

  it("shows the record's own official links, and never a link to anywhere else", () => {
    const el = render(ks, {
      kind: 'model',
      status: 'known',
      model: {
        title: 'x',
        links: [
          { label: 'officielebekendmakingen.nl', href: 'https://zoek.officielebekendmakingen.nl/kst-32317-919.html' },
          { label: 'kwaad', href: 'javascript:alert(1)' },
          { label: 'elders', href: 'https://example.com/' },
        ],
      },
    });
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://zoek.officielebekendmakingen.nl/kst-32317-919.html']);
  });

  it('an amount card writes the value out', () => {
    const el = render({ kind: 'amount', start: 0, end: 16, text: '116 miljoen euro', value: 116_000_000, currency: 'EUR' }, { kind: 'loading' });
    expect(el.textContent).toContain('€ 116 miljoen = € 116.000.000');
  });
});
