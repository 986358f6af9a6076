/** Who wrote a message. `note` is an internal note that the customer never sees. */
export type Role = 'customer' | 'agent' | 'bot' | 'system' | 'note';

export const ROLES: readonly Role[] = ['customer', 'agent', 'bot', 'system', 'note'];

export interface Message {
  role: Role;
  text: string;
  author?: string;
  /** ISO 8601 */
  time?: string;
  id?: string;
}

export interface Conversation {
  /** Adapter id: 'zendesk', 'chatwoot', … or 'generic'. */
  site: string;
  url?: string;
  subject?: string;
  ticketId?: string;
  customer?: { name?: string; email?: string };
  /** Oldest first. */
  messages: Message[];
}

export function latestCustomerMessage(conversation: Conversation): Message | undefined {
  return conversation.messages.findLast((message) => message.role === 'customer');
}

/**
 * How much of a text is Chinese and how much English, in words: a Chinese word is about two Han
 * characters, an English word is a run of two or more Latin letters. One pass, no arrays: the draft
 * coach calls it on every keystroke.
 */
export function languageWeights(text: string): { zh: number; en: number } {
  let han = 0;
  let latin = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      run++;
      continue;
    }
    if (run >= 2) latin++;
    run = 0;
    if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) han++;
  }
  return { zh: han / 2, en: latin };
}

/**
 * The language the customer writes in: 'zh' when Han characters outweigh Latin words in their
 * messages, 'en' otherwise; undefined when the customer has said nothing yet.
 */
export function customerLanguage(conversation: Conversation): 'zh' | 'en' | undefined {
  const text = conversation.messages
    .filter((message) => message.role === 'customer')
    .map((message) => message.text)
    .join('\n');
  if (!text.trim()) return undefined;
  // Weighed so that mixed text with order ids still reads as zh.
  const { zh, en } = languageWeights(text);
  return zh >= en ? 'zh' : 'en';
}
