import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, TEMPLATE_KINDS, type Pack } from '../../utils/packs/types';
import { parsePack } from '../../utils/packs/validate';

// Knowledge is data with its own tests: each shipped pack parses, validates, is sorted, round-trips,
// covers every kind × scenario, and doesn't teach the habits the draft coach warns about.
const PACKS = [
  {
    file: 'templates/zh-CN.json',
    min: 165,
    banned:
      /尽快|稍后|马上|近期|过几天|回头|随时|等通知|大概|大约|差不多|可能|也许|估计|好像|不确定|工单|后台|接口|缓存|SKU|灰度/,
  },
  {
    file: 'templates/en.json',
    min: 115,
    banned:
      /\b(asap|as soon as possible|soon|shortly|eventually|probably|maybe|might|perhaps|i think|i guess|hopefully|not sure|backend|escalation|cache|api|sku)\b/i,
  },
];

describe.each(PACKS)('$file', ({ file, min, banned }) => {
  const text = readFileSync(file, 'utf8');
  const result = parsePack(text, file);

  it('is a valid pack', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  const pack = JSON.parse(text) as Pack;

  it('is stored exactly as JSON.stringify(pack, null, 2) writes it', () => {
    expect(text).toBe(`${JSON.stringify(pack, null, 2)}\n`);
  });

  it('keeps templates sorted by id', () => {
    const ids = pack.templates.map((template) => template.id);
    expect(ids).toEqual([...ids].sort());
  });

  it(`has at least ${min} templates covering every kind for every scenario`, () => {
    expect(pack.templates.length).toBeGreaterThanOrEqual(min);
    const gaps = SCENARIOS.flatMap((scenario) =>
      TEMPLATE_KINDS.filter((kind) => pack.templates.filter((t) => t.kind === kind && t.scenario === scenario).length < 2).map(
        (kind) => `${scenario}/${kind}`,
      ),
    );
    expect(gaps).toEqual([]);
  });

  it('tags every closing and follow-up with the situation it fits', () => {
    const untagged = pack.templates
      .filter((t) => t.kind === 'closing' || t.kind === 'followup')
      .filter((t) => t.tags.filter((tag) => ['resolved', 'unresolved', 'pending'].includes(tag)).length !== 1)
      .map((t) => t.id);
    expect(untagged).toEqual([]);
  });

  it('uses no vague, hedging or internal wording', () => {
    const offenders = pack.templates.filter((t) => banned.test(t.body)).map((t) => `${t.id}: ${banned.exec(t.body)?.[0]}`);
    expect(offenders).toEqual([]);
  });
});
