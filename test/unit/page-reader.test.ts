// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageReader } from '../../utils/page-reader';
import { demoAdapter } from '../../utils/sites/demo';
import { attachDeclarativeShadowRoots } from '../../utils/sites/generic/dom';
import type { SiteAdapter } from '../../utils/sites/types';
import { loadPage } from '../support/dom';

beforeEach(() => {
  loadPage('demo/site/index.html');
});

const composer = () =>
  document.querySelector<HTMLTextAreaElement>('section.ticket[data-active="true"] textarea.composer__input')!;
const thread = () => document.querySelector('section.ticket[data-active="true"] .thread')!;

function addMessage(role: string, text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `msg msg--${role}`;
  item.setAttribute('data-role', role);
  item.innerHTML = `<div class="msg__body">${text}</div>`;
  thread().append(item);
  return item;
}

describe('PageReader on the demo helpdesk', () => {
  it('reports the conversation, the reader in use and that a reply box exists', () => {
    const state = new PageReader(document).state();
    expect(state).toMatchObject({ status: 'ok', adapter: 'demo', composer: true });
    expect(state.reader).toEqual({ id: 'demo', name: demoAdapter.name, messages: 7 });
    expect(state.fallback).toBeUndefined();
    expect(state.conversation?.messages.at(-1)?.text).toContain('投诉');
  });

  it('only reports a change when something changed', () => {
    const reader = new PageReader(document);
    expect(reader.changedState()).not.toBeNull();
    expect(reader.changedState()).toBeNull();
    addMessage('customer', '还在吗?');
    expect(reader.changedState()?.conversation?.messages.at(-1)?.text).toBe('还在吗?');
  });

  it('reads each message element once: a new message leaves the others untouched', () => {
    const reader = new PageReader(document);
    const before = reader.state().conversation!.messages;
    addMessage('customer', '还在吗?');
    const after = reader.state().conversation!.messages;
    expect(after).toHaveLength(before.length + 1);
    // The same objects: memoised per element, not parsed again.
    before.forEach((message, i) => expect(after[i]).toBe(message));
  });

  it('reads a message again when its content changes', () => {
    const reader = new PageReader(document);
    const first = reader.state().conversation!.messages[1]!;
    thread().querySelectorAll('.msg__body')[1]!.textContent = '订单号写错了,是 20231118-5568';
    const again = reader.state().conversation!.messages[1]!;
    expect(again).not.toBe(first);
    expect(again.text).toBe('订单号写错了,是 20231118-5568');
  });

  it('follows a ticket switch', () => {
    const reader = new PageReader(document);
    reader.changedState();
    for (const section of document.querySelectorAll('section.ticket')) {
      const active = section.getAttribute('data-ticket-id') === '2087';
      section.setAttribute('data-active', String(active));
      section.toggleAttribute('hidden', !active);
    }
    expect(reader.changedState()?.conversation?.ticketId).toBe('2087');
  });

  it('falls back to the generic reader when the adapter throws, and says so', () => {
    const broken: SiteAdapter = {
      ...demoAdapter,
      readConversation: () => {
        throw new Error('markup changed');
      },
    };
    const state = new PageReader(document, [broken]).state();
    expect(state).toMatchObject({
      status: 'ok',
      adapter: 'generic',
      reader: { id: 'generic', name: 'Generic reader', messages: 7 },
      fallback: { from: 'demo', fromName: demoAdapter.name, reason: 'error', error: 'markup changed' },
    });
    expect(state.conversation?.messages.map((m) => m.role)).toEqual(
      demoAdapter.readConversation(document, new URL(document.location.href))!.messages.map((m) => m.role),
    );
  });

  it('reads pages no adapter knows with the generic reader', () => {
    document.body.removeAttribute('data-helpdesk');
    const state = new PageReader(document).state();
    expect(state).toMatchObject({ status: 'ok', adapter: 'generic', reader: { id: 'generic', messages: 7 } });
    expect(state.conversation?.messages.at(-1)).toMatchObject({ role: 'customer', author: '王女士' });
  });

  it('says the page is unsupported when not even the generic reader finds a conversation', () => {
    loadPage('<html><body><h1>Settings</h1><p>Nothing to read here.</p><textarea></textarea></body></html>', { isHtml: true });
    expect(new PageReader(document).state()).toMatchObject({ status: 'unsupported', composer: false });
  });

  it('stops observing when its signal aborts', () => {
    const controller = new AbortController();
    const reader = new PageReader(document, undefined, { signal: controller.signal });
    const first = reader.state().conversation!.messages;
    controller.abort();
    addMessage('customer', '还在吗?');
    const after = reader.state().conversation!.messages;
    // Still correct (it re-reads everything), just no longer incremental.
    expect(after).toHaveLength(first.length + 1);
    expect(after[0]).not.toBe(first[0]);
  });

  it('inserts where the agent left the caret, after focus has moved away', async () => {
    const reader = new PageReader(document);
    const box = composer();
    box.value = '您好,请问';
    box.focus();
    box.setSelectionRange(3, 3);
    reader.noteSelection();
    box.blur();
    expect(await reader.insert('王女士,')).toMatchObject({ ok: true });
    expect(box.value).toBe('您好,王女士,请问');
  });

  it('says so when there is no reply box', async () => {
    composer().remove();
    expect(await new PageReader(document).insert('x')).toEqual({ ok: false, reason: 'No reply box found on this page.' });
  });
});

