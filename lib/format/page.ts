/** Turns plain text into a readable, self-contained HTML page (no external resources). */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Paragraphs are separated by blank lines; line breaks inside a paragraph are kept as written. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
}

export function pageTitle(text: string, fallback = 'Kamerwijzer voorbeeld'): string {
  const firstLines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' · ');
  const title = firstLines.length > 100 ? `${firstLines.slice(0, 99)}…` : firstLines;
  return title || fallback;
}

export interface PageOptions {
  title?: string;
  /** Extra HTML placed before the text (trusted, used by tests and the demo). */
  header?: string;
}

export function textToHtml(text: string, options: PageOptions = {}): string {
  const title = options.title ?? pageTitle(text);
  const paragraphs = splitParagraphs(text)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 17px/1.55 Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
  p { white-space: pre-wrap; margin: 0 0 1em; }
  h1 { font: 600 1.3rem/1.3 system-ui, sans-serif; }
  @media (prefers-color-scheme: dark) { body { color: #e6e6e6; background: #161616; } }
</style>
</head>
<body>
${options.header ?? ''}<h1>${escapeHtml(title)}</h1>
<main>
${paragraphs}
</main>
</body>
</html>
`;
}
