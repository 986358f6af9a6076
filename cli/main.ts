import { readFileSync } from 'node:fs';
import { analyzeCommand } from './analyze';
import { auditCommand } from './audit';
import { extractCommand } from './extract';
import { EXIT, UsageError, type Io } from './io';
import { lintCommand } from './lint';
import { packCommand } from './pack';
import { searchCommand } from './search';

const HELP = `deskmate — the Deskmate command line (same engine as the extension)

Usage: deskmate <command> [options]

Commands:
  extract [--url URL] FILE.html      read the conversation from a saved helpdesk page
  analyze FILE.json                  emotion, scenario, facts, missing info, escalation, suggestions
  lint [--context FILE.json] [--pack P]... FILE|-
                                     coach a draft reply (vague time, hedging, jargon, ...)
  audit FILE.jsonl                   lint many drafts, counts per rule and per agent
  search [--pack P]... [--limit N] QUERY
                                     search templates (built-in packs unless --pack is given)
  pack validate P...                 check template packs
  pack convert [--id ID] [--name N] [--version V] [--locale L] IN OUT
                                     convert a pack between CSV and JSON (by extension);
                                     CSV columns: id,title,body,kind,scenario,tags,shortcut,locale

Options:
  --json      print one JSON document on stdout
  --help      show this help
  --version   print the version

Exit status: 0 ok, 1 findings or invalid input, 2 usage error or unreadable input.
`;

/** Commands whose issues have not landed yet: they say so and never print made-up results. */
const NOT_YET = new Set<string>();

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout).write(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (rest.includes('--help')) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (NOT_YET.has(command)) {
      io.stderr.write(`deskmate ${command}: not implemented yet\n`);
      return EXIT.usage;
    }
    switch (command) {
      case 'analyze':
        return await analyzeCommand(rest, io);
      case 'extract':
        return await extractCommand(rest, io);
      case 'search':
        return await searchCommand(rest, io);
      case 'lint':
        return await lintCommand(rest, io);
      case 'audit':
        return await auditCommand(rest, io);
      case 'pack':
        return await packCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}" (see deskmate --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`deskmate: ${error.message}\n`);
      return EXIT.usage;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.stderr.write(`deskmate: cannot read ${(error as NodeJS.ErrnoException).path ?? 'input'}: ${code}\n`);
      return EXIT.usage;
    }
    // Node's parseArgs reports unknown/missing options as TypeErrors with these codes.
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`deskmate: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
