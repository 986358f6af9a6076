import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage } from '../utils/sites/registry';
import { EXIT, UsageError, type Io } from './io';

export async function extractCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('extract wants exactly one FILE.html');
  const path = resolve(io.cwd, file);
  const html = await readFile(path, 'utf8');
  let url: URL;
  try {
    url = new URL(values.url ?? pathToFileURL(path).href);
  } catch {
    throw new UsageError(`--url is not a URL: "${values.url}"`);
  }

  // A DOM without scripts, network or layout: the page's markup, as the adapters see it.
  const dom = new JSDOM(html, { url: url.href, virtualConsole: new VirtualConsole() });
  try {
    const result = readPage(url, dom.window.document);
    if (result.status !== 'ok') {
      const why =
        result.status === 'unsupported'
          ? 'no site adapter recognises this page'
          : result.status === 'no-conversation'
            ? `the ${result.adapter} adapter found no open conversation`
            : `the ${result.adapter} adapter failed: ${result.error}`;
      io.stderr.write(`deskmate extract: ${file}: ${why}\n`);
      return EXIT.findings;
    }
    const conversation = { ...result.conversation, url: values.url ?? result.conversation.url };
    if (values.json) io.stdout.write(`${JSON.stringify(conversation)}\n`);
    else {
      io.stdout.write(
        `${conversation.site}${conversation.subject ? ` · ${conversation.subject}` : ''}${conversation.ticketId ? ` · #${conversation.ticketId}` : ''}\n`,
      );
      for (const message of conversation.messages)
        io.stdout.write(
          `[${message.role}${message.author ? ` ${message.author}` : ''}] ${message.text.replace(/\n/g, '\n    ')}\n`,
        );
    }
    return EXIT.ok;
  } finally {
    dom.window.close();
  }
}
