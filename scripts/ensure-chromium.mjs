#!/usr/bin/env node
// Finds a Chromium for the e2e tests, the demo and the benchmark. Prints its path, or one clear
// line and exit code 1 when there is none: never a silent skip.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(env = process.env) {
  if (env.CHROMIUM) return existsSync(env.CHROMIUM) ? env.CHROMIUM : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

export const NO_CHROMIUM_MESSAGE =
  'Kamerwijzer: no Chromium found; install it with `sudo apt-get install chromium` or set CHROMIUM=/path/to/chrome';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findChromium();
  if (!found) {
    const hint = process.env.CHROMIUM ? ` (CHROMIUM=${process.env.CHROMIUM} does not exist)` : '';
    console.error(NO_CHROMIUM_MESSAGE + hint);
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
