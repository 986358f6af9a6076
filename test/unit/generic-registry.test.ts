// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../utils/conversation/types';
import { demoAdapter } from '../../utils/sites/demo';
import { genericAdapter, readGeneric } from '../../utils/sites/generic';
import { signature, signatureToken, stripHash } from '../../utils/sites/generic/classes';
import * as WORDS from '../../utils/sites/generic/words';
import { adapterById, readPage } from '../../utils/sites/registry';
import type { SiteAdapter } from '../../utils/sites/types';
import { loadPage } from '../support/dom';

const DEMO_URL = new URL('http://127.0.0.1:5178/#/tickets/1042');

const adapter = (overrides: Partial<SiteAdapter>): SiteAdapter => ({
  ...demoAdapter,
  id: 'acme',
  name: 'Acme Desk',
  ...overrides,
});
const throwing = adapter({
  readConversation: () => {
    throw new Error('markup changed');
  },
});

describe('registry: the generic reader as fallback', () => {
  beforeEach(() => loadPage('demo/site/index.html'));

  it('reads with the generic reader when the adapter throws, and says so', () => {
    const result = readPage(DEMO_URL, document, [throwing]);
    expect(result).toMatchObject({
      status: 'ok',
      adapter: 'generic',
      conversation: { site: 'generic' },
      fallback: { from: 'acme', reason: 'error', error: 'markup changed' },
    });
    const expected = demoAdapter.readConversation(document, DEMO_URL)!;
    const read = (result as { conversation: Conversation }).conversation;
    expect(read.messages.map((m) => [m.role, m.text])).toEqual(expected.messages.map((m) => [m.role, m.text]));
  });

  it('reads with the generic reader when the adapter finds no conversation, or no messages, on a page with a thread', () => {
    expect(readPage(DEMO_URL, document, [adapter({ readConversation: () => null })])).toMatchObject({
      status: 'ok',
      adapter: 'generic',
      fallback: { from: 'acme', reason: 'no-conversation' },
    });
    const empty = adapter({ readConversation: (_doc, url) => ({ site: 'acme', url: url.href, messages: [] }) });
    expect(readPage(DEMO_URL, document, [empty])).toMatchObject({
      status: 'ok',
      adapter: 'generic',
      fallback: { from: 'acme', reason: 'no-messages' },
    });
  });

  it("keeps the adapter's answer when the page shows no thread", () => {
    for (const section of document.querySelectorAll('section.ticket')) section.setAttribute('hidden', '');
    expect(readPage(DEMO_URL, document, [throwing])).toEqual({ status: 'error', adapter: 'acme', error: 'markup changed' });
    expect(readPage(DEMO_URL, document, [adapter({ readConversation: () => null })])).toEqual({
      status: 'no-conversation',
      adapter: 'acme',
    });
  });

  it('reads pages without an adapter with the generic reader; unsupported only when it finds nothing', () => {
    expect(readPage(DEMO_URL, document, [])).toMatchObject({ status: 'ok', adapter: 'generic' });
    expect(readPage(DEMO_URL, document, [])).not.toHaveProperty('fallback');
    loadPage('<html><body><p>hello</p></body></html>', { isHtml: true });
    expect(readPage(DEMO_URL, document, [])).toEqual({ status: 'unsupported' });
  });

  it('never lets a failing generic read escape', () => {
    const hostile = adapter({ matches: () => true, readConversation: () => null });
    Object.defineProperty(document, 'querySelectorAll', {
      configurable: true,
      value: () => {
        throw new Error('boom');
      },
    });
    try {
      expect(readPage(DEMO_URL, document, [hostile])).toEqual({ status: 'no-conversation', adapter: 'acme' });
    } finally {
      delete (document as unknown as Record<string, unknown>).querySelectorAll;
    }
  });

  it("names the generic reader for the panel ('generic' → Generic reader)", () => {
    expect(adapterById('generic')).toBe(genericAdapter);
    expect(genericAdapter.hosts).toEqual([]);
  });
});

