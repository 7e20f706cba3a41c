/** Vitest settings every package shares: read workspace packages from their TypeScript sources. */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { testTimeout: 20_000, hookTimeout: 30_000 },
})
