import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../utils/packs/builtin';
import type { LibraryTemplate } from '../../utils/packs/types';
import { parseQuery, TemplateIndex } from '../../utils/search';

const t = (id: string, fields: Partial<LibraryTemplate>): LibraryTemplate => ({
  id,
  title: id,
  body: '',
  kind: 'resolution',
  scenario: 'general',
  tags: [],
  packId: 'test',
  locale: 'en',
  ...fields,
});

const library = [
  t('refund-eta', {
    title: 'Refund timeline',
    body: 'Your refund reaches you in 1–3 business days.',
    scenario: 'refund',
    tags: ['refund'],
    shortcut: 'refeta',
  }),
  t('refund-zh', {
    title: '退款到账时间',
    body: '退款 1–3 个工作日原路退回。',
    scenario: 'refund',
    tags: ['退款', '到账'],
    shortcut: 'tkdz',
    locale: 'zh-CN',
    packId: 'zh',
  }),
  t('tracking', {
    title: 'Where is my order',
    body: 'Here is your tracking link.',
    scenario: 'logistics',
    kind: 'clarification',
    tags: ['tracking'],
  }),
  t('closing-resolved', {
    title: 'Closing after a fix',
    body: 'Glad we sorted it out.',
    kind: 'closing',
    tags: ['resolved'],
    shortcut: 'tk',
  }),
];

describe('parseQuery', () => {
  it.each([
    ['refund', { text: 'refund', filters: {} }],
    ['kind:closing thanks', { text: 'thanks', filters: { kind: ['closing'] } }],
    ['退款 scenario:Refund tag:到账', { text: '退款', filters: { scenario: ['refund'], tag: ['到账'] } }],
    ['pack："acme support" 退款', { text: '退款', filters: { pack: ['acme support'] } }],
    ['kind:', { text: '', filters: {} }],
  ])('%s', (query, expected) => {
    expect(parseQuery(query)).toEqual(expected);
  });
});

describe('TemplateIndex', () => {
  const index = new TemplateIndex(library);
  const ids = (query: string) => index.search(query).map((hit) => hit.template.id);

  it('finds by title words, tags and body, best first', () => {
    expect(ids('refund')[0]).toBe('refund-eta');
    expect(ids('tracking')).toContain('tracking');
    expect(ids('退款')[0]).toBe('refund-zh');
  });

  it('puts an exact shortcut first even when other templates match the text better', () => {
    expect(ids('tk')[0]).toBe('closing-resolved');
    expect(ids('tkdz')[0]).toBe('refund-zh');
  });

  it('tolerates a typo', () => {
    expect(ids('refnud')).toContain('refund-eta');
  });

  it('applies filters', () => {
    expect(ids('kind:closing')).toEqual(['closing-resolved']);
    expect(ids('scenario:refund')).toEqual(['refund-eta', 'refund-zh']);
    expect(ids('pack:zh 退款')).toEqual(['refund-zh']);
    expect(ids('tag:tracking order')).toEqual(['tracking']);
  });

  it('respects the limit', () => {
    expect(index.search('', { limit: 2 })).toHaveLength(2);
  });

  it('searches the built-in packs', () => {
    const builtin = new TemplateIndex(builtinTemplates());
    expect(builtin.search('退款').length).toBeGreaterThan(0);
    expect(builtin.search('refund').length).toBeGreaterThan(0);
  });
});

describe('pinyin', () => {
  const zh = [
    t('refund-eta', { title: '退款到账时间', locale: 'zh-CN', scenario: 'refund', tags: ['退款'] }),
    t('repay', { title: '还款提醒', locale: 'zh-CN', tags: ['账单'] }),
    t('bank', { title: '银行卡扣款说明', locale: 'zh-CN', tags: ['银行'] }),
    t('logistics', { title: '物流停滞安抚', locale: 'zh-CN', scenario: 'logistics', tags: ['物流', '快递'] }),
    t('lv', { title: '绿色包装说明', locale: 'zh-CN' }),
  ];
  const index = new TemplateIndex(zh);
  const first = (query: string) => index.search(query)[0]?.template.id;

  it.each([
    ['tuikuan', 'refund-eta'],
    ['tk', 'refund-eta'],
    ['tkdz', 'refund-eta'],
    ['退kuan', 'refund-eta'],
    ['tui款', 'refund-eta'],
    ['退款到账', 'refund-eta'],
    ['wuliu', 'logistics'],
    ['wltz', 'logistics'],
    ['kuaidi', 'logistics'],
    // Every reading of a character counts: 还 is huan in 还款 (and hai elsewhere), 行 is hang in 银行.
    ['huankuan', 'repay'],
    ['hk', 'repay'],
    ['yinhang', 'bank'],
    // ü typed as v or u.
    ['lvse', 'lv'],
    ['luse', 'lv'],
  ])('%s finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('does not match pinyin out of order or across unrelated characters', () => {
    expect(index.search('kuantui').map((hit) => hit.template.id)).not.toContain('refund-eta');
  });
});

describe('ranking', () => {
  const library = [
    t('a', { title: 'Refund policy', scenario: 'refund' }),
    t('b', { title: 'Refund timeline', scenario: 'refund' }),
    t('c', { title: 'Refund for damaged item', scenario: 'quality' }),
  ];
  const index = new TemplateIndex(library);
  const now = Date.UTC(2026, 10, 22);

  it('prefers the templates this agent uses often and recently', () => {
    const usage = { 'test/c': { count: 30, last: now - 3600_000 } };
    expect(index.search('refund', { context: { usage, now } })[0]!.template.id).toBe('c');
  });

  it("prefers the conversation's scenario among equal matches", () => {
    expect(index.search('refund', { context: { scenario: 'quality', now } })[0]!.template.id).toBe('c');
  });

  it('lists recent and frequent templates first when the query is empty', () => {
    const usage = { 'test/b': { count: 2, last: now }, 'test/c': { count: 9, last: now - 86_400_000 } };
    expect(index.search('', { context: { usage, now } }).map((hit) => hit.template.id)).toEqual(['c', 'b', 'a']);
  });

  it('still puts an exact shortcut before a heavily used template', () => {
    const withShortcut = new TemplateIndex([...library, t('d', { title: 'Polite closing', shortcut: 'refund' })]);
    const usage = { 'test/a': { count: 99, last: now } };
    expect(withShortcut.search('refund', { context: { usage, now } })[0]!.template.id).toBe('d');
  });
});

describe('recordUse', () => {
  it('counts uses, remembers the last, and stays bounded', async () => {
    const { recordUse } = await import('../../utils/search');
    let stats = recordUse({}, 'p/a', 1);
    stats = recordUse(stats, 'p/a', 5);
    expect(stats).toEqual({ 'p/a': { count: 2, last: 5 } });
    const bounded = recordUse(recordUse(stats, 'p/b', 6), 'p/c', 7, 2);
    expect(Object.keys(bounded).sort()).toEqual(['p/b', 'p/c']);
  });
});
