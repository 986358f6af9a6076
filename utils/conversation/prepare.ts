/**
 * The work every analysis piece shares, done once per conversation: folded texts, which messages are
 * the customer's, which of them form the latest turn, and what the agent asked right before each
 * customer message.
 */
import { SATISFIERS } from './data/requirements';
import { MISSING_NAMES, type MissingName } from './labels';
import { fold } from './text';
import type { Conversation } from './types';

export interface Prepared {
  conversation: Conversation;
  /** `fold(message.text)` for every message. */
  folded: string[];
  /** Indices of the customer's messages, oldest first. */
  customer: number[];
  /** The latest customer turn: their messages after the last agent/bot reply (or the last burst before it). */
  latest: number[];
  /** For a customer message that replies to an agent question: what the agent asked for. */
  asked: (ReadonlySet<MissingName> | undefined)[];
}

// An agent line asks when it has a question mark or a request word; "退款已原路退回支付宝" doesn't ask.
const REQUEST =
  /[?？]|请|麻烦|能否|可以.{0,6}吗|告诉我|发给我|提供|could you|can you|would you|please|share|send|let me know|tell me|which|what/;

export function prepare(conversation: Conversation): Prepared {
  const { messages } = conversation;
  const folded = messages.map((message) => fold(message.text));
  const customer: number[] = [];
  const asked: (ReadonlySet<MissingName> | undefined)[] = new Array(messages.length).fill(undefined);
  let pending: Set<MissingName> | undefined;
  for (let i = 0; i < messages.length; i++) {
    const role = messages[i]!.role;
    if (role === 'customer') {
      customer.push(i);
      if (pending?.size) asked[i] = pending;
      pending = undefined;
    } else if (role === 'agent' || role === 'bot') {
      const text = folded[i]!;
      if (!REQUEST.test(text)) continue;
      for (const name of MISSING_NAMES) {
        if (SATISFIERS[name].asked.some((pattern) => pattern.test(text))) (pending ??= new Set()).add(name);
      }
    }
  }
  return { conversation, folded, customer, latest: latestTurn(conversation, customer), asked };
}

function latestTurn(conversation: Conversation, customer: number[]): number[] {
  const last = customer.at(-1);
  if (last === undefined) return [];
  const turn = [last];
  for (let k = customer.length - 2; k >= 0; k--) {
    const index = customer[k]!;
    // Still the same turn while no agent or bot spoke in between (notes and system lines don't count).
    const between = conversation.messages.slice(index + 1, turn[0]);
    if (between.some((message) => message.role === 'agent' || message.role === 'bot')) break;
    turn.unshift(index);
  }
  return turn;
}
