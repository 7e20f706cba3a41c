import { mergeConfig } from 'vitest/config'
import shared from '../../vitest.shared.js'

// The fuzzers are fixed workloads (10,000 seeded requests, 1,500 answers), not timing checks: 12.5 s
// alone for the largest, but several times that while `pnpm test` runs fifty tasks on two cores
// (131 s once). Their limit is set for the shared machine, not for speed (`pnpm bench` measures that).
export default mergeConfig(shared, { test: { testTimeout: 600_000 } })
