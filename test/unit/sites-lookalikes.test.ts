// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestCustomerMessage, type Conversation } from '../../utils/conversation/types';
import { chatwootAdapter } from '../../utils/sites/chatwoot';
import { freshdeskAdapter, freshdeskTime } from '../../utils/sites/freshdesk';
import { hubspotAdapter } from '../../utils/sites/hubspot';
import { intercomAdapter } from '../../utils/sites/intercom';
import { withoutMailHistory } from '../../utils/sites/mail';
import type { SiteAdapter } from '../../utils/sites/types';
import { zammadAdapter } from '../../utils/sites/zammad';
import { zendeskAdapter } from '../../utils/sites/zendesk';
import { loadPage } from '../support/dom';

/**
 * The saved pages also carry what a careless reader would pick up: conversation-list previews,
 * tickets open in background tabs, the reply box, layouts that put the customer on either side.
 * These tests change the page the way the live app does and check the adapter follows.
 */
function open(path: string): { expected: Conversation; url: URL } {
  loadPage(`test/fixtures/pages/${path}.html`);
  const expected = JSON.parse(readFileSync(`test/fixtures/pages/${path}.json`, 'utf8')) as Conversation;
  return { expected, url: new URL(expected.url!) };
}

const read = (adapter: SiteAdapter, url: URL) => adapter.readConversation(document, url)!;
const roles = (conversation: Conversation) => conversation.messages.map((message) => message.role);
const count = (needle: string) => document.body.textContent!.split(needle).length - 1;

function swapClasses(a: string, b: string) {
  for (const element of document.querySelectorAll(`.${CSS.escape(a)}, .${CSS.escape(b)}`)) {
    const hasA = element.classList.contains(a);
    const hasB = element.classList.contains(b);
    element.classList.toggle(a, hasB);
    element.classList.toggle(b, hasA);
  }
}

describe('Chatwoot', () => {
  it('reads the latest customer message once, although the conversation list previews it', () => {
    const { expected, url } = open('chatwoot/current');
    const latest = latestCustomerMessage(expected)!.text;
    expect(count(latest)).toBeGreaterThan(1);
    expect(read(chatwootAdapter, url).messages.filter((message) => message.text === latest)).toHaveLength(1);
  });

  it('keeps every role when the layout is mirrored: roles come from the bubble colour, not the side', () => {
    const { expected, url } = open('chatwoot/current');
    swapClasses('justify-start', 'justify-end');
    swapClasses('left-bubble', 'right-bubble');
    expect(roles(read(chatwootAdapter, url))).toEqual(roles(expected));
  });

  it('reads another agent drawn on the left (v4.0) as an agent, and the own agent on the right too', () => {
    const { url } = open('chatwoot/v4-early');
    const conversation = read(chatwootAdapter, url);
    expect(conversation.messages.find((message) => message.author === 'Tom Becker')?.role).toBe('agent');
    expect(conversation.messages.find((message) => message.id === '51206')?.role).toBe('agent');
  });

  it('falls back to the side, learnt from messages of known role, when a fork repaints the bubbles', () => {
    const { expected, url } = open('chatwoot/current');
    for (const bubble of document.querySelectorAll('.bg-n-slate-4')) bubble.classList.replace('bg-n-slate-4', 'bg-s-subtle');
    expect(roles(read(chatwootAdapter, url))).toEqual(roles(expected));
  });

  it('is not claimed on a page without its conversation panel', () => {
    loadPage('<html><body><ul class="messages"><li>hi</li></ul></body></html>', { isHtml: true });
    expect(chatwootAdapter.matches(new URL('https://app.chatwoot.com/app/accounts/1/conversations/2'), document)).toBe(false);
  });
});

