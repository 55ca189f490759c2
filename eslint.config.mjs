// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The language service (server/src/service) takes text and settings and returns plain results.
 * It runs where Node does not (a browser, a web worker), so it reaches no transport, no file
 * system, no process and none of the shells around it. The shells give it what it needs.
 */
const NOT_IN_SERVICE = 'The language service is pure: the LSP and CLI shells do I/O and pass the results in.';

const TYPES_HINT = 'LSP types come from vscode-languageserver-types.';

const nodeModules = builtinModules.filter((m) => !m.startsWith('_'));

/**
 * `no-restricted-imports` for a service file `depth` folders below server/src/service;
 * `allowed` names Node modules that file may still use.
 */
function serviceImports(depth, allowed = []) {
  const up = '\\.\\./'.repeat(depth + 1);
  return [
    'error',
    {
      paths: [
        ...['vscode', 'vscode-languageserver'].map((name) => ({ name, message: `${NOT_IN_SERVICE} ${TYPES_HINT}` })),
        ...['vscode-languageclient', 'vscode-languageserver-protocol', 'vscode-jsonrpc'].map((name) => ({
          name,
          message: NOT_IN_SERVICE,
        })),
        ...nodeModules.filter((m) => !allowed.includes(m)).map((name) => ({ name, message: NOT_IN_SERVICE })),
      ],
      patterns: [
        { group: ['vscode-languageserver/*'], message: `${NOT_IN_SERVICE} ${TYPES_HINT}` },
        {
          group: ['node:*', ...allowed.map((m) => `!node:${m}`), 'vscode-jsonrpc/*', 'vscode-languageclient/*'],
          message: NOT_IN_SERVICE,
        },
        { group: nodeModules.map((m) => `${m}/*`), message: NOT_IN_SERVICE },
        {
          // Out of the service folder only to the built-in data (server/data).
          regex: `^${up}(?!\\.\\./data/)`,
          message: `${NOT_IN_SERVICE} It imports nothing of the shells (lsp, cli, config, files, server).`,
        },
      ],
    },
  ];
}

const serviceGlobals = [
  'error',
  ...[
    'Buffer',
    'process',
    'global',
    'require',
    'module',
    '__dirname',
    '__filename',
    'setImmediate',
    'clearImmediate',
  ].map((name) => ({ name, message: NOT_IN_SERVICE })),
];

const NODE_GLOBALS = Object.fromEntries(
  [
    'console',
    'process',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'AbortController',
    'TextDecoder',
    'TextEncoder',
    'fetch',
    'performance',
    'structuredClone',
    'queueMicrotask',
    '__dirname',
    '__filename',
    'require',
    'module',
    'exports',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'e2e-work/**', 'test-results/**', '.scratch/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A default before a try or a branch that always assigns it is the house style; tsc checks definite assignment.
      'no-useless-assignment': 'off',
      // Control characters are data here: terminal and CI-log escaping, YAML's forbidden characters.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Type-aware rules that catch real bugs at little cost: a promise nobody awaits or handles
      // loses its error; a promise in a condition or a spread is a slip; so is awaiting a
      // non-promise. A promise handed to a callback typed void is allowed: the server's
      // handlers and the scheduler's runs catch their own errors (lsp/guard.ts).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
      // tsc's noUnusedLocals and noUnusedParameters report these already.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Functions that Playwright runs inside the browser page.
    files: ['test/vscode/**/*.mjs', 'test/browser/**/*.mjs'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', getComputedStyle: 'readonly' } },
  },
  {
    files: ['server/src/service/*.ts'],
    rules: { 'no-restricted-imports': serviceImports(0), 'no-restricted-globals': serviceGlobals },
  },
  {
    files: ['server/src/service/*/*.ts'],
    rules: { 'no-restricted-imports': serviceImports(1), 'no-restricted-globals': serviceGlobals },
  },
  {
    files: ['server/src/service/*/*/*.ts'],
    rules: { 'no-restricted-imports': serviceImports(2), 'no-restricted-globals': serviceGlobals },
  },
  {
    // The configuration model still resolves phrasebook paths and override globs with node:path
    // (and nothing else of Node). The exception goes once the shells pass path operations in.
    files: ['server/src/service/config/resolve.ts'],
    rules: { 'no-restricted-imports': serviceImports(1, ['path']) },
  },
);
