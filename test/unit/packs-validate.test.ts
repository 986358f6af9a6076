import { describe, expect, it } from 'vitest';
import { parsePack, validatePack } from '../../utils/packs/validate';

const template = (overrides: Record<string, unknown> = {}) => ({
  id: 'refund-eta',
  title: '退款到账时间',
  body: '{{customer.name|您}}好,退款预计 {{date +3d}} 前原路退回。',
  kind: 'resolution',
  scenario: 'refund',
  tags: ['退款'],
  ...overrides,
});
const pack = (overrides: Record<string, unknown> = {}) => ({
  format: 'deskmate-pack',
  schemaVersion: 1,
  id: 'acme-support',
  name: 'ACME',
  version: '2026.11.2',
  locale: 'zh-CN',
  templates: [template()],
  ...overrides,
});

describe('validatePack', () => {
  it('accepts a well-formed pack', () => {
    const result = validatePack(
      pack({ rules: [{ id: 'no-gift', match: '免费赠送', regex: false, message: '不要承诺赠品', severity: 'warning' }] }),
      'a.json',
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'a wrong kind',
      pack({ templates: [template({ kind: 'greeting' })] }),
      'templates[0].kind',
      /expected one of opening \| clarification/,
    ],
    [
      'a wrong scenario',
      pack({ templates: [template({ scenario: 'shipping' })] }),
      'templates[0].scenario',
      /expected one of order/,
    ],
    ['an empty body', pack({ templates: [template({ body: '  ' })] }), 'templates[0].body', /non-empty string/],
    [
      'an unknown variable',
      pack({ templates: [template({ body: '您好 {{customer.phone}}' })] }),
      'templates[0].body',
      /unknown variable \{\{customer.phone\}\}/,
    ],
    ['a date without offset', pack({ templates: [template({ body: '{{date}} 前' })] }), 'templates[0].body', /offset in days/],
    ['a stray {{', pack({ templates: [template({ body: '您好 {{customer.name' })] }), 'templates[0].body', /malformed variable/],
    ['two cursors', pack({ templates: [template({ body: '{{cursor}} a {{cursor}}' })] }), 'templates[0].body', /at most once/],
    ['a bad id', pack({ templates: [template({ id: 'Refund ETA' })] }), 'templates[0].id', /does not match/],
    ['tags not an array', pack({ templates: [template({ tags: '退款' })] }), 'templates[0].tags', /array of strings/],
    ['an unknown template field', pack({ templates: [template({ colour: 'red' })] }), 'templates[0].colour', /unknown field/],
    ['the wrong format', pack({ format: 'other' }), 'format', /deskmate-pack/],
    ['a future schema', pack({ schemaVersion: 2 }), 'schemaVersion', /expected 1/],
    ['no templates', pack({ templates: undefined }), 'templates', /expected an array/],
    [
      'a bad regex rule',
      pack({ rules: [{ id: 'r', match: '(', regex: true, message: 'm', severity: 'error' }] }),
      'rules[0].match',
      /invalid regular expression/,
    ],
    [
      'a bad severity',
      pack({ rules: [{ id: 'r', match: 'x', message: 'm', severity: 'fatal' }] }),
      'rules[0].severity',
      /info \| warning \| error/,
    ],
  ])('reports %s with its JSON path', (_name, document, path, message) => {
    const result = validatePack(document, 'packs/acme.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ file: 'packs/acme.json', path, message: expect.stringMatching(message) }),
    );
  });

  it('reports duplicate ids and shortcuts pointing at the first use', () => {
    const result = validatePack(
      pack({
        templates: [
          template({ shortcut: 'tk' }),
          template({ title: 'x', shortcut: 'TK' }),
          template({ id: 'other', shortcut: 'tk' }),
        ],
      }),
      'p.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => `${error.path}: ${error.message}`)).toEqual([
      'templates[1].id: duplicate id "refund-eta" (first used at templates[0])',
      'templates[1].shortcut: duplicate shortcut "tk" (first used at templates[0])',
      'templates[2].shortcut: duplicate shortcut "tk" (first used at templates[0])',
    ]);
  });

  it('rejects an oversized pack whole instead of loading part of it', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => template({ id: `t-${i}` }));
    const result = validatePack(pack({ templates: many }), 'big.json');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ path: 'templates', message: expect.stringMatching(/limit of 50000/) });
  });

  it('rejects a document that is not a pack object', () => {
    expect(validatePack([], 'x.json')).toEqual({
      ok: false,
      errors: [{ file: 'x.json', path: '', message: 'expected a pack object, got an array' }],
    });
  });
});

describe('parsePack', () => {
  it('reads JSON with a UTF-8 byte-order mark', () => {
    expect(parsePack(`\uFEFF${JSON.stringify(pack())}`, 'bom.json').ok).toBe(true);
  });

  it('names the file and the parse problem for broken JSON', () => {
    const result = parsePack('{"format": "deskmate-pack",', 'broken.json');
    expect(result).toMatchObject({
      ok: false,
      errors: [{ file: 'broken.json', path: '', message: expect.stringMatching(/^not valid JSON/) }],
    });
  });
});
