/**
 * The motions' texts, in TEXT_SHARDS files of consecutive motions.json rows (motion-texts-NN.json).
 * The service worker answers from the other files and reads a text file when a record needs it: a
 * record read before its text file is there throws FilePending naming the file, and the caller
 * reads that file and asks again (entrypoints/background/backend.ts).
 */
import { TEXT_NULLABLE } from './codec';
import { FilePending, invalidAt } from './errors';
import { MotionTextSchema, motionsPerTextFile, TEXT_FILE_NAMES, textFileRows, type MotionText } from './schema';
import { LazyTable } from './table';

export class MotionTexts {
  private readonly shards: (LazyTable<MotionText> | null)[] = TEXT_FILE_NAMES.map(() => null);
  private readonly requestColumns: number[] = [];
  private readonly per: number;

  constructor(
    private readonly motions: number,
    /** Reads a file on the spot when it is needed (node); without it, FilePending is thrown. */
    private readonly read?: (shard: number) => unknown,
  ) {
    this.per = motionsPerTextFile(motions);
  }

  /** The text files not read yet. */
  missing(): number[] {
    return this.shards.flatMap((s, i) => (s ? [] : [i]));
  }

  /** Checks one file's shape and row count; each row is validated when first read. */
  attach(shard: number, raw: unknown): void {
    const name = TEXT_FILE_NAMES[shard];
    if (name === undefined) throw new RangeError(`no motion text file ${shard}`);
    const table = new LazyTable(name, raw, TEXT_NULLABLE, MotionTextSchema);
    const { from, to } = textFileRows(shard, this.motions);
    const rows = to - from;
    if (table.length !== rows) throw invalidAt(name, 'rows', `${table.length} rows, expected ${rows} (motions.json rows ${from} to ${to - 1})`);
    if (rows > 0) {
      this.requestColumns[shard] = table.column('request');
      table.column('key');
      table.column('considerations');
    }
    this.shards[shard] = table;
  }

  private place(row: number): { table: LazyTable<MotionText>; at: number; shard: number } {
    const shard = Math.floor(row / this.per);
    if (!this.shards[shard] && this.read) this.attach(shard, this.read(shard));
    const table = this.shards[shard];
    if (!table) throw new FilePending(TEXT_FILE_NAMES[shard]!);
    return { table, at: row - shard * this.per, shard };
  }

  /** The text of motions.json's row `row`, whose key is `key`. */
  at(row: number, key: string): MotionText {
    const { table, at } = this.place(row);
    const text = table.at(at);
    if (text.key !== key) throw invalidAt(table.file, `${at}.key`, `expected "${key}" (motions.json row ${row})`);
    return text;
  }

  /** The raw request cell of a motion (search reads all of them). */
  request(row: number): unknown {
    const { table, at, shard } = this.place(row);
    return table.cell(at, this.requestColumns[shard]!);
  }
}
