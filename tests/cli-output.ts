/** Captures what CLI commands write: stdout and stderr are replaced before each test and restored after. */
import { afterEach, beforeEach } from 'vitest';

export function captureOutput(): { out: string; err: string } {
  const captured = { out: '', err: '' };
  const saved = { out: process.stdout.write, err: process.stderr.write };
  beforeEach(() => {
    captured.out = '';
    captured.err = '';
    process.stdout.write = ((s: string) => ((captured.out += s), true)) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => ((captured.err += s), true)) as typeof process.stderr.write;
  });
  afterEach(() => {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
  });
  return captured;
}
