import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers of src/ are kept by eslint.config.js: these cases prove each rule fires (a rule that
 * silently matched nothing would let every layer leak) and that the allowed directions stay open.
 */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.ruleId ?? '');
}

describe('layers', () => {
  // The first lint loads the whole config and its parsers; the cases after it reuse them.
  beforeAll(() => problems('src/core/warm-up.ts', ''));

  it.each([
    ['src/core/x.ts', "import '../storage/points';"],
    ['src/core/x.ts', "import '../shared/messages';"],
    ['src/core/coach/x.ts', "import '../../content/index';"],
    ['src/core/x.ts', "import 'idb';"],
    ['src/core/x.ts', 'indexedDB.open("x");'],
    ['src/storage/x.ts', "import '../shared/messages';"],
    ['src/storage/x.ts', "import '../content/index';"],
    ['src/shared/x.ts', "import '../storage/points';"],
    ['src/content/x.ts', "import '../storage/points';"],
    ['src/content/ui/x.ts', "import '../../background/handlers';"],
    ['src/content/x.ts', "import '../popup/i18n';"],
    ['src/content/x.ts', "import 'idb';"],
    ['src/content/x.ts', 'indexedDB.open("x");'],
    ['src/popup/x.ts', "import '../content/index';"],
    ['src/popup/points/x.ts', "import '../../storage/points';"],
    ['src/options/x.ts', "import '../background/handlers';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/storage/x.ts', "import '../core/point'; import 'idb';"],
    ['src/content/x.ts', "import '../core/point'; import '../shared/messages';"],
    ['src/popup/x.ts', "import '../core/point'; import '../shared/messages';"],
    ['src/options/x.ts', "import '../popup/App';"],
    ['src/background/x.ts', "import '../storage/points'; import '../shared/messages'; import 'webextension-polyfill';"],
    ['src/core/coach/x.ts', "import '../point'; import './rules';"],
  ])('%s may: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
