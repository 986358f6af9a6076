// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestCustomerMessage, type Conversation } from '../../utils/conversation/types';
import { ADAPTERS, pickAdapter } from '../../utils/sites/registry';
import { loadPage } from '../support/dom';
import { fixturesOf, type Fixture } from '../support/fixtures';

/**
 * Every site adapter against every saved page of its helpdesk: test/fixtures/pages/<id>/<variant>.html
 * with the expected conversation beside it as <variant>.json (its `url` is the page's address).
 * The demo adapter has its own test (its page is demo/site/index.html).
 */
const CASES = ADAPTERS.filter((adapter) => adapter.id !== 'demo').flatMap((adapter) =>
  fixturesOf(adapter.id).map((fixture) => [`${fixture.adapter}/${fixture.variant}`, fixture] as const),
);

function load(fixture: Fixture): { expected: Conversation; url: URL } {
  expect(existsSync(fixture.json), `${fixture.json} is missing: every fixture page needs its expected conversation`).toBe(true);
  const expected = JSON.parse(readFileSync(fixture.json, 'utf8')) as Conversation;
  expect(expected.url, `${fixture.json} needs the page's url`).toBeTypeOf('string');
  loadPage(fixture.html);
  return { expected, url: new URL(expected.url!) };
}

describe('site adapters read their saved pages exactly', () => {
  it.each(CASES)('%s', (_name, fixture) => {
    const { expected, url } = load(fixture);
    const adapter = ADAPTERS.find((candidate) => candidate.id === fixture.adapter)!;

    // The registry picks this adapter for the page, so no other adapter mistakes it for its own.
    expect(adapter.matches(url, document)).toBe(true);
    expect(pickAdapter(url, document)?.id).toBe(fixture.adapter);

    const conversation = adapter.readConversation(document, url);
    expect(conversation).toEqual(expected);
    expect(expected.site).toBe(fixture.adapter);

    // Role attribution is exercised: the customer and at least one other party both speak.
    const roles = new Set(expected.messages.map((message) => message.role));
    expect(roles.has('customer'), 'the fixture has customer messages').toBe(true);
    expect(
      [...roles].some((role) => role !== 'customer' && role !== 'system'),
      'and someone else speaks',
    ).toBe(true);
    expect(latestCustomerMessage(conversation!)).toEqual(latestCustomerMessage(expected));

    // Clean text: no leading/trailing blanks, no runs of spaces, no markup.
    for (const message of conversation!.messages) {
      expect(message.text).toBe(message.text.trim());
      expect(message.text).not.toMatch(/ {2}|<\/?[a-z][^>]*>/i);
      if (message.time) expect(Number.isNaN(Date.parse(message.time)), message.time).toBe(false);
    }

    // The reply editor of the active conversation, never an element inside a message.
    const composer = adapter.findComposer(document);
    expect(composer, 'findComposer finds the reply editor').not.toBeNull();
    const editable =
      composer!.isContentEditable ||
      composer!.getAttribute('contenteditable') === 'true' ||
      composer!.tagName === 'TEXTAREA' ||
      composer!.tagName === 'INPUT';
    expect(editable).toBe(true);
    const bodies = expected.messages.map((message) => message.text);
    expect(bodies).not.toContain(composer!.textContent?.trim() || '\u0000');
  });
});
