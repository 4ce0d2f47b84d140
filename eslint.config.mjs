// ESLint flat config: typescript-eslint with type information, React hooks rules, Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    ignores: ['dist/**', 'dist-wps/**', 'dist-wps-package/**', 'dist-cli/**', 'coverage/**', 'node_modules/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // a leading underscore marks a parameter an interface requires but this implementation ignores
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Sources and test fakes that implement async interfaces (Host, its storage, CommandModule, Office/ET
    // fakes, ribbon actions, Excel.run callbacks) over synchronous work: `async` keeps a throw a rejection,
    // as the real API gives, so dropping it to satisfy require-await would change behaviour.
    files: ['src/hosts/**/*.ts', 'src/cli/expr.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Object-literal getters in the host fakes cannot be arrow functions, so they reach the fake through
    // a named alias of `this`.
    files: ['test/**/fake-*.ts'],
    rules: { '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['book', 'range'] }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        Buffer: 'readonly',
        URL: 'readonly',
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    // CommonJS node scripts: require() is how they import
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
);
