// Turns the seeds (or any .txt files given) into readable HTML pages for trying the extension.
// Usage: npm run pages -- [FILE.txt ...] [--out DIR]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { textToHtml } from '../lib/format/page';

export const SEEDS_DIR = resolve(import.meta.dirname, '..', 'seeds');
export const DEFAULT_PAGES_DIR = resolve(import.meta.dirname, '..', '.output', 'pages');

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS_DIR, f));
}

export interface BuiltPage {
  source: string;
  file: string;
  name: string;
}

export function buildPages(files: string[], outDir: string): BuiltPage[] {
  mkdirSync(outDir, { recursive: true });
  const built: BuiltPage[] = [];
  const index: string[] = [];
  for (const source of files) {
    const text = readFileSync(source, 'utf8');
    const name = basename(source).replace(/\.txt$/i, '') + '.html';
    const file = join(outDir, name);
    writeFileSync(file, textToHtml(text));
    built.push({ source, file, name });
    index.push(`<li><a href="${encodeURI(name)}">${name}</a></li>`);
  }
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Kamerwijzer voorbeeldpagina's</title><ul>${index.join('')}</ul></html>\n`,
  );
  return built;
}

function main(argv: string[]): number {
  let outDir = DEFAULT_PAGES_DIR;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') outDir = resolve(argv[++i] ?? '');
    else files.push(resolve(argv[i]!));
  }
  let built: BuiltPage[];
  try {
    built = buildPages(files.length ? files : seedFiles(), outDir);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(`pages: cannot read ${e.path ?? 'input'}: ${e.code ?? e.message}`);
    return 1;
  }
  for (const p of built) console.log(`${p.file}`);
  console.log(`${built.length} page(s) in ${outDir}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
