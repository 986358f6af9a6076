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

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

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
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  // A Chinese word is about two characters; weigh so that mixed text with order ids still reads as zh.
  return han / 2 >= latin ? 'zh' : 'en';
}
