import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      // Keep failure output readable: a short DOM excerpt instead of the whole app shell.
      env: { DEBUG_PRINT_LIMIT: '1500' },
      // Two cores shared with other builds: keep the worker count low.
      maxWorkers: 2,
      testTimeout: 20000,
      reporters: ['default', './scripts/vitest-summary-reporter.ts'],
    },
  }),
);
