/** `kamerwijzer <command>`: the command-line face of lib/. Each command lives in lib/cli/<name>.ts. */
type Command = { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  detect: { summary: 'detect [--json] FILE        list the mentions in a text file', load: () => import('./cli/detect.ts') },
  lookup: { summary: 'lookup [--json] REFERENCE   show the record for a Kamerstuk, D- or Z-number', load: () => import('./cli/lookup.ts') },
  search: { summary: 'search [--json] WORDS       fuzzy search over motions and documents', load: () => import('./cli/search.ts') },
  stats: { summary: 'stats [--json]              counts and provenance of the bundled dataset', load: () => import('./cli/stats.ts') },
  annotate: { summary: 'annotate FILE               the text with numbered markers and a checklist of what each resolves to', load: () => import('./cli/annotate.ts') },
};

export function usage(): string {
  return `usage: kamerwijzer <command> [options]\n\ncommands:\n${Object.values(COMMANDS)
    .map((c) => `  ${c.summary}`)
    .join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`kamerwijzer: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  let mod: Awaited<ReturnType<Command['load']>>;
  try {
    mod = await command.load();
  } catch (error) {
    process.stderr.write(`kamerwijzer: the '${name}' command is not available in this build (${(error as Error).message})\n`);
    return 2;
  }
  try {
    return await mod.run(rest);
  } catch (error) {
    process.stderr.write(`kamerwijzer ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}
