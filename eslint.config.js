// ESLint decides correctness, Prettier decides layout. The layer rules of docs/ARCHITECTURE.md
// live here so that a wrong import fails `npm test` instead of relying on review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'stream',
  'util',
  'worker_threads',
];

/** One `no-restricted-imports` entry per layer: what that layer may never import. */
function layer(files, patterns, message) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: patterns, message, allowTypeImports: false }] },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'bench-results/**',
      'tests/fixtures/**',
      'assets/sample-workspace/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/strict-boolean-expressions': [
        'error',
        {
          allowString: true,
          allowNumber: false,
          allowNullableObject: true,
          allowNullableBoolean: true,
          allowNullableString: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tools demand default exports from their config files.
    files: ['*.config.ts', '*.config.js', 'vite.config.ts', 'vitest.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(
    ['core/**'],
    [
      'electron',
      'electron/*',
      ...nodeBuiltins,
      'react',
      'react-dom',
      'react-dom/*',
      '@codemirror/*',
      'dompurify',
      'chokidar',
      '**/electron/**',
      '**/renderer/**',
      '**/tests/**',
    ],
    'core/ is pure TypeScript: no Node, DOM framework, Electron or other layers.',
  ),
  layer(
    ['renderer/**'],
    [
      'electron',
      'electron/*',
      ...nodeBuiltins,
      'chokidar',
      '**/electron/**',
      'zod',
      '**/api-schemas',
    ],
    "renderer/ reaches the backend only through the contract (core/api.ts); validating arguments is the backend's job (core/api-schemas.ts, zod).",
  ),
  layer(
    ['electron/node/**'],
    ['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/preload/**'],
    'electron/node/ runs on plain Node: it never imports Electron or the renderer.',
  ),
  layer(
    ['electron/main/**'],
    ['**/renderer/**', '**/preload/**', 'react', 'react-dom'],
    'electron/main/ imports electron/node and core, never the renderer.',
  ),
  layer(
    ['electron/preload/**'],
    ['**/renderer/**', '**/node/**', '**/main/**', ...nodeBuiltins, 'zod', '**/api-schemas'],
    'The preload exposes the contract and nothing else (the backend validates arguments).',
  ),
  {
    // Exactly one file touches ipcMain, one touches ipcRenderer/contextBridge (GitHub Desktop's rule).
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc-binding.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Only electron/main/ipc-binding.ts touches ipcMain.',
        },
      ],
    },
  },
);
