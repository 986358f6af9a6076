import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const en = read('en');
const zh = read('zh_CN');

describe('UI strings (en, zh_CN)', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s uses the same placeholders in both languages', (key) => {
    const names = (messages: Messages) =>
      [...(messages[key]!.message.matchAll(/\$(\w+)\$/g) ?? [])].map((m) => m[1]!.toLowerCase()).sort();
    expect(names(zh)).toEqual(names(en));
    for (const name of names(en)) expect(en[key]!.placeholders?.[name!]).toBeDefined();
  });

  it('are really translated', () => {
    const untranslated = Object.keys(en).filter(
      (key) => en[key]!.message === zh[key]!.message && /[a-z]{4}/.test(en[key]!.message),
    );
    expect(untranslated).toEqual([]);
  });
});
