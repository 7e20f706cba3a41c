/** Vitest settings every package shares: read workspace packages from their TypeScript sources. */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  // Generous limits: several suites spawn real processes (tsx, the mock CLI, curl, chromium, npm), and a
  // loaded 2-core CI machine must not turn a slow start into a failure. Speed is measured by `pnpm bench`.
  test: { testTimeout: 120_000, hookTimeout: 180_000 },
})
