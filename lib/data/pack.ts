/**
 * The compact on-disk form of a list of records: column names once, one array per record, and
 * repeated strings (kinds, provenance notes) as indexes into a dictionary. unpack() gives back the
 * plain objects, which are then validated with the record schemas.
 *
 *   { "columns": ["id","kind",...], "dict": { "kind": ["Brief regering", ...] }, "rows": [["2025D27010", 0, ...], ...] }
 */
import { z } from 'zod';

export const PackedSchema = z.object({
  columns: z.array(z.string()).min(1),
  dict: z.record(z.string(), z.array(z.string())),
  rows: z.array(z.array(z.unknown())),
});
export type Packed = z.infer<typeof PackedSchema>;

/** Pack records; `dictColumns` hold a string or an array of strings to intern. Undefined values become null. */
export function pack<T extends object>(records: readonly T[], columns: readonly (keyof T & string)[], dictColumns: readonly (keyof T & string)[] = []): Packed {
  const dict: Record<string, string[]> = {};
  const index: Record<string, Map<string, number>> = {};
  for (const c of dictColumns) {
    const values = new Set<string>();
    for (const r of records) {
      const v = (r as Record<string, unknown>)[c];
      if (typeof v === 'string') values.add(v);
      else if (Array.isArray(v)) for (const x of v) values.add(String(x));
    }
    dict[c] = [...values].sort();
    index[c] = new Map(dict[c].map((v, i) => [v, i]));
  }
  const rows = records.map((r) => {
    const row = columns.map((c) => {
      const v = (r as Record<string, unknown>)[c];
      if (v === undefined) return null;
      const ix = index[c];
      if (!ix) return v;
      return Array.isArray(v) ? v.map((x) => ix.get(String(x))) : ix.get(String(v));
    });
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  return { columns: [...columns], dict, rows };
}

/** Back to objects; null cells are left out (optional fields) unless the column is nullable. Throws on a bad dictionary index. */
export function unpack(packed: Packed, nullable: ReadonlySet<string>): Record<string, unknown>[] {
  const { columns, dict } = packed;
  const n = columns.length;
  const dicts = columns.map((c) => dict[c]);
  const keepNull = columns.map((c) => nullable.has(c));
  const rows = packed.rows;
  const out: Record<string, unknown>[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const o: Record<string, unknown> = {};
    for (let c = 0; c < n; c++) {
      let v = c < row.length ? row[c] : null;
      if (v === null || v === undefined) {
        if (keepNull[c]) o[columns[c]] = null;
        continue;
      }
      const d = dicts[c];
      if (d) v = Array.isArray(v) ? v.map((x) => lookup(d, x, i, columns[c])) : lookup(d, v, i, columns[c]);
      o[columns[c]] = v;
    }
    out[i] = o;
  }
  return out;
}

function lookup(d: string[], x: unknown, row: number, column: string): string {
  const s = typeof x === 'number' ? d[x] : undefined;
  if (s === undefined) throw new Error(`row ${row}, column ${column}: no dictionary entry ${String(x)}`);
  return s;
}
