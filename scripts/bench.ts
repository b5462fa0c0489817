/**
 * `npm run bench [-- --json] [-- --only detect,data,page]`: measures speed and size on this machine and
 * prints the figures. Each part lives in scripts/bench/<part>.ts and exports
 * `measure(): Promise<BenchPart>`; a part that cannot measure says why instead of printing zeros.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchPart } from './bench/types.ts';

const PARTS = ['detect', 'data', 'page'] as const;

async function runPart(name: string): Promise<BenchPart> {
  const file = fileURLToPath(new URL(`./bench/${name}.ts`, import.meta.url));
  if (!existsSync(file)) return { figures: {}, unavailable: [`${name}: not implemented yet`] };
  try {
    const mod = (await import(file)) as { measure(): Promise<BenchPart> };
    return await mod.measure();
  } catch (error) {
    return { figures: {}, unavailable: [`${name}: ${(error as Error).message}`] };
  }
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyArg = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg ? onlyArg.split(',') : [...PARTS];

const figures: BenchPart['figures'] = {};
const unavailable: string[] = [];
const budgets: NonNullable<BenchPart['budgets']> = {};
for (const name of only) {
  if (!json) process.stderr.write(`bench: measuring ${name}...\n`);
  const part = await runPart(name);
  Object.assign(figures, part.figures);
  Object.assign(budgets, part.budgets ?? {});
  unavailable.push(...(part.unavailable ?? []));
}

const report = { machine: { node: process.version, platform: process.platform, arch: process.arch }, figures, budgets, unavailable };
if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  for (const [key, value] of Object.entries(figures)) {
    const budget = budgets[key];
    const shown = typeof value === 'object' ? JSON.stringify(value) : String(value);
    process.stdout.write(`${key.padEnd(28)} ${shown}${budget ? `   (budget ${budget.text}: ${budget.ok ? 'met' : 'NOT met'})` : ''}\n`);
  }
  for (const line of unavailable) process.stdout.write(`not measured: ${line}\n`);
}
