import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const run = (...argv: string[]) => runCli(argv);
import { BUILTIN_PACKS } from '../../utils/packs/builtin';
import { defaultMeta, packFromCsv, packToCsv, parseCsv } from '../../utils/packs/csv';

const meta = { id: 'acme', name: 'ACME', version: '1', locale: 'zh-CN' };
const HEADER = 'id,title,body,kind,scenario,tags,shortcut,locale';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, multi-line bodies, CRLF and a BOM', () => {
    const text = '\uFEFFa,b\r\n"x, y","He said ""hi""\r\nthen left"\r\n\r\nplain,2\r\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ['a', 'b'],
        ['x, y', 'He said "hi"\r\nthen left'],
        ['plain', '2'],
      ],
      lines: [1, 2, 5],
    });
  });

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('a,b\n"open,2\n')).toEqual({ error: 'a quoted field is never closed', line: 2 });
  });
});

describe('packFromCsv / packToCsv', () => {
  it.each(BUILTIN_PACKS.map((pack) => [pack.id, pack] as const))(
    'round-trips the built-in pack %s byte for byte',
    (_id, pack) => {
      const csv = packToCsv(pack);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const back = packFromCsv(csv, 'x.csv', { id: pack.id, name: pack.name, version: pack.version, locale: pack.locale });
      expect(back.ok && JSON.stringify(back.pack, null, 2)).toBe(JSON.stringify(pack, null, 2));
    },
  );

  it('reads a CSV without a BOM, with LF line ends and a quoted multi-line body', () => {
    const csv = `${HEADER}\nrefund-eta,退款到账时间,"您好,退款已提交。\n1. 原路退回\n2. 短信通知",resolution,refund,退款|到账,tkdz,\n`;
    const result = packFromCsv(csv, 'a.csv', meta);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.templates[0]).toEqual({
        id: 'refund-eta',
        title: '退款到账时间',
        body: '您好,退款已提交。\n1. 原路退回\n2. 短信通知',
        kind: 'resolution',
        scenario: 'refund',
        tags: ['退款', '到账'],
        shortcut: 'tkdz',
      });
    }
  });

  it('names the JSON path and the CSV line of a bad row', () => {
    const csv = `${HEADER}\nok,OK,"two\nlines",closing,general,,,\nbad,Bad,Body,greeting,general,,,\n`;
    const result = packFromCsv(csv, 'team.csv', meta);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: 'team.csv',
          path: 'templates[1].kind',
          message: expect.stringMatching(/^expected one of opening .* \(CSV line 4\)$/),
        },
      ],
    });
  });

  it.each([
    ['a header without required columns', 'id,title\nx,y\n', /lacks column\(s\) body, kind, scenario/],
    ['an unknown column', `${HEADER},colour\n`, /unknown column\(s\) colour/],
    ['a row with the wrong number of fields', `${HEADER}\na,b,c\n`, /CSV line 2: 3 fields, the header has 8/],
    ['an empty file', '', /empty CSV/],
  ])('rejects %s', (_name, csv, message) => {
    const result = packFromCsv(csv, 'x.csv', meta);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(message);
  });

  it('derives pack metadata from the file name and the text', () => {
    expect(defaultMeta('packs/My Team Replies.csv', '您好,退款', new Date(2026, 10, 22))).toEqual({
      id: 'my-team-replies',
      name: 'My Team Replies',
      version: '2026.11.22',
      locale: 'zh-CN',
    });
  });
});

describe('deskmate pack convert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deskmate-convert-'));

  it('converts JSON → CSV → JSON without losing anything', async () => {
    const csv = join(dir, 'en.csv');
    const json = join(dir, 'en.json');
    expect((await run('pack', 'convert', 'templates/en.json', csv)).code).toBe(0);
    const result = await run(
      'pack',
      'convert',
      '--json',
      '--id',
      'builtin-en',
      '--name',
      'Deskmate built-in replies (English)',
      '--version',
      '2026.11.1',
      '--locale',
      'en',
      csv,
      json,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, templates: BUILTIN_PACKS[1]!.templates.length });
    expect(readFileSync(json, 'utf8')).toBe(readFileSync('templates/en.json', 'utf8'));
  });

  it('exits 1 with file, path and message for a broken CSV, writing nothing', async () => {
    const csv = join(dir, 'broken.csv');
    writeFileSync(csv, `${HEADER}\nx,X,,closing,general,,,\n`);
    const result = await run('pack', 'convert', '--json', csv, join(dir, 'never.json'));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors[0]).toMatchObject({ file: csv, path: 'templates[0].body' });
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  });

  it('exits 2 for a pair of extensions it does not convert', async () => {
    expect((await run('pack', 'convert', 'a.txt', 'b.json')).code).toBe(2);
  });
});
