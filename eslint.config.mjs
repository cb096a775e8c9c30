// ESLint flat config. Besides the recommended TypeScript rules it enforces the architecture:
// src/core and webview never import `vscode` or Node built-ins (core: only pure node:crypto hashing
// is allowed), and nothing outside src/extension imports `vscode`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'child_process', 'net', 'http', 'https', 'os', 'process', 'worker_threads', 'dgram', 'tls'];
const banned = (extra = []) => ({
  paths: [
    { name: 'vscode', message: 'Only src/extension may import vscode.' },
    ...nodeBuiltins.flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'Keep this layer pure: pass I/O in through an interface.' })),
    ...extra,
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'test/e2e/artifacts/**', 'test/fixtures/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use SeededRandom (src/core/sim/random.ts) or crypto.' },
      ],
    },
  },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', banned()] } },
  { files: ['webview/**/*.ts'], rules: { 'no-restricted-imports': ['error', banned([{ name: 'node:crypto', message: 'Browser code.' }])] } },
  { files: ['src/shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', banned()] } },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        ...Object.fromEntries(
          ['require', 'process', 'console', '__dirname', 'fetch', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'URL', 'structuredClone', 'Buffer'].map((g) => [g, 'readonly']),
        ),
        module: 'writable',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
