import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Card } from '../../components/Card';
import type { CardModel } from '../../lib/cards/model';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(model: CardModel): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => createRoot(el).render(<Card model={model} titleId="t" onCopy={async () => true} />));
  return el;
}

const base: CardModel = {
  variant: 'motion',
  kindLabel: 'Motie',
  title: 'Motie van het lid X over <img src=x onerror="window.__pwned=1">',
  facts: [{ label: 'Uitslag', value: 'Aangenomen' }],
  vote: { outcome: 'Aangenomen', voor: 90, tegen: 60, parties: [{ party: 'VVD', vote: 'Voor', seats: 24 }, { party: 'SP', vote: 'Tegen', seats: 5 }] },
  request: 'verzoekt de regering <b>iets</b> te doen',
  sections: [{ heading: 'Geciteerd door', items: [{ text: 'Kamerstuk 1, nr. 2', href: 'javascript:alert(1)' }], more: 3 }],
  links: [{ label: 'officielebekendmakingen.nl', href: 'https://zoek.officielebekendmakingen.nl/kst-1-2.html' }, { label: 'elders', href: 'https://evil.example/' }],
  citation: 'Kamerstukken II 2024/25, 1, nr. 2',
  dataDate: '3 oktober 2025',
};

describe('<Card>', () => {
  it('shows the vote per party with seats and a text alternative', () => {
    const el = render(base);
    expect(el.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Aangenomen: 90 zetels voor, 60 tegen');
    expect(el.textContent).toContain('VVD (24): voor');
    expect(el.textContent).toContain('Stand van de gegevens: 3 oktober 2025');
    expect(el.textContent).toContain('en nog 3');
  });

  it('renders markup in record text as text, and links only to official pages', () => {
    const el = render(base);
    expect(el.querySelector('#t')?.textContent).toBe(base.title);
    expect(el.querySelector('img, b')).toBeNull();
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://zoek.officielebekendmakingen.nl/kst-1-2.html']);
  });

  it('copies the citation', async () => {
    let copied = '';
    const el = document.createElement('div');
    document.body.append(el);
    act(() => createRoot(el).render(<Card model={base} titleId="t2" onCopy={async (t) => ((copied = t), true)} />));
    await act(async () => (el.querySelector('.kw-copy') as HTMLButtonElement).click());
    expect(copied).toBe('Kamerstukken II 2024/25, 1, nr. 2');
    expect(el.textContent).toContain('gekopieerd');
  });
});