describe('PageReader on a page only the generic reader knows', () => {
  // A proactive sales chat: the agent writes first, and nothing in the markup names the sides.
  const PAGE = `<html><body><div class="app">
    <div class="list">
      <div class="row aZbYcX"><div class="txt">Hi! Can I help you choose a plan?</div><span>11:41</span></div>
      <div class="row qWeRtY"><div class="txt">Yes, does Team include SSO?</div><span>11:43</span></div>
      <div class="row qWeRtY"><div class="txt">We use Okta.</div><span>11:43</span></div>
    </div>
    <textarea placeholder="Type a message"></textarea></div></body></html>`;

  const send = (reader: PageReader, text: string) => {
    const box = document.querySelector('textarea')!;
    box.value = text;
    reader.noteDraft(box);
    box.value = '';
    const row = document.createElement('div');
    row.className = 'row aZbYcX';
    row.innerHTML = `<div class="txt">${text}</div><span>11:44</span>`;
    document.querySelector('.list')!.append(row);
  };

  it('calibrates roles with what the agent sent from the composer', () => {
    loadPage(PAGE, { isHtml: true });
    const reader = new PageReader(document);
    // Without calibration the first speaker is taken for the customer.
    expect(reader.state().conversation?.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent']);
    send(reader, 'SSO with Okta is part of Business.');
    expect(reader.state().conversation?.messages.map((m) => m.role)).toEqual(['agent', 'customer', 'customer', 'agent']);
  });

  it('follows new messages inside open shadow roots, and says when they change', async () => {
    loadPage('test/fixtures/generic/shadow-widget.html');
    attachDeclarativeShadowRoots(document);
    const changes: number[] = [];
    const reader = new PageReader(document, undefined, { onChange: (records) => changes.push(records.length) });
    expect(reader.state().conversation?.messages).toHaveLength(4);
    const inner = document.querySelector('loop-app')!.shadowRoot!.querySelector('loop-conversation')!.shadowRoot!;
    const row = inner.querySelector('.message--them')!.cloneNode(true) as Element;
    row.querySelector('.message__text')!.textContent = 'Also, can I use a wildcard domain?';
    inner.querySelector('.scroll')!.append(row);
    // The content script schedules its read on this; the read itself needs no waiting.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes.length).toBeGreaterThan(0);
    expect(reader.state().conversation?.messages.at(-1)).toMatchObject({
      role: 'customer',
      text: 'Also, can I use a wildcard domain?',
    });
  });

  it('re-picks the reader after SPA navigation', () => {
    loadPage(PAGE, { isHtml: true });
    const reader = new PageReader(document);
    expect(reader.state().adapter).toBe('generic');
    document.body.setAttribute('data-helpdesk', 'deskmate-demo');
    reader.navigated();
    expect(reader.state()).toMatchObject({ status: 'no-conversation', adapter: 'demo' });
  });
});
