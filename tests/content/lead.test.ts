import { afterEach, describe, expect, it } from 'vitest';
import { pageLead } from '../../entrypoints/content/lead';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('pageLead', () => {
  it('reads the main content, each block on a line of its own, without navigation or script', () => {
    document.body.innerHTML = `
      <nav><a href="/">Home</a> <a href="/nieuws">Nieuws 3 maart 2021</a></nav>
      <main>
        <h1>Senaat stemt over   de <em>stikstofwet</em></h1>
        <nav>Ook in dit dossier</nav>
        <p>Den Haag, 21 oktober 2025</p>
        <script>var x = 1;</script>
        <p>De Eerste Kamer neemt de motie-Faber aan.</p>
      </main>
      <footer>Colofon</footer>`;
    expect(pageLead(document)).toBe('Senaat stemt over de stikstofwet\nDen Haag, 21 oktober 2025\nDe Eerste Kamer neemt de motie-Faber aan.');
  });

  it('starts with the heading above the main element', () => {
    document.body.innerHTML = '<h1>Verslag  van de stemmingen</h1><main><p>Aan de orde zijn de stemmingen.</p></main>';
    expect(pageLead(document)).toBe('Verslag van de stemmingen\nAan de orde zijn de stemmingen.');
  });

  it('reads the body where a page has no main element, and stops at the limit', () => {
    document.body.innerHTML = `<div><p>${'woord '.repeat(100)}</p><aside>Lees ook</aside><p>Slot</p></div>`;
    expect(pageLead(document, 50)).toHaveLength(50);
    expect(pageLead(document)).toMatch(/woord\nSlot$/);
  });
});
