// Lint: typed rules for all TypeScript, and a hard wall around src/core, which must run in Node, the browser and the
// extension host alike, so it may import neither `vscode` nor any Node built-in.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.test-runs/**', '**/*.js', '**/*.mjs', '**/*.cjs', 'test/fixtures/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      // The .bib scanner's ScanError is deliberately not an Error: a stack trace per broken entry cost most of a
      // broken file's scan time. It never leaves the scanner.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: 'ScanError', path: 'src/core/bibliography/bibScanner.ts' }] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on the editor; put adapters in src/vscode.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'src/core must run in the browser too: no Node built-ins.' })),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
);
