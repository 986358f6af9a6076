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