describe('generic reader: pages that are not conversations', () => {
  const PAGES: [name: string, html: string][] = [
    ['a plain page', '<p>hello</p>'],
    [
      'a blog post',
      `<article><h1>Ten tips for brewing</h1>${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i}: water temperature matters more than most people think, and grind size follows close behind.</p>`).join('')}</article>`,
    ],
    [
      'an inbox list',
      `<nav class="inbox"><ul>${Array.from({ length: 6 }, (_, i) => `<li class="inbox__item"><a href="/t/${i}">Ticket ${i}: shipping question</a></li>`).join('')}</ul></nav>`,
    ],
    [
      'a settings form',
      `<form><h2>Profile</h2>${['Name', 'Email', 'Phone', 'Language'].map((label) => `<div class="field"><label>${label}</label><input type="text" name="${label}"></div>`).join('')}<textarea name="bio"></textarea></form>`,
    ],
  ];

  it.each(PAGES)('finds no conversation in %s', (_name, body) => {
    loadPage(`<html><body>${body}</body></html>`, { isHtml: true });
    const read = readGeneric(document, new URL('https://example.com/'));
    expect(read === null || read.confidence < 0.3).toBe(true);
    expect(genericAdapter.readConversation(document, new URL('https://example.com/'))).toBeNull();
  });
});

describe('generic reader: class names', () => {
  it.each([
    ['Message_bubble__x8k2d', 'Message_bubble'],
    ['Message_incoming__x8k2D', 'Message_incoming'],
    ['name___v57nc', 'name'],
    ['_bubble_1k2j3_7', 'bubble'],
    ['sc-bdVaJa', ''],
    ['kXyZab', ''],
    ['css-1x2y3z', ''],
    ['msg__body', 'msg__body'],
    ['chatItem', 'chatItem'],
    ['message-10234', 'message'],
  ])('stripHash(%s) = %s', (token, expected) => {
    expect(stripHash(token)).toBe(expected);
  });

  it.each([
    ['msg--customer', 'msg'],
    ['chat-item-right', 'chat-item'],
    ['Message_outgoing__Pp0sW', 'Message'],
    ['is-mine', ''],
    ['justify-end', ''],
    ['md:bg-indigo-600', ''],
    ['thread-entry', 'thread-entry'],
  ])('signatureToken(%s) = %s', (token, expected) => {
    expect(signatureToken(token)).toBe(expected);
  });

  it("gives both sides' messages one signature", () => {
    loadPage(
      '<div class="message message--incoming Message_root__a1B2c">a</div><div class="message message--outgoing is-unread Message_root__a1B2c">b</div>',
      { isHtml: true },
    );
    const [a, b] = document.querySelectorAll('div');
    expect(signature(a!)).toBe(signature(b!));
  });
});

describe('generic reader: word lists are data', () => {
  const lists: [string, readonly string[]][] = [
    ...Object.entries(WORDS.ROLE_WORDS).map(([role, list]) => [`ROLE_WORDS.${role}`, list] as [string, readonly string[]]),
    ['BODY_WORDS', WORDS.BODY_WORDS],
    ['META_WORDS', WORDS.META_WORDS],
    ['AUTHOR_WORDS', WORDS.AUTHOR_WORDS],
    ['MESSAGE_WORDS', WORDS.MESSAGE_WORDS],
    ['NOT_THREAD_WORDS', WORDS.NOT_THREAD_WORDS],
    ['STATE_WORDS', WORDS.STATE_WORDS],
    ['COMPOSER_WORDS', WORDS.COMPOSER_WORDS],
    ['SCREEN_READER_CLASSES', WORDS.SCREEN_READER_CLASSES],
    ['SIDE_WORDS', Object.keys(WORDS.SIDE_WORDS)],
    ['SIDE_UTILITIES', Object.keys(WORDS.SIDE_UTILITIES)],
  ];

  it.each(lists)('%s is sorted, unique and lower-case', (_name, list) => {
    expect([...list]).toEqual([...new Set(list)].sort());
    for (const word of list) expect(word).toBe(word.toLowerCase());
  });

  it('gives each role word one role', () => {
    const all = Object.values(WORDS.ROLE_WORDS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('generic fixtures are ours', () => {
  it('carry no third-party code', () => {
    for (const name of ['tailwind-chat', 'css-modules', 'aria-feed', 'email-thread', 'chinese-im', 'shadow-widget']) {
      const html = readFileSync(`test/fixtures/generic/${name}.html`, 'utf8');
      expect(html).not.toMatch(/<script\b/i);
    }
  });
});
