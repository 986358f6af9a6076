// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Conversation, Message } from '../../utils/conversation/types';
import { readGeneric } from '../../utils/sites/generic';
import { attachDeclarativeShadowRoots } from '../../utils/sites/generic/dom';
import { loadPage } from '../support/dom';

const DIR = 'test/fixtures/generic';

interface Expected extends Partial<Omit<Conversation, 'messages'>> {
  url: string;
  /** What the agent sent from the composer (calibration), when the fixture needs it. */
  sentTexts?: string[];
  messages: Message[];
}

const FIXTURES = readdirSync(DIR)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length))
  .sort();

/** Loads a fixture as the browser would: declarative shadow roots attached, same-origin frames loaded. */
export async function loadFixture(name: string): Promise<Expected> {
  loadPage(`${DIR}/${name}.html`);
  attachDeclarativeShadowRoots(document);
  const frames = [...document.querySelectorAll('iframe')];
  for (let tries = 0; tries < 100 && frames.some((frame) => !frame.contentDocument?.body?.childElementCount); tries++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as Expected;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const turns = (messages: readonly Message[]) =>
  messages.filter((m) => m.role === 'customer' || m.role === 'agent').map((m) => `${m.role}: ${squeeze(m.text)}`);

/** Share of the expected customer/agent turns found with the right role and text, in order. */
function turnAccuracy(expected: readonly Message[], actual: readonly Message[]): number {
  const want = turns(expected);
  const got = turns(actual);
  // Longest common subsequence: a missed or extra message costs one turn, not the rest of the list.
  const table = Array.from({ length: want.length + 1 }, () => new Array<number>(got.length + 1).fill(0));
  for (let i = want.length - 1; i >= 0; i--)
    for (let j = got.length - 1; j >= 0; j--)
      table[i]![j] = want[i] === got[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  return want.length ? table[0]![0]! / want.length : 1;
}

const report: string[] = [];
afterAll(() => {
  console.log(`generic reader, customer/agent turn accuracy per fixture:\n${report.join('\n')}`);
});

describe('generic reader on chat UIs it has no adapter for', () => {
  it('has at least six fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(FIXTURES)('%s: every customer/agent turn right, and every message in order', async (name) => {
    const expected = await loadFixture(name);
    const read = readGeneric(document, new URL(expected.url), expected.sentTexts ? { sentTexts: expected.sentTexts } : {});
    expect(read, 'found a conversation').not.toBeNull();
    const { conversation, confidence } = read!;
    const accuracy = turnAccuracy(expected.messages, conversation.messages);
    report.push(
      `  ${name.padEnd(16)} ${(accuracy * 100).toFixed(0).padStart(3)} %  (${turns(expected.messages).length} turns, confidence ${confidence.toFixed(2)})`,
    );

    expect(turns(conversation.messages)).toEqual(turns(expected.messages));
    expect(conversation.messages.map((m) => ({ role: m.role, text: squeeze(m.text) }))).toEqual(
      expected.messages.map((m) => ({ role: m.role, text: squeeze(m.text) })),
    );
    // Author, time and id where the fixture states them; never a timestamp or a button in the text.
    expected.messages.forEach((want, i) => {
      const got = conversation.messages[i]!;
      for (const key of ['author', 'time', 'id'] as const)
        if (want[key] !== undefined) expect(got[key], `${key} of #${i}`).toBe(want[key]);
      expect(got.text).not.toMatch(/^\s|\s$|\b\d{1,2}:\d{2}\s*(?:AM|PM)?$/);
    });
    for (const key of ['subject', 'ticketId', 'customer'] as const)
      if (expected[key] !== undefined) expect(conversation[key], key).toEqual(expected[key]);
    expect(conversation.site).toBe('generic');
    expect(confidence).toBeGreaterThanOrEqual(0.3);
  });
});
