/** A dataset that cannot be read: names the file and, where known, the record and field. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** "dataset: motions.json is invalid at 12.zaakNummer: expected a string". */
export function invalidAt(file: string, path: string, problem: string): DatasetError {
  return new DatasetError(`dataset: ${file}.json is invalid at ${path || '(root)'}: ${problem}`, file, path);
}
