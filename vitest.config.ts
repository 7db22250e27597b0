// Unit tests live beside the code; proxy integration tests run a real fake Seam on a random port.
import { configDefaults, defineConfig } from 'vitest/config'

// Tests that stop a shared service (the machine's PostgreSQL, which the store tests use) run
// alone, one file at a time, after the others: `npm run test:alone` sets DOORBOARD_ALONE_TESTS.
const ALONE_TESTS = 'server/**/*.alone.test.ts'
const alone = process.env.DOORBOARD_ALONE_TESTS === '1'

export default defineConfig({
  test: {
    include: alone
      ? [ALONE_TESTS]
      : ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: alone ? configDefaults.exclude : [...configDefaults.exclude, ALONE_TESTS],
    fileParallelism: !alone,
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
