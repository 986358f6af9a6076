import type { Conversation, Message } from '../../../utils/conversation/types';
import type { DevCase } from '../../bench/analysis';

/** `chat('C: 你好', 'A: 请问订单号？', 'C: 123456')`: a conversation from role-prefixed lines. */
export function chat(...lines: string[]): Conversation {
  const roles: Record<string, Message['role']> = { C: 'customer', A: 'agent', B: 'bot', N: 'note', S: 'system' };
  return {
    site: 'generic',
    messages: lines.map((line) => {
      const role = roles[line[0]!];
      if (!role || line[1] !== ':') throw new Error(`chat lines start with C:, A:, B:, N: or S:, got ${line}`);
      return { role, text: line.slice(2).trimStart() };
    }),
  };
}

/** A fixed "now" (Friday 20 Nov 2026, 10:00 local) so counted days don't drift. */
export const NOW = new Date(2026, 10, 20, 10, 0);

/** Lower case, no white space: how the labelled sets compare texts. */
export const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** A labelled case's facts as `[type, label text, value]`, with whether the customer wrote that text. */
export function labelledFacts(c: DevCase): { type: string; text: string; value: unknown; written: boolean }[] {
  const written = squash(
    c.conversation.messages
      .filter((m) => m.role === 'customer')
      .map((m) => m.text)
      .join('\n'),
  );
  return Object.entries(c.expect.facts).flatMap(([type, values]) =>
    (values ?? []).map((value: unknown) => {
      const text = typeof value === 'string' ? value : (value as { text: string }).text;
      return { type, text, value, written: written.includes(squash(text)) };
    }),
  );
}
