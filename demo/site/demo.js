// Acme Desk — static demo helpdesk for Deskmate (vanilla JS, no dependencies).
(() => {
  'use strict';

  const DEFAULT_TICKET = '1042';
  const ROUTE_RE = /^#\/tickets\/([A-Za-z0-9_-]+)\/?$/;
  const ROLES = new Set(['customer', 'agent', 'note', 'system', 'bot']);

  /** Agent shown as the author of replies sent from each ticket's composer. */
  const AGENT_NAME = {
    1042: '小林',
    2087: 'Priya',
    1038: 'Priya',
  };
  const BOT_NAME = 'Acme Bot';

  /** Scripted customer follow-ups used by "Simulate customer reply" (cycled). */
  const SCRIPTED_REPLIES = {
    1042: [
      '还在吗?我一直在等。',
      '我刚又看了一眼支付宝,还是没有任何退款记录。',
      '你就直接告诉我,今天下午 5 点之前能不能到账?',
      '别再让我等通知了,给我一个能解决问题的负责人电话。',
    ],
    2087: [
      'Any update from the carrier yet?',
      'I just checked the tracking page again and it still says "In transit".',
      "If it won't make it by Nov 28, can you send a replacement with express shipping?",
      'Sorry to keep pushing, I just really need this by Saturday.',
    ],
    1038: [
      'One more quick question: will past invoices be re-sent to the new address?',
      'Never mind, I found them under Billing → Invoice history. Thanks again!',
    ],
  };

  const scriptCursor = {};
  const messageCounter = {};

  // ---------------------------------------------------------------- helpers

  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const ticketSection = (id) => document.querySelector(`section.ticket[data-ticket-id="${CSS.escape(String(id))}"]`);
  const inboxItem = (id) => document.querySelector(`a.inbox__item[data-ticket="${CSS.escape(String(id))}"]`);
  const ticketIds = () => $$('section.ticket[data-ticket-id]').map((s) => s.dataset.ticketId);

  const pad = (n) => String(n).padStart(2, '0');

  /** Local ISO-8601 timestamp with offset, e.g. 2026-11-22T09:12:00+08:00. */
  function isoWithOffset(d) {
    const off = -d.getTimezoneOffset();
    const sign = off >= 0 ? '+' : '-';
    const abs = Math.abs(off);
    return (
      `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
      `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
      `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
    );
  }

  function makeTime(d) {
    const t = document.createElement('time');
    t.dateTime = isoWithOffset(d);
    t.textContent = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    return t;
  }

  /** Append text to `el`, turning line breaks into <br> (never parses HTML). */
  function appendTextWithBreaks(el, text) {
    const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, i) => {
      if (i > 0) el.appendChild(document.createElement('br'));
      if (line) el.appendChild(document.createTextNode(line));
    });
  }

  function nextMessageId(ticketId) {
    const section = ticketSection(ticketId);
    if (!(ticketId in messageCounter)) {
      let max = 0;
      for (const li of $$('.thread > li[data-message-id]', section)) {
        const m = /-(\d+)$/.exec(li.dataset.messageId);
        if (m) max = Math.max(max, Number(m[1]));
      }
      messageCounter[ticketId] = max;
    }
    let n = ++messageCounter[ticketId];
    while (section.querySelector(`[data-message-id="${ticketId}-${n}"]`)) n = ++messageCounter[ticketId];
    return `${ticketId}-${n}`;
  }

  function scrollThreadToBottom(section) {
    const thread = section && section.querySelector('.thread');
    if (thread) thread.scrollTop = thread.scrollHeight;
  }

  function requesterName(section) {
    const el = section.querySelector('.requester__name');
    return el ? el.textContent.trim() : 'Customer';
  }

  function defaultAuthor(ticketId, role, section) {
    switch (role) {
      case 'customer':
        return requesterName(section);
      case 'bot':
        return BOT_NAME;
      default:
        return AGENT_NAME[ticketId] || 'Agent';
    }
  }

  function updateInboxPreview(ticketId, role, text, time) {
    const item = inboxItem(ticketId);
    if (!item) return;
    if (role !== 'note' && role !== 'system') {
      const preview = item.querySelector('.inbox__preview');
      if (preview) preview.textContent = String(text).replace(/\s+/g, ' ').trim();
    }
    const t = item.querySelector('.inbox__time');
    if (t) {
      t.dateTime = time.dateTime;
      t.textContent = time.textContent;
    }
    if (role === 'customer' && !item.classList.contains('inbox__item--active')) {
      item.classList.add('inbox__item--unread');
    }
  }

  // ---------------------------------------------------------------- messages

  /**
   * Append a message to a ticket's thread.
   * @returns {string|null} the new data-message-id, or null if it could not be added.
   */
  function addMessage(ticketId, role, author, text) {
    ticketId = String(ticketId);
    const section = ticketSection(ticketId);
    if (!section) {
      console.warn(`[acme-demo] unknown ticket ${ticketId}`);
      return null;
    }
    if (!ROLES.has(role)) {
      console.warn(`[acme-demo] unknown role ${role}`);
      return null;
    }
    const body = String(text ?? '');
    if (!body.trim()) return null;

    const now = new Date();
    const li = document.createElement('li');
    li.className = `msg msg--${role}`;
    li.dataset.role = role;
    li.dataset.messageId = nextMessageId(ticketId);

    const bodyEl = document.createElement('div');
    bodyEl.className = 'msg__body';
    appendTextWithBreaks(bodyEl, body);

    const time = makeTime(now);
    if (role === 'system') {
      li.append(bodyEl, document.createTextNode(' '), time);
    } else {
      const meta = document.createElement('div');
      meta.className = 'msg__meta';
      const authorEl = document.createElement('span');
      authorEl.className = 'msg__author';
      authorEl.textContent = (author && String(author).trim()) || defaultAuthor(ticketId, role, section);
      meta.append(authorEl, document.createTextNode(' '), time);
      li.append(meta, bodyEl);
    }
    section.querySelector('.thread').appendChild(li);
    // Subtle entrance animation without adding any extra class to the message.
    if (typeof li.animate === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      li.animate(
        [
          { opacity: 0, transform: 'translateY(6px)' },
          { opacity: 1, transform: 'none' },
        ],
        { duration: 220, easing: 'ease-out' },
      );
    }
    updateInboxPreview(ticketId, role, body, time);
    if (section.dataset.active === 'true') scrollThreadToBottom(section);
    return li.dataset.messageId;
  }

  // ---------------------------------------------------------------- routing

  let activeId = null;

  function activate(ticketId) {
    ticketId = String(ticketId);
    const target = ticketSection(ticketId);
    if (!target) return false;

    for (const section of $$('section.ticket[data-ticket-id]')) {
      const on = section === target;
      section.dataset.active = on ? 'true' : 'false';
      section.hidden = !on;
    }
    for (const item of $$('a.inbox__item[data-ticket]')) {
      const on = item.dataset.ticket === ticketId;
      item.classList.toggle('inbox__item--active', on);
      if (on) {
        item.setAttribute('aria-current', 'page');
        item.classList.remove('inbox__item--unread');
      } else {
        item.removeAttribute('aria-current');
      }
    }

    const subject = target.querySelector('.ticket__subject');
    document.title = `${subject ? subject.textContent.trim() : `#${ticketId}`} · Acme Desk`;

    const wanted = `#/tickets/${ticketId}`;
    if (location.hash !== wanted) history.replaceState(null, '', wanted);

    activeId = ticketId;
    scrollThreadToBottom(target);
    return true;
  }

  function routeFromHash() {
    const m = ROUTE_RE.exec(location.hash);
    const id = m && ticketIds().includes(m[1]) ? m[1] : DEFAULT_TICKET;
    activate(id);
  }

  // ---------------------------------------------------------------- composer

  function wireComposer(form) {
    const section = form.closest('section.ticket');
    const ticketId = section.dataset.ticketId;
    const input = form.querySelector('.composer__input');

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input.value.replace(/\s+$/, '').replace(/^\s*\n/, '');
      if (!text.trim()) {
        input.focus();
        return;
      }
      addMessage(ticketId, 'agent', AGENT_NAME[ticketId] || 'Agent', text);
      input.value = '';
      input.focus();
    });

    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        if (typeof form.requestSubmit === 'function') form.requestSubmit();
        else form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      }
    });
  }

  // ---------------------------------------------------------------- demo controls

  function simulateCustomerReply() {
    const ticketId = activeId || DEFAULT_TICKET;
    const script = SCRIPTED_REPLIES[ticketId];
    const section = ticketSection(ticketId);
    if (!script || !script.length || !section) return;

    const i = scriptCursor[ticketId] || 0;
    scriptCursor[ticketId] = (i + 1) % script.length;
    const text = script[i];

    const status = document.querySelector('.demo-controls__status');
    if (status) status.textContent = `${requesterName(section)} is typing…`;

    setTimeout(() => {
      addMessage(ticketId, 'customer', requesterName(section), text);
      scrollThreadToBottom(section);
      if (status) status.textContent = '';
    }, 600);
  }

  // ---------------------------------------------------------------- init

  function init() {
    $$('form.composer').forEach(wireComposer);

    const simulate = document.getElementById('simulate-customer');
    if (simulate) simulate.addEventListener('click', simulateCustomerReply);

    window.addEventListener('hashchange', routeFromHash);
    routeFromHash();
    // Again after layout/fonts settle, so the thread really starts at the bottom.
    requestAnimationFrame(() => scrollThreadToBottom(ticketSection(activeId)));
    if (document.fonts && document.fonts.ready) {
      document.fonts.ready.then(() => scrollThreadToBottom(ticketSection(activeId)));
    }
  }

  window.acmeDemo = {
    addMessage,
    activate,
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init, { once: true });
  } else {
    init();
  }
})();
