import { describe, expect, it } from 'vitest';
import { readSignals } from '../../../utils/lint/context';
import { conversation, NOW } from './helpers';

const read = (draft: string, ...messages: Parameters<typeof conversation>) =>
  readSignals(draft, { now: NOW, uiLanguage: 'zh', ...(messages.length ? { conversation: conversation(...messages) } : {}) });

// closing-mismatch's own small reading of the conversation; the analysis can override it.
describe('readSignals', () => {
  it('knows nothing without a conversation or an override', () => {
    expect(read('好的。')).toMatchObject({ upset: undefined, resolved: undefined, customerLanguage: undefined });
  });

  it.each([
    ['气死了!!东西坏了', true],
    ['This is unacceptable, still no refund.', true],
    ['请问怎么改地址?', false],
    ['Thanks, that worked!', false],
  ])('reads the mood of "%s"', (text, upset) => {
    expect(read('OK.', ['customer', text]).upset).toBe(upset);
  });

  it.each([
    ['好了，可以登录了，谢谢！', true],
    ['That fixed it, thanks', true],
    ['还是不行', false],
    ['It still does not work', false],
    ['请问怎么改地址?', undefined],
  ])('reads whether "%s" means solved', (text, resolved) => {
    expect(read('OK.', ['customer', text]).resolved).toBe(resolved);
  });

  it('looks at the customer turns after the agent last wrote', () => {
    expect(read('OK.', ['customer', '太差了!!'], ['agent', '已为您补发'], ['customer', '收到了，谢谢']).upset).toBe(false);
  });

  it('takes the draft saying the matter is open as unresolved', () => {
    expect(read('我们正在核实，明天回复您。').resolved).toBe(false);
    expect(read("We're still investigating.").resolved).toBe(false);
  });

  it('lets explicit options win', () => {
    const signals = readSignals('OK.', {
      now: NOW,
      uiLanguage: 'en',
      conversation: conversation(['customer', '气死了!!']),
      customerUpset: false,
      resolved: true,
      customerLanguage: 'en',
    });
    expect(signals).toMatchObject({ upset: false, resolved: true, customerLanguage: 'en' });
  });
});
