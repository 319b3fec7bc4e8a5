import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds dist/ once: the CLI tests run bin/secwire.js against it.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Tests never reach the internet: the HTTP layer refuses every host but these (child processes inherit it).
    env: { SECWIRE_ALLOWED_HOSTS: '127.0.0.1,localhost,::1,*.test' },
  },
});
