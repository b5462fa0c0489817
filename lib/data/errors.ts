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

/**
 * A record lives in a file that is read only when needed (the service worker leaves the motion
 * texts and the documents outside a dossier for later) and that file is not read yet: the caller
 * reads `file` (name without .json), hands it to Dataset.attachFile and asks again.
 */
export class FilePending extends DatasetError {
  constructor(file: string) {
    super(`dataset: ${file}.json is not read yet`, file);
    this.name = 'FilePending';
  }
}
