import type { Conversation, Message } from '../../../utils/conversation/types';

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
