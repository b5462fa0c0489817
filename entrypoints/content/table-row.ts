/**
 * A motion in a table cell: the row's other cells say which motion it is. A ministry's overview of
 * motions puts "Motie van het lid X over Y" in one cell and "Kamerstuk 36 200 IV, nr. 12" in the next;
 * the resolver reads them as a table flattened into lines (one cell per line).
 */
const ROW_SIDE = 600;

const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the other cells of the row `el` is in, before and after its cell; null outside a table row. */
export function rowAround(el: Element): { before: string; after: string } | null {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return null;
  const cells = [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  const at = cells.indexOf(cell);
  const before = cells.slice(0, at).map(cellText).filter(Boolean).join('\n').slice(-ROW_SIDE);
  const after = cells.slice(at + 1).map(cellText).filter(Boolean).join('\n').slice(0, ROW_SIDE);
  return before || after ? { before, after } : null;
}

/**
 * A motion's context window with the row's other cells around it, one per line; `blockTextStart` then lies
 * before 0 when a cell before it comes first. `el` is the motion's mark.
 */
export function withRow(window: { blockText: string; blockTextStart: number }, el: Element): { blockText: string; blockTextStart: number } {
  const row = rowAround(el);
  if (!row) return window;
  const before = row.before ? `${row.before}\n` : '';
  return { blockText: `${before}${window.blockText}${row.after ? `\n${row.after}` : ''}`, blockTextStart: window.blockTextStart - before.length };
}
