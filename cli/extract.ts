import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Conversation } from '../utils/conversation/types';
import { attachDeclarativeShadowRoots } from '../utils/sites/generic/dom';
import { adapterById, readPage } from '../utils/sites/registry';
import { EXIT, UsageError, type Io } from './io';

/**
 * The address a saved page states for itself: the "saved from" note browsers write, the canonical
 * link, `<base>`, `og:url`. Without --url it lets adapters that know their helpdesk by its host
 * recognise a saved page, as they would in the browser.
 */
export function statedUrl(html: string, doc: Document): URL | undefined {
  const candidates = [
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1],
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      // not an absolute URL: try the next one
    }
  }
  return undefined;
}

/** The conversation in the contract's shape: site and messages first, message fields in order. */
function contractShape(conversation: Conversation): Conversation {
  const { site, messages, ...rest } = conversation;
  return {
    site,
    messages: messages.map(({ role, text, author, time, id }) => ({
      role,
      text,
      ...(author !== undefined && { author }),
      ...(time !== undefined && { time }),
      ...(id !== undefined && { id }),
    })),
    ...rest,
  };
}

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
    const doc = dom.window.document;
    attachDeclarativeShadowRoots(doc);
    // With --url, adapters are picked by that address as in the browser; without it the page decides:
    // the address it states for itself, else its DOM alone (file: URL), then the generic reader.
    const pageUrl = values.url ? url : (statedUrl(html, doc) ?? url);
    const result = readPage(pageUrl, doc);
    if (result.status !== 'ok') {
      const why =
        result.status === 'unsupported'
          ? 'no site adapter recognises this page and the generic reader found no conversation'
          : result.status === 'no-conversation'
            ? `the ${result.adapter} adapter found no open conversation`
            : `the ${result.adapter} adapter failed: ${result.error}`;
      io.stderr.write(`deskmate extract: ${file}: ${why}\n`);
      return EXIT.findings;
    }
    if (result.fallback) {
      const from = adapterById(result.fallback.from)?.name ?? result.fallback.from;
      const what = result.fallback.error ? `failed (${result.fallback.error})` : 'found no messages';
      io.stderr.write(`deskmate extract: ${file}: the ${from} adapter ${what}; read with the generic reader\n`);
    }
    const conversation = contractShape({ ...result.conversation, url: values.url ?? result.conversation.url });
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
