import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundary rule is enforced, not documented: prove it fires where it should and not elsewhere.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('ESLint boundaries', () => {
  it.each(['utils/search/x.ts', 'utils/conversation/x.ts', 'utils/lint/x.ts', 'utils/suggest/x.ts', 'utils/packs/x.ts'])(
    'keeps %s free of browser globals and extension imports',
    async (file) => {
      expect(await problems(file, 'export const title = document.title;\n')).toContain('no-restricted-globals');
      expect(await problems(file, 'export const id = window.location.href;\n')).toContain('no-restricted-globals');
      expect(await problems(file, "import { browser } from 'wxt/browser';\nexport const b = browser;\n")).toContain(
        'no-restricted-imports',
      );
      expect(await problems(file, "import { askTab } from '../messaging';\nexport const a = askTab;\n")).toContain(
        'no-restricted-imports',
      );
    },
  );

  it('lets site adapters use a Document they are given, not the global one', async () => {
    expect(await problems('utils/sites/x.ts', 'export const read = (doc: Document) => doc.title;\n')).toEqual([]);
    expect(await problems('utils/sites/x.ts', 'export const read = () => document.title;\n')).toContain('no-restricted-globals');
  });

  it('keeps entrypoints from importing each other', async () => {
    expect(await problems('entrypoints/background.ts', "import '../sidepanel/main';\n")).toContain('no-restricted-imports');
  });

  it('lets browser-side modules use the browser', async () => {
    expect(await problems('utils/messaging.ts', "import { browser } from 'wxt/browser';\nexport const b = browser;\n")).toEqual(
      [],
    );
  });
});
