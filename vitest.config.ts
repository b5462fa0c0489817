import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
