import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', '.scratch', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Only src/map may import maplibre-gl; only src/spatial may import turf and spatial indexes.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'maplibre-gl', message: 'Only src/map/ imports maplibre-gl.' },
            { name: '@turf/turf', message: 'Only src/spatial/ imports turf.' },
            { name: 'kdbush', message: 'Only src/spatial/ imports spatial indexes.' },
            { name: 'geokdbush', message: 'Only src/spatial/ imports spatial indexes.' },
          ],
          patterns: [{ group: ['@turf/*'], message: 'Only src/spatial/ imports turf.' }],
        },
      ],
    },
  },
  // Arrows point down (../shared/design.md): the map engine imports no feature, store or app code; i18n
  // formats what it is given and reads no store; spatial is pure.
  {
    files: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@turf/turf', message: 'Only src/spatial/ imports turf.' }],
          patterns: [
            {
              group: ['**/features/**', '**/store/**', '**/app/**', '**/datasets/queries'],
              message: 'src/map is a generic engine: features bring their own layers (arrows point down).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/store/**', '**/app/**', '**/map/**', '**/datasets/queries'],
              message: 'src/i18n formats values it is given and reads no store (arrows point down).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/spatial/**', 'data/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
