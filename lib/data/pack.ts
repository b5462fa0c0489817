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

/**
 * The shape of a packed table, without walking its rows (each row is checked when it is read):
 * z.array(z.unknown()) would visit and copy all of them (~10 ms for motions.json in a cold worker).
 */
export const PackedShapeSchema = z.object({
  columns: z.array(z.string()).min(1),
  dict: z.record(z.string(), z.array(z.string())),
  rows: z.custom<unknown[]>((v) => Array.isArray(v), 'expected an array'),
});

/** Reads rows of a packed table back into objects, one at a time. */
export class RowReader {
  private readonly dicts: (string[] | undefined)[];
  private readonly keepNull: boolean[];

  constructor(
    private readonly packed: { columns: string[]; dict: Record<string, string[]> },
    nullable: ReadonlySet<string>,
  ) {
    this.dicts = packed.columns.map((c) => packed.dict[c]);
    this.keepNull = packed.columns.map((c) => nullable.has(c));
  }

  /** Null cells are left out (optional fields) unless the column is nullable. Throws on a bad dictionary index. */
  read(row: unknown, i: number): Record<string, unknown> {
    if (!Array.isArray(row)) throw new Error(`row ${i}: expected an array`);
    const { columns } = this.packed;
    const o: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      let v = c < row.length ? row[c] : null;
      if (v === null || v === undefined) {
        if (this.keepNull[c]) o[columns[c]] = null;
        continue;
      }
      const d = this.dicts[c];
      if (d) v = Array.isArray(v) ? v.map((x) => lookup(d, x, i, columns[c])) : lookup(d, v, i, columns[c]);
      o[columns[c]] = v;
    }
    return o;
  }

  /** One cell, dictionary-decoded; undefined for an empty cell. */
  cell(row: unknown, i: number, column: number): unknown {
    if (!Array.isArray(row)) throw new Error(`row ${i}: expected an array`);
    const v = column < row.length ? row[column] : null;
    if (v === null || v === undefined) return undefined;
    const d = this.dicts[column];
    if (!d) return v;
    return Array.isArray(v) ? v.map((x) => lookup(d, x, i, this.packed.columns[column])) : lookup(d, v, i, this.packed.columns[column]);
  }
}

/** Back to objects (see RowReader.read). Throws on a bad dictionary index. */
export function unpack(packed: Packed, nullable: ReadonlySet<string>): Record<string, unknown>[] {
  const reader = new RowReader(packed, nullable);
  return packed.rows.map((row, i) => reader.read(row, i));
}

function lookup(d: string[], x: unknown, row: number, column: string): string {
  const s = typeof x === 'number' ? d[x] : undefined;
  if (s === undefined) throw new Error(`row ${row}, column ${column}: no dictionary entry ${String(x)}`);
  return s;
}
