import tseslint from 'typescript-eslint';

/** Layers: domain is pure (no I/O, no database, no HTTP); http never touches the query builder; the web app imports shared domain code, and query result types only as types. */
const noImport = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', '.tmp/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport(['**/db/**', '**/http/**', '**/commands/**', '**/queries/**', 'kysely', 'pg', '@electric-sql/*', 'fastify*', 'node:fs', 'node:http'], 'domain 层只写业务规则，不做 I/O'),
    },
  },
  {
    files: ['src/http/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport(['kysely', 'pg', '@electric-sql/*'], '路由不直接访问数据库：调用 commands/ 或 queries/'),
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      // Shared code comes from src/domain; the shapes of API answers may be imported as types from src/queries
      // (erased at build time), so the web app does not restate them.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/db/**', '**/src/http/**', '**/src/commands/**', 'kysely', 'pg'], message: '网页端只能引用 src/domain 中的共享代码' },
            { group: ['@queries/*', '**/src/queries/**'], allowTypeImports: true, message: '网页端只能以 import type 引用 src/queries 的返回类型' },
          ],
        },
      ],
    },
  },
);
