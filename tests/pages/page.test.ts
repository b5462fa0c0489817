import { describe, expect, it } from 'vitest';
import { escapeHtml, pageTitle, splitParagraphs, textToHtml } from '../../lib/format/page';

describe('page builder', () => {
  it('escapes text that looks like markup so nothing in a seed can run', () => {
    const html = textToHtml('Zie <script>alert(1)</script> & "Kamerstuk 19 637, nr. 3435"');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kamerstuk 19 637, nr. 3435&quot;');
  });

  it('keeps the text of each paragraph exactly as written, line breaks included', () => {
    const text = 'Kamerstuk \n32317-983 staat hier.\n\n\nTweede alinea met € 2.815.';
    expect(splitParagraphs(text)).toEqual(['Kamerstuk \n32317-983 staat hier.', 'Tweede alinea met € 2.815.']);
    const doc = new DOMParser().parseFromString(textToHtml(text), 'text/html');
    const paras = [...doc.querySelectorAll('main p')].map((p) => p.textContent);
    expect(paras).toEqual(['Kamerstuk \n32317-983 staat hier.', 'Tweede alinea met € 2.815.']);
  });

  it('titles the page from its first lines', () => {
    expect(pageTitle('\n\n29 344 Terugkeerbeleid\n\nNr. 157 BRIEF\nmeer')).toBe('29 344 Terugkeerbeleid · Nr. 157 BRIEF');
    expect(pageTitle('   ')).toBe('Kamerwijzer voorbeeld');
    expect(escapeHtml("'")).toBe('&#39;');
  });

  it('is a Dutch page without external resources', () => {
    const html = textToHtml('tekst');
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toMatch(/(src|href)=/);
  });
});
