/** The one text file a command reads: its content, or one clear error line on stderr (null). */
import { readFile } from 'node:fs/promises';

export async function readInputFile(command: string, args: string[], usage: string): Promise<{ text: string } | { exit: number }> {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write(`usage: kamerwijzer ${usage}\n`);
    return { exit: 2 };
  }
  try {
    return { text: await readFile(files[0]!, 'utf8') };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message;
    process.stderr.write(`kamerwijzer ${command}: cannot read ${files[0]}: ${why}\n`);
    return { exit: 1 };
  }
}
