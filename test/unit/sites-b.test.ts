// @vitest-environment happy-dom
// Adapters for Help Scout, Front, Gorgias, Zoho Desk, LiveChat, Crisp, tawk.to, Udesk, Sobot, Meiqia
// and Qiyu: each reads its committed fixtures exactly, under happy-dom and under jsdom (the CLI's
// DOM), plus the cases fixtures alone would not catch.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../utils/conversation/types';
import { classWords, messageText, roleFromWords, settleRoles } from '../../utils/sites/dom';
import { adapterById } from '../../utils/sites/registry';
import type { SiteAdapter } from '../../utils/sites/types';
import { loadPage } from '../support/dom';

const FIXTURES = [
  ['helpscout', 'legacy'],
  ['helpscout', 'current'],
  ['front', 'email'],
  ['gorgias', 'ticket'],
  ['zoho-desk', 'ticket'],
  ['livechat', 'chat'],
  ['crisp', 'inbox'],
  ['tawkto', 'chat'],
  ['udesk', 'im'],
  ['sobot', 'workbench'],
  ['meiqia', 'chat'],
  ['qiyu', 'workbench'],
] as const;

const pathOf = (site: string, variant: string) => `test/fixtures/pages/${site}/${variant}`;
const expected = (site: string, variant: string): Conversation =>
  JSON.parse(readFileSync(`${pathOf(site, variant)}.json`, 'utf8'));
const adapter = (id: string): SiteAdapter => adapterById(id)!;

/** Loads a fixture into happy-dom's document after an edit to its HTML. */
function loadEdited(site: string, variant: string, edit: (html: string) => string) {
  loadPage(edit(readFileSync(`${pathOf(site, variant)}.html`, 'utf8')), { isHtml: true });
}

function read(id: string, url: string): Conversation {
  const conversation = adapter(id).readConversation(document, new URL(url));
  expect(conversation).not.toBeNull();
  return conversation!;
}

// The shared fixture runner (sites-fixtures.test.ts) reads every fixture under happy-dom; these add
// jsdom, which the `deskmate extract` CLI uses, and checks that are specific to these adapters.
describe.each(FIXTURES)('%s adapter on the %s fixture', (site, variant) => {
  const want = expected(site, variant);
  const url = new URL(want.url!);
  beforeEach(() => loadPage(`${pathOf(site, variant)}.html`));

  it('reads the same under jsdom, as the CLI does', () => {
    const dom = new JSDOM(readFileSync(`${pathOf(site, variant)}.html`, 'utf8'), {
      url: url.href,
      virtualConsole: new VirtualConsole(),
    });
    try {
      expect(adapter(site).matches(url, dom.window.document)).toBe(true);
      expect(adapter(site).readConversation(dom.window.document, url)).toEqual(want);
      expect(adapter(site).findComposer(dom.window.document)?.outerHTML).toBe(adapter(site).findComposer(document)?.outerHTML);
    } finally {
      dom.window.close();
    }
  });

  it('keeps texts clean: no quoted history, no delivery/read chrome', () => {
    for (const message of want.messages) {
      expect(message.text).not.toMatch(/wrote:|写道|^From: |Original Message|已读|Delivered|^Seen$|Show quoted/m);
    }
  });

  it('does not claim pages of other hosts', () => {
    expect(adapter(site).matches(new URL('https://example.com/helpdesk/conversation/1'), document)).toBe(false);
  });
});

describe('e-mail threads: quoted history is cut, the new text is kept', () => {
  it('Help Scout: a Gmail quote and a plain "On … wrote:" history under the customer text', () => {
    loadPage('test/fixtures/pages/helpscout/legacy.html');
    const { messages } = read('helpscout', 'https://secure.helpscout.net/conversation/2871104417/4127/');
    expect(messages.find((message) => message.role === 'customer')!.text).toBe(
      'The carbon bottle cage I bought cracked after one ride. Photos attached.\n\nOrder NB-60442 😞',
    );
    expect(messages.find((message) => message.role === 'agent')!.text).not.toContain('Photos attached');
  });

  it('Front: Outlook history after #appendonsend / #divRplyFwdMsg goes, with the old order text', () => {
    loadPage('test/fixtures/pages/front/email.html');
    const first = read('front', 'https://app.frontapp.com/open/cnv_1k9x4qz').messages[0]!;
    expect(first.text).toContain('Can I exchange it?');
    expect(first.text).not.toContain('Thank you for your order');
  });

  it('Gorgias: the collapsed quote behind "…" is not read', () => {
    loadPage('test/fixtures/pages/gorgias/ticket.html');
    const first = read('gorgias', 'https://northwind.gorgias.com/app/ticket/31877402').messages[0]!;
    expect(first.text).not.toContain('on its way');
  });

  it('Zoho Desk: an Outlook "From:/Sent:" block written as plain lines ends the message', () => {
    loadPage('test/fixtures/pages/zoho-desk/ticket.html');
    const first = read('zoho-desk', 'https://desk.zoho.eu/agent/northwindbikes/billing/tickets/details/451839000012345678')
      .messages[0]!;
    expect(first.text.endsWith('Regards,\nSofia Greco')).toBe(true);
  });

  it('messageText handles the usual markers', () => {
    const body = (html: string) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      return messageText(div);
    };
    expect(body('Yes please<br><br>On Mon, 3 Nov 2026 at 10:00, Shop &lt;a@b.c&gt; wrote:<br>&gt; old')).toBe('Yes please');
    expect(body('<p>New</p><div class="gmail_quote">old <blockquote>older</blockquote></div>')).toBe('New');
    expect(body('好的<br>在 2026年11月3日 10:00，客服 写道：<br>旧内容')).toBe('好的');
    expect(body('Hi<br>-----Original Message-----<br>From: x')).toBe('Hi');
    expect(body('Thanks<div>From: Shop</div><div>Sent: Monday</div><div>old</div>')).toBe('Thanks');
    expect(body('Ok <img alt="👍"> <button>Translate</button><span hidden>internal id</span>')).toBe('Ok 👍');
    expect(body('Nice <img src="/e/1f389.png" title="🎉"> <img src="/photo.jpg">')).toBe('Nice 🎉');
  });
});

