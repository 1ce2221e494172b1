// The import rule from docs/architecture.md: each top-level folder is one runtime and may import only
// the folders listed for it. A wrong import fails `npm test`, not a review.
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'worker_threads',
  'stream',
];
const rule = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'tests/artifacts/**',
      '.electron-native/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: rule(
      [
        [
          '**/db/**',
          '**/electron/**',
          '**/renderer/**',
          '**/server/**',
          '**/tests/**',
          'electron',
          'react',
          'react-dom',
          'better-sqlite3*',
          'exceljs',
          ...nodeBuiltins,
        ],
      ],
      'shared/ runs anywhere: it may import nothing of Node, Electron, the DOM or the other folders.',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: rule(
      [['**/electron/**', '**/renderer/**', '**/server/**', '**/tests/**', 'electron', 'react', 'react-dom']],
      'db/ may import shared/ only.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    rules: rule(
      [['**/renderer/**', '**/server/**', '**/tests/**', 'react', 'react-dom']],
      'electron/ may import shared/ and db/ only.',
    ),
  },
  {
    // The browser host: the app served over HTTP/WebSocket to users without Electron (and to the e2e specs).
    files: ['server/**/*.ts'],
    rules: rule(
      [['**/electron/**', '**/renderer/**', '**/tests/**', 'electron', 'react', 'react-dom']],
      'server/ may import shared/ and db/ only.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: rule(
      [
        [
          '**/db/**',
          '**/electron/**',
          '**/server/**',
          '**/tests/**',
          'electron',
          'better-sqlite3*',
          'exceljs',
          'ws',
          ...nodeBuiltins,
        ],
      ],
      'renderer/ talks to the backend only through the contract client: it may import shared/ only.',
    ),
  },
  {
    // The two classic hook rules only: a hook called conditionally, or an effect that reads a value it does not
    // list, is a bug that shows only at runtime (a stale meetingId, a skipped subscription). The plugin's React
    // Compiler rules are left out: the app does not use the compiler.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
