import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../utils/sites/adapters';
import { CONTENT_SCRIPT_MATCHES } from '../../utils/sites/hosts';
import { fixturesOf } from '../support/fixtures';

/**
 * Every adapter is proven and documented: at least one saved page with its expected conversation,
 * and a row in the README's "Supported helpdesks" table naming it (with how it was built).
 */
const README = readFileSync('README.md', 'utf8');

/** The rows of the "Supported helpdesks" table (the first table after that heading). */
function supportRows(): string[] {
  const section = README.split(/^## Supported helpdesks$/m)[1];
  if (!section) return [];
  const table = section.split(/\n\s*\n/).find((block) => block.trimStart().startsWith('|')) ?? '';
  return table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2); // header and separator
}

const ADAPTER_IDS = ADAPTERS.map((adapter) => adapter.id).filter((id) => id !== 'demo');

describe('every site adapter has fixtures and a README row', () => {
  it('the README has a "Supported helpdesks" table', () => {
    expect(supportRows().length).toBeGreaterThan(0);
  });

  it('adapter ids are unique', () => {
    expect(new Set(ADAPTERS.map((adapter) => adapter.id)).size).toBe(ADAPTERS.length);
  });

  it.each(ADAPTER_IDS)('%s has at least one fixture page with its expected conversation', (id) => {
    const fixtures = fixturesOf(id);
    expect(fixtures.length, `add test/fixtures/pages/${id}/<variant>.html + .json`).toBeGreaterThan(0);
    for (const fixture of fixtures) expect(existsSync(fixture.json), `${fixture.json} is missing`).toBe(true);
  });

  it.each(ADAPTER_IDS)('%s has a row in the README support table that says how it was built', (id) => {
    const adapter = ADAPTERS.find((candidate) => candidate.id === id)!;
    const row = supportRows().find((line) => line.split('|')[1]?.includes(adapter.name));
    expect(row, `README "Supported helpdesks" needs a row for ${adapter.name}`).toBeDefined();
    expect(row, 'the row says the confidence: src (own source), 3rd (third-party selectors) or url').toMatch(/\b(src|3rd|url)\b/);
  });

  it.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s declares valid host match patterns', (_id, adapter) => {
    for (const host of adapter.hosts) {
      expect(host).toMatch(/^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/);
      expect(CONTENT_SCRIPT_MATCHES).toContain(host);
    }
  });
});
