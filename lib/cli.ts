/** `kamerwijzer detect|lookup|search|annotate|stats`: the command-line face of lib/. */
const USAGE = `usage: kamerwijzer <command> [options]

commands:
  detect [--json] FILE     list the mentions in a text file
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    default:
      process.stderr.write(`kamerwijzer: unknown command '${command}'\n${USAGE}`);
      return 2;
  }
}
