import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve the `@/...` imports declared in tsconfig.json, as Next.js does.
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside a React Server environment; tests call lib/data directly.
    alias: { 'server-only': new URL('./tests/support/server-only.ts', import.meta.url).pathname },
  },
  test: {
    environment: 'node',
    include: ['tests/integration/**/*.test.ts', 'lib/**/*.test.ts'],
    // Integration tests start the wasm schema engine and replay migrations.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One database server for the whole run: files in sequence keep the load predictable.
    fileParallelism: false,
    // The public-data cache (ADR 018) is off: tests change rows behind lib/data's back and
    // read them back at once. tests/integration/public-cache.test.ts turns it on.
    env: { PUBLIC_DATA_CACHE_TTL_MS: '0' },
  },
});
