import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // End-to-end tests start a loopback Discord server and real clients; give them room.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
