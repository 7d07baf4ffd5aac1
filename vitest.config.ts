import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn the built binary; give them room on a 2-core CI machine.
    testTimeout: 30_000,
  },
});
