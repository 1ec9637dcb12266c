import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '**/.next/**', '.data/**', 'lib/generated/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pages and components read data only through modules/*/queries. next-auth's browser client
    // weighs ~14 KB on every page that loads it: lib/auth-client.ts signs in and out without it.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'next-auth/react', message: 'Sign in and out with lib/auth-client.ts (docs/decisions/024-javascript-budget.md).' }],
          patterns: [{ group: ['@/lib/generated/prisma/client', '@prisma/*'], message: 'Pages read through modules/*/queries.ts.' }],
        },
      ],
    },
  },
];

export default config;
