import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'demo-output/', 'docs/', 'coverage/', 'tests/fixtures/_built/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  ...layers(),
);

/**
 * The direction of dependencies between src/ folders, kept by the linter. core/ is pure and imports
 * nothing of ours; storage/ only core and idb; content/ (in the mail page's origin) never the
 * database or the extension pages; the popup and options pages talk to the worker by message only.
 * shared/ is what both sides of the message contract use, and leans on core alone.
 */
function layers() {
  const ours = (folders) => ({
    regex: `(^|/)(${folders.join('|')})(/|$)`,
    message: 'This folder may not import from there (see the layers in eslint.config.js).',
  });
  const rule = (files, folders, packages = [], globals = []) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [ours(folders), ...packages.map((name) => ({ regex: `^${name}(/|$)`, message: `No ${name} here.` }))] }],
      ...(globals.length > 0 && { 'no-restricted-globals': ['error', ...globals] }),
    },
  });
  const everything = ['core', 'storage', 'shared', 'content', 'popup', 'options', 'background'];
  const except = (...allowed) => everything.filter((folder) => !allowed.includes(folder));
  return [
    rule(['src/core/**'], except('core'), ['idb', 'webextension-polyfill', 'preact'], ['chrome', 'browser', 'indexedDB', 'localStorage']),
    rule(['src/storage/**'], except('core', 'storage'), ['webextension-polyfill', 'preact']),
    rule(['src/shared/**'], except('core', 'shared'), ['idb', 'webextension-polyfill', 'preact'], ['indexedDB']),
    rule(['src/content/**'], ['storage', 'background', 'popup', 'options'], ['idb', 'webextension-polyfill', 'preact'], ['indexedDB']),
    rule(['src/popup/**', 'src/options/**'], ['content', 'storage', 'background'], ['idb', 'webextension-polyfill'], ['indexedDB']),
  ];
}
