import { existsSync, readdirSync } from 'node:fs';

/** Saved helpdesk pages: test/fixtures/pages/<adapter id>/<variant>.html + <variant>.json. */
export const PAGES_DIR = 'test/fixtures/pages';

export interface Fixture {
  adapter: string;
  variant: string;
  html: string;
  json: string;
}

/** The saved pages of one adapter, by variant name. */
export function fixturesOf(adapterId: string): Fixture[] {
  const dir = `${PAGES_DIR}/${adapterId}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const variant = name.slice(0, -'.html'.length);
      return { adapter: adapterId, variant, html: `${dir}/${name}`, json: `${dir}/${variant}.json` };
    });
}
