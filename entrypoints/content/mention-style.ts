/** The page-level style of <kw-mention>: a subtle underline that says whether the record is known. */
export const MENTION_CSS = `
kw-mention { text-decoration: underline dotted 1px; text-decoration-color: currentColor; text-underline-offset: 0.18em; cursor: help; border-radius: 2px; }
kw-mention[data-kw-status="known"] { text-decoration: underline solid 1px; text-decoration-color: #1f6fb2; }
kw-mention[data-kw-status="unknown"], kw-mention[data-kw-status="error"] { text-decoration: underline dashed 1px; text-decoration-color: #8a8a8a; }
kw-mention[data-kw-active] { background: rgba(31, 111, 178, 0.12); }
kw-mention:focus-visible { outline: 2px solid #1f6fb2; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  kw-mention[data-kw-status="known"] { text-decoration-color: #7db7ea; }
  kw-mention[data-kw-active] { background: rgba(125, 183, 234, 0.18); }
}
`;

/**
 * Adds the style to the page. A constructed stylesheet is not blocked by the page's CSP
 * (style-src); a <style> element is the fallback where adoptedStyleSheets is missing.
 */
export function installMentionStyle(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MENTION_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.setAttribute('data-kw-ignore', '');
    style.textContent = MENTION_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
    return () => style.remove();
  }
}
