// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoAdapter } from '../../utils/sites/demo';
import { pickAdapter, readPage } from '../../utils/sites/registry';
import type { SiteAdapter } from '../../utils/sites/types';
import { loadPage } from '../support/dom';

const EXPECTED = JSON.parse(readFileSync('test/fixtures/pages/demo/index.json', 'utf8'));
const URL_ = new URL('http://127.0.0.1:5178/#/tickets/1042');

const load = (html?: string) => (html ? loadPage(html, { isHtml: true }) : loadPage('demo/site/index.html'));

describe('demo adapter', () => {
  beforeEach(() => load());

  it('is picked for the demo helpdesk and nothing else', () => {
    expect(pickAdapter(URL_, document)?.id).toBe('demo');
    load('<html><body><textarea></textarea></body></html>');
    expect(pickAdapter(URL_, document)).toBeUndefined();
  });

  it('reads the active ticket, oldest first, with roles, authors and times', () => {
    expect(demoAdapter.readConversation(document, URL_)).toEqual(EXPECTED);
  });

  it('follows the ticket that is active, not the ones kept hidden in the DOM', () => {
    for (const section of document.querySelectorAll('section.ticket')) {
      const active = section.getAttribute('data-ticket-id') === '2087';
      section.setAttribute('data-active', String(active));
      section.toggleAttribute('hidden', !active);
    }
    const conversation = demoAdapter.readConversation(document, URL_)!;
    expect(conversation.ticketId).toBe('2087');
    expect(conversation.customer).toEqual({ name: 'Daniel Carter', email: 'dan.carter@example.com' });
    expect(conversation.messages.map((m) => m.role)).toEqual(['bot', 'customer', 'customer', 'system', 'agent', 'customer']);
    expect(demoAdapter.findComposer(document)?.closest('section')?.getAttribute('data-ticket-id')).toBe('2087');
  });

  it('turns <br> into line breaks and keeps the text clean', () => {
    const first = demoAdapter.readConversation(document, URL_)!.messages[1]!;
    expect(first.text).toContain('\n');
    expect(first.text).not.toMatch(/ {2}|^\s|\s$/);
  });

  it('reports a missing conversation, and an adapter that throws, as values', () => {
    // No ticket on screen at all (else the generic reader would read the thread that is still shown).
    const active = document.querySelector('section.ticket[data-active="true"]')!;
    active.setAttribute('data-active', 'false');
    active.setAttribute('hidden', '');
    expect(readPage(URL_, document)).toEqual({ status: 'no-conversation', adapter: 'demo' });
    const broken: SiteAdapter = {
      ...demoAdapter,
      readConversation: () => {
        throw new Error('markup changed');
      },
    };
    expect(readPage(URL_, document, [broken])).toEqual({ status: 'error', adapter: 'demo', error: 'markup changed' });
  });
});