describe('only the active conversation is read when others stay in the DOM', () => {
  it('Front: switching which conversation is hidden switches what is read', () => {
    loadEdited('front', 'email', (html) =>
      html
        .replace('style="display: none"', 'data-was-hidden')
        .replace(/(<section data-testid="conversation"[^>]*mNoPqR")>\s*<header/, '$1 hidden><header'),
    );
    const conversation = read('front', 'https://app.frontapp.com/open/cnv_0a1b2c');
    expect(conversation.subject).toBe('Invoice for order NB-61002?');
    expect(conversation.messages.map((message) => message.text)).toEqual(['Could you send me the invoice for NB-61002?']);
  });

  it('Zoho Desk: the ticket of the URL is read, the other mounted ticket is not', () => {
    loadEdited('zoho-desk', 'ticket', (html) =>
      html
        .replace('data-ticket-id="451839000012340001" hidden', 'data-ticket-id="451839000012340001"')
        .replace(
          'data-ticket-id="451839000012345678" class="zd-ticketdetail"',
          'data-ticket-id="451839000012345678" class="zd-ticketdetail" hidden',
        ),
    );
    const conversation = read(
      'zoho-desk',
      'https://desk.zoho.eu/agent/northwindbikes/support/tickets/details/451839000012340001',
    );
    expect(conversation.ticketId).toBe('10479');
    expect(conversation.messages).toEqual([
      { role: 'customer', text: 'The left pedal was missing from my order.', id: '451839000012340777' },
    ]);
  });

  it('tawk.to, Qiyu, Meiqia, Sobot: hidden panes contribute nothing', () => {
    const texts = (id: string, url: string) => read(id, url).messages.map((message) => message.text);
    loadPage('test/fixtures/pages/tawkto/chat.html');
    expect(texts('tawkto', 'https://dashboard.tawk.to/#/chat')).not.toContain('do you deliver on sundays?');
    loadPage('test/fixtures/pages/qiyu/workbench.html');
    expect(texts('qiyu', 'https://northwindcn.qiyukf.com/chat/')).not.toContain('发票什么时候开');
    loadPage('test/fixtures/pages/meiqia/chat.html');
    expect(texts('meiqia', 'https://app.meiqia.com/chat')).not.toContain('优惠券用不了');
    loadPage('test/fixtures/pages/sobot/workbench.html');
    expect(texts('sobot', 'https://www.sobot.com/chat/admins/index.html')).not.toContain('谢谢');
  });

  it('a pane hidden by a stylesheet rule is skipped where the DOM has a style engine (browser, happy-dom)', () => {
    loadEdited('qiyu', 'workbench', (html) =>
      html
        .replace('</head>', '<style>.is-parked { display: none }</style></head>')
        .replace('data-session-id="88127302" style="display: none"', 'data-session-id="88127302"')
        .replace(
          'class="m-chat-content" data-session-id="88127341"',
          'class="m-chat-content is-parked" data-session-id="88127341"',
        ),
    );
    const conversation = read('qiyu', 'https://northwindcn.qiyukf.com/chat/');
    expect(conversation.ticketId).toBe('88127302');
    expect(conversation.messages.map((message) => message.text)).toEqual(['发票什么时候开']);
  });

  it('Gorgias: a ticket previewed in the side panel is not the active ticket', () => {
    loadPage('test/fixtures/pages/gorgias/ticket.html');
    const texts = read('gorgias', 'https://northwind.gorgias.com/app/views/1384557/31877402').messages.map(
      (message) => message.text,
    );
    expect(texts).not.toContain('Do you sell spare brake pads for the Trailblazer?');
  });
});

describe('look-alikes are not messages', () => {
  it('LiveChat: the sneak peek of what the customer types and the typing dots are skipped', () => {
    loadPage('test/fixtures/pages/livechat/chat.html');
    const texts = read('livechat', 'https://my.livechatinc.com/chats/RK4T2QW9XZ').messages.map((message) => message.text);
    expect(texts).not.toContain('hello is anyone the');
    expect(texts.at(-1)).toBe('Perfect, thanks!');
  });

  it('Crisp: previews in the conversation list are not read as messages', () => {
    loadPage('test/fixtures/pages/crisp/inbox.html');
    const texts = read('crisp', 'https://app.crisp.chat/website/x/inbox/session_y/').messages.map((message) => message.text);
    expect(texts).not.toContain('Do you ship to Austria? My order never arrived');
  });

  it('Sobot: "load more", date lines and the new-message pill are chrome', () => {
    loadPage('test/fixtures/pages/sobot/workbench.html');
    const texts = read('sobot', 'https://www.sobot.com/chat/admins/index.html').messages.map((message) => message.text);
    expect(texts.join('\n')).not.toMatch(/查看更多消息|2026-11-22|有新消息/);
  });
});

describe('roles never rest on left/right alone', () => {
  const mirror = (html: string, a: string, b: string) => html.replaceAll(a, '\u0000').replaceAll(b, a).replaceAll('\u0000', b);

  it('tawk.to: with the layout mirrored, the agent’s own name still calibrates the sides', () => {
    const want = expected('tawkto', 'chat');
    loadEdited('tawkto', 'chat', (html) => mirror(html, 'tawk-flex-left', 'tawk-flex-right'));
    expect(read('tawkto', want.url!).messages.map((message) => message.role)).toEqual(
      want.messages.map((message) => message.role),
    );
  });

  it('Qiyu: with msg-left and msg-right swapped, the agent is still the agent', () => {
    const want = expected('qiyu', 'workbench');
    loadEdited('qiyu', 'workbench', (html) => mirror(html, 'msg-left', 'msg-right'));
    expect(read('qiyu', want.url!).messages.map((message) => message.role)).toEqual(want.messages.map((message) => message.role));
  });

  it('Sobot: with fl and fr swapped, the agent named in the header is still the agent', () => {
    const want = expected('sobot', 'workbench');
    loadEdited('sobot', 'workbench', (html) => mirror(html, 'class="fl', 'class="fr'));
    expect(read('sobot', want.url!).messages.map((message) => message.role)).toEqual(
      want.messages.map((message) => message.role),
    );
  });

  it('settleRoles: explicit cues first, then authors, then sides learnt from known messages', () => {
    expect(
      settleRoles(
        [
          { text: 'a', side: 'left', author: 'Ana' }, // Ana is the agent (calibration) → left is the agent's side
          { text: 'b', side: 'right' },
          { text: 'c', side: 'left' },
          { text: 'd', side: 'right', role: 'note' },
        ],
        { agentName: 'Ana' },
      ).map((message) => message.role),
    ).toEqual(['agent', 'customer', 'agent', 'note']);
    expect(
      settleRoles([
        { text: 'x', side: 'right' },
        { text: 'y', side: 'left' },
      ]).map((message) => message.role),
    ).toEqual(['agent', 'customer']);
  });

  it('class words survive CSS-module and CSS-in-JS hashes', () => {
    const words = (className: string) => {
      const element = document.createElement('div');
      element.className = className;
      return [...classWords(element)];
    };
    expect(words('message-item___3k9Xa customer-message___9Qw2e')).toEqual(['message', 'item', 'customer']);
    expect(words('TicketMessage__internal___3Zp0a css-1yuqpww')).toEqual(['ticket', 'message', 'internal']);
    expect(words('_container_1xz3k_1 msgLeft')).toEqual(['container', 'msg', 'left']);
    expect(roleFromWords(new Set(['message', 'incoming']))).toBe('customer');
    expect(roleFromWords(new Set(['operator', 'note']))).toBe('note');
    expect(roleFromWords(new Set(['customer', 'agent']))).toBeUndefined();
  });
});

describe('no conversation open', () => {
  it.each([
    ['crisp', 'https://app.crisp.chat/website/x/inbox/', '<div id="crisp-app"><div class="c-conversation-menu"></div></div>'],
    ['helpscout', 'https://secure.helpscout.net/mailbox/1/', '<div id="js-wrap"><ul id="folders"></ul></div>'],
    ['livechat', 'https://my.livechatinc.com/chats', '<div id="root"><ul></ul></div>'],
    [
      'qiyu',
      'https://a.qiyukf.com/chat/',
      '<div class="m-chat-sessionlist"><div class="m-chat-sessionlist-item" data-id="1"></div></div>',
    ],
  ])('%s returns null rather than an empty read', (id, url, body) => {
    loadPage(`<html><body>${body}</body></html>`, { isHtml: true });
    expect(adapter(id).readConversation(document, new URL(url))).toBeNull();
  });
});
