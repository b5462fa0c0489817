/**
 * The motions' texts (motion-texts.json, row for row with motions.json). The service worker answers
 * from the other files while it reads this one; a record that needs a text before then throws
 * TextsPending, and the caller waits for the file and asks again (entrypoints/background/backend.ts).
 */
import { TEXT_NULLABLE } from './codec';
import { DatasetError, invalidAt } from './errors';
import { MotionTextSchema, type MotionText } from './schema';
import { LazyTable } from './table';

export class TextsPending extends DatasetError {
  constructor() {
    super('dataset: motion-texts.json is still being read', 'motion-texts');
  }
}

export class MotionTexts {
  private table: LazyTable<MotionText> | null = null;
  private requestColumn = -1;

  constructor(private readonly motions: number) {}

  get attached(): boolean {
    return this.table !== null;
  }

  /** Checks the file's shape and row count; each row is validated when first read. */
  attach(raw: unknown): void {
    const table = new LazyTable('motion-texts', raw, TEXT_NULLABLE, MotionTextSchema);
    if (table.length !== this.motions) throw invalidAt('motion-texts', 'rows', `${table.length} rows for ${this.motions} motions`);
    this.requestColumn = table.column('request');
    table.column('key');
    table.column('considerations');
    this.table = table;
  }

  /** The text of motions.json's row `row`, whose key is `key`. */
  at(row: number, key: string): MotionText {
    if (!this.table) throw new TextsPending();
    const text = this.table.at(row);
    if (text.key !== key) throw invalidAt('motion-texts', `${row}.key`, `expected "${key}" (the motion in that row of motions.json)`);
    return text;
  }

  /** The raw request cell of a row (search reads all of them). */
  request(row: number): unknown {
    if (!this.table) throw new TextsPending();
    return this.table.cell(row, this.requestColumn);
  }
}