describe('Zammad', () => {
  it('legacy UI: follows the task that is shown, not the ones kept in the DOM', () => {
    const { url } = open('zammad/legacy');
    document.querySelector('#content_permanent_TicketZoom-42')!.classList.replace('active', 'hide');
    document.querySelector('#content_permanent_TicketZoom-31')!.classList.replace('hide', 'active');
    const conversation = read(zammadAdapter, url);
    expect(conversation.ticketId).toBe('31031');
    expect(latestCustomerMessage(conversation)?.text).toMatch(/error E-52/);
    expect(zammadAdapter.findComposer(document)?.closest('.content')?.id).toBe('content_permanent_TicketZoom-31');
  });

  it('new UI: the customer is on the right and still reads as the customer', () => {
    const { expected, url } = open('zammad/desktop');
    const customerBubble = document.querySelector('[data-test-id="article-bubble-container-207"]')!;
    expect(customerBubble.innerHTML).toMatch(/ltr:-right-2\.5/);
    expect(roles(read(zammadAdapter, url))).toEqual(roles(expected));
    expect(latestCustomerMessage(read(zammadAdapter, url))?.author).toBe('Lena Vogel');
  });

  it('new UI: the taskbar tabs of other tickets are not read', () => {
    const { url } = open('zammad/desktop');
    expect(count('Printer does not print')).toBe(1);
    expect(JSON.stringify(read(zammadAdapter, url))).not.toContain('Printer');
  });
});

describe('Zendesk', () => {
  it('Agent Workspace: follows the selected ticket tab among the open ones', () => {
    const { url } = open('zendesk/workspace');
    for (const tab of document.querySelectorAll('[data-test-id="header-tab"]'))
      tab.setAttribute('data-entity-is-selected', String(tab.getAttribute('data-entity-id') === '4790'));
    document.querySelector('[data-test-id="ticket-4821-standard-layout"]')!.setAttribute('data-is-active', 'false');
    document.querySelector('[data-test-id="ticket-4790-standard-layout"]')!.setAttribute('data-is-active', 'true');
    const conversation = read(zendeskAdapter, new URL('/agent/tickets/4790', url));
    expect(conversation.subject).toBe('Cancel my subscription');
    expect(roles(conversation)).toEqual(['customer']);
    expect(zendeskAdapter.findComposer(document)?.closest('[data-is-active]')?.getAttribute('data-test-id')).toBe(
      'ticket-4790-standard-layout',
    );
  });

  it('legacy: follows the shown workspace', () => {
    const { url } = open('zendesk/legacy');
    const [background, shown] = document.querySelectorAll('.workspace');
    background!.removeAttribute('style');
    shown!.setAttribute('style', 'display: none;');
    const conversation = read(zendeskAdapter, new URL('/agent/tickets/4790', url));
    expect(conversation.subject).toBe('Cancel my subscription');
    expect(latestCustomerMessage(conversation)?.author).toBe('Nils Janssen');
  });
});

describe('Freshdesk, Intercom, HubSpot', () => {
  it('Freshdesk: a draft in the reply editor is not a message', () => {
    const { expected, url } = open('freshdesk/ticket');
    freshdeskAdapter.findComposer(document)!.innerHTML = '<p>Hi Amelia, I have escalated this.</p>';
    expect(read(freshdeskAdapter, url)).toEqual(expected);
  });

  it('Intercom: a draft in the composer is not a message', () => {
    const { expected, url } = open('intercom/inbox');
    intercomAdapter.findComposer(document)!.innerHTML = '<p>Yes, we can change it until it ships.</p>';
    expect(read(intercomAdapter, url)).toEqual(expected);
  });

  it('HubSpot: the thread list preview is not read; teammates are told from the contact by name', () => {
    const { expected, url } = open('hubspot/inbox');
    expect(count('Still getting "invalid token" on the app.')).toBe(2);
    const conversation = read(hubspotAdapter, url);
    expect(conversation).toEqual(expected);
    expect(conversation.messages.find((message) => message.author === 'Jon Eriksen')?.role).toBe('agent');
  });
});

describe('helpers', () => {
  it('withoutMailHistory cuts Outlook-style history that is not a quote', () => {
    loadPage(
      `<html><body><div id="b"><p>New text</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> A</p></div><p>Old text</p></div><p>Older</p></div></body></html>`,
      { isHtml: true },
    );
    const body = document.getElementById('b')!;
    expect(withoutMailHistory(body).textContent).toBe('New text');
    expect(body.textContent).toContain('Old text');
  });

  it.each([
    ['Mon, 16 Nov 2026 at 8:12 AM', '2026-11-16T08:12:00'],
    ['Wed, 18 Nov 2026 at 12:05 PM', '2026-11-18T12:05:00'],
    ['November 3, 2026 12:30 AM', '2026-11-03T00:30:00'],
    ['3 Nov 2026 17:45', '2026-11-03T17:45:00'],
    ['yesterday', undefined],
  ])('freshdeskTime(%j) = %j', (label, iso) => {
    expect(freshdeskTime(label)).toBe(iso);
  });
});
