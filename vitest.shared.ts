/** Vitest settings every package shares: read workspace packages from their TypeScript sources. */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  // Generous limits: several suites spawn real processes (tsx, the mock CLI, curl, chromium, npm), and a
  // loaded 2-core CI machine must not turn a slow start into a failure. Speed is measured by `pnpm bench`.
  // `expect.poll` waits for a condition (an event seen from outside); its bound must be as loose as a
  // hook's, not vitest's default second, or a busy machine fails a test that is right.
  test: { testTimeout: 120_000, hookTimeout: 180_000, expect: { poll: { timeout: 60_000, interval: 20 } } },
})
