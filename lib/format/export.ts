/** A page's mentions as a journalist's checklist: Markdown and CSV. */

export interface ExportMention {
  kind: string;
  text: string;
  key: string;
  status: string;
}

export const KIND_HEADING: Record<string, string> = {
  kamerstuk: 'Kamerstukken',
  document: 'Documenten',
  zaak: 'Zaken',
  handelingen: 'Handelingen',
  motion: 'Moties',
  amount: 'Bedragen',
};

export const STATUS_TEXT: Record<string, string> = {
  known: 'in de gegevens',
  unknown: 'niet in de gebundelde gegevens',
  error: 'gegevens niet beschikbaar',
  pending: 'nog niet opgezocht',
};

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Mentions grouped by kind in a fixed order; the same mention text and key is listed once. */
export function groupByKind<T extends ExportMention>(mentions: readonly T[]): { kind: string; heading: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const m of mentions) {
    const list = groups.get(m.kind) ?? [];
    if (!list.some((x) => x.key === m.key && clean(x.text) === clean(m.text))) list.push(m);
    groups.set(m.kind, list);
  }
  return Object.keys(KIND_HEADING)
    .filter((k) => groups.has(k))
    .map((kind) => ({ kind, heading: KIND_HEADING[kind]!, items: groups.get(kind)! }));
}

export function toMarkdown(mentions: readonly ExportMention[], source: { url: string; date?: string }): string {
  const lines = [`# Kamerwijzer: vermeldingen op ${source.url}`, ''];
  if (source.date) lines.push(`Stand van de gegevens: ${source.date}`, '');
  for (const g of groupByKind(mentions)) {
    lines.push(`## ${g.heading}`, '');
    for (const m of g.items) lines.push(`- [ ] ${clean(m.text).replace(/([\\`*_[\]])/g, '\\$1')} (${m.key}): ${STATUS_TEXT[m.status] ?? m.status}`);
    lines.push('');
  }
  if (mentions.length === 0) lines.push('Geen vermeldingen gevonden.', '');
  return lines.join('\n');
}

function csvCell(s: string): string {
  // Quote every cell; a leading = + - @ could run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(mentions: readonly ExportMention[]): string {
  const rows = [['soort', 'tekst', 'sleutel', 'status'], ...mentions.map((m) => [m.kind, clean(m.text), m.key, STATUS_TEXT[m.status] ?? m.status])];
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
