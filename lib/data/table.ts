/**
 * A packed table (pack.ts) read lazily. Loading checks the table's shape and the cells the indexes
 * need; a whole record is unpacked and validated with its zod schema the first time it is asked
 * for, then kept. Validating all 48,000 records up front cost more than the whole load budget,
 * and a card needs a handful of them. `all()` validates everything (tests, stats, the build).
 */
import type { z } from 'zod';
import { DatasetError, invalidAt } from './errors';
import { PackedShapeSchema, RowReader } from './pack';

export class LazyTable<T> {
  readonly length: number;
  private readonly rows: unknown[];
  private readonly reader: RowReader;
  private readonly columns: string[];
  private readonly records: (T | undefined)[];

  constructor(
    readonly file: string,
    raw: unknown,
    nullable: ReadonlySet<string>,
    private readonly schema: z.ZodType<T>,
    /** Fills in what the file leaves out (see codec.ts); may throw a DatasetError. */
    private readonly restore: (o: Record<string, unknown>, row: number) => Record<string, unknown> = (o) => o,
  ) {
    const shape = PackedShapeSchema.safeParse(raw);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      throw invalidAt(file, issue?.path.join('.') ?? '', issue?.message ?? 'not a packed table');
    }
    this.columns = shape.data.columns;
    this.rows = shape.data.rows;
    this.reader = new RowReader(shape.data, nullable);
    this.length = this.rows.length;
    this.records = new Array(this.length);
  }

  /** Position of a column; a file without it is invalid. */
  column(name: string): number {
    const i = this.columns.indexOf(name);
    if (i < 0) throw invalidAt(this.file, 'columns', `no column "${name}"`);
    return i;
  }

  /** One cell, dictionary-decoded; undefined when empty. */
  cell(row: number, column: number): unknown {
    try {
      return this.reader.cell(this.rows[row], row, column);
    } catch (e) {
      throw invalidAt(this.file, String(row), (e as Error).message);
    }
  }

  /** The cells of one column, every row (for building an index in one pass). */
  columnCells(column: number): unknown[] {
    const out = new Array<unknown>(this.length);
    let row = 0;
    try {
      for (; row < this.length; row++) out[row] = this.reader.cell(this.rows[row], row, column);
    } catch (e) {
      throw invalidAt(this.file, String(row), (e as Error).message);
    }
    return out;
  }

  string(row: number, column: number): string {
    const v = this.cell(row, column);
    if (typeof v !== 'string') throw invalidAt(this.file, `${row}.${this.columns[column]}`, 'expected a string');
    return v;
  }

  stringOrNull(row: number, column: number): string | null {
    const v = this.cell(row, column);
    if (v === undefined) return null;
    if (typeof v !== 'string') throw invalidAt(this.file, `${row}.${this.columns[column]}`, 'expected a string or null');
    return v;
  }

  numberOrNull(row: number, column: number): number | null {
    const v = this.cell(row, column);
    if (v === undefined) return null;
    if (typeof v !== 'number') throw invalidAt(this.file, `${row}.${this.columns[column]}`, 'expected a number or null');
    return v;
  }

  /** The record of a row, validated (once). Throws a DatasetError naming the row and field. */
  at(row: number): T {
    const known = this.records[row];
    if (known !== undefined) return known;
    if (!(row >= 0 && row < this.length)) throw new RangeError(`${this.file}: no row ${row}`);
    let o: Record<string, unknown>;
    try {
      o = this.restore(this.reader.read(this.rows[row], row), row);
    } catch (e) {
      if (e instanceof DatasetError) throw e;
      throw invalidAt(this.file, String(row), (e as Error).message);
    }
    const r = this.schema.safeParse(o);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw invalidAt(this.file, [row, ...(issue?.path ?? [])].join('.'), issue?.message ?? 'unknown problem');
    }
    this.records[row] = r.data;
    return r.data;
  }

  /** Every record, validated. */
  all(): T[] {
    const out = new Array<T>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
}
