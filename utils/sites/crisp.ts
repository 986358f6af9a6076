/**
 * Crisp inbox (app.crisp.chat/website/<website>/inbox/<session>/).
 *
 * Confidence "3rd": the BEM class names below are the ones public userscripts and extensions rely on
 * (a day-grouped `.c-conversation-box-content__group` holding `.c-conversation-box-content-message`
 * items with `--user` for the visitor and `--operator` for the team; text in
 * `…-message-bubble__content`; the sender's name only in the avatar tooltip of the last message of
 * a run; the composer field; the profile's nickname and e-mail with `--not-set`). Not verified
 * against the live app. Assumed: private notes carry a `--note` modifier and system events carry
 * neither `--user` nor `--operator` (the userscripts skip those as "system events").
 */
import type { Role } from '../conversation/types';
import {
  classWords,
  conversationOf,
  firstVisible,
  hostIs,
  isoTime,
  messageText,
  settleRoles,
  textAt,
  type DraftMessage,
} from './dom';
import type { SiteAdapter } from './types';

const HOSTS = ['https://app.crisp.chat/*'];

const SELECTORS = {
  /** The app shell; present on every inbox page. */
  app: ['#crisp-app', '.c-app__container'],
  /** The open conversation; Crisp keeps one box mounted. */
  box: ['.c-conversation-box'],
  message: '.c-conversation-box-content-message',
  body: ['.c-conversation-box-content-message-bubble__content', '.c-conversation-box-content-message-bubble__wrapper'],
  /** Sender name, only on the last message of a run from one sender. */
  authorTooltip: '.c-conversation-box-content-message__avatar-tooltip .c-base-tooltip__default',
  time: 'time[datetime], [data-time], .c-conversation-box-content-message__date[title]',
  profileName: ['.c-conversation-profile__nickname'],
  profileEmail: '.c-conversation-profile__email:not(.c-conversation-profile__email--not-set)',
  composer: [
    '.c-conversation-box__editor .c-editor-composer__field',
    '.c-conversation-box-field__field-composer-field',
    '.c-conversation-box__editor [contenteditable="true"]',
    '.c-conversation-box__editor textarea',
  ],
  /** Chrome inside a bubble: delivery ticks, reactions, "translated" badges. */
  chrome: ['.c-conversation-box-content-message-bubble__meta', '.c-conversation-box-content-message__reactions'],
} as const;

const MODIFIER = 'c-conversation-box-content-message--';

function roleOf(item: Element): Role {
  const classes = item.getAttribute('class') ?? '';
  if (classes.includes(`${MODIFIER}note`)) return 'note';
  if (classes.includes(`${MODIFIER}operator`)) return 'agent';
  if (classes.includes(`${MODIFIER}user`)) return 'customer';
  const words = classWords(item);
  if (words.has('bot')) return 'bot';
  return 'system';
}

export const crispAdapter: SiteAdapter = {
  id: 'crisp',
  name: 'Crisp',
  hosts: HOSTS,
  matches: (url, doc) => hostIs(url, 'app.crisp.chat') && firstVisible(doc, SELECTORS.app) !== null,
  readConversation(doc, url) {
    const box = firstVisible(doc, SELECTORS.box);
    if (!box) return null;
    const items = [...box.querySelectorAll(SELECTORS.message)];
    const drafts: DraftMessage[] = [];
    const runs: number[][] = [];
    let runKey = '';
    for (const item of items) {
      const body = firstVisible(item, SELECTORS.body);
      const role = roleOf(item);
      const text = body ? messageText(body, SELECTORS.chrome) : messageText(item, SELECTORS.chrome);
      if (!text) continue;
      const draft: DraftMessage = { role, text };
      const time = isoTime(item.querySelector(SELECTORS.time));
      if (time) draft.time = time;
      const id = item.getAttribute('data-fingerprint') ?? item.getAttribute('data-id');
      if (id) draft.id = id;
      // Crisp names the sender once per run, on the run's last message: share it across the run.
      if (role !== runKey || role === 'system') runs.push([]);
      runKey = role;
      runs.at(-1)!.push(drafts.length);
      const tooltip = textAt(item, SELECTORS.authorTooltip);
      if (tooltip) draft.author = tooltip;
      drafts.push(draft);
    }
    for (const run of runs) {
      const author = run.map((index) => drafts[index]!.author).find(Boolean);
      if (author) for (const index of run) if (drafts[index]!.role !== 'system') drafts[index]!.author = author;
    }
    const customerName = textAt(doc, SELECTORS.profileName);
    const customerEmail = textAt(doc, SELECTORS.profileEmail);
    const session = url.pathname.match(/\/inbox\/(session_[^/]+)/)?.[1];
    return conversationOf('crisp', url, settleRoles(drafts, { customerName }), {
      ticketId: session,
      customerName,
      customerEmail,
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
