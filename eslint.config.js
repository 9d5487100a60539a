// Lint the TypeScript sources with the recommended rule sets; build output,
// dependencies and generated bench data are not ours to lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/.out/', 'coverage/', 'c21lab-demo/', 'test/fixtures/', 'test/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The room's pages: plain browser scripts, served as they are (no build step).
    files: ['templates/room/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        ['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'fetch', 'AbortController', 'TextDecoderStream', 'URLSearchParams', 'Node', 'Room'].map((g) => [g, 'readonly']),
      ),
    },
  },
);
