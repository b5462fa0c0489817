#!/usr/bin/env node
// Runs the TypeScript CLI (lib/cli.ts) through tsx, so the same lib/ code serves node and the extension.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli.ts');
process.exitCode = await main(process.argv.slice(2));
