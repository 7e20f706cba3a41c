/**
 * One b24kit-mock CLI serves every file (started in global-setup.ts, its certificate trusted through
 * NODE_EXTRA_CA_CERTS before the test workers start), so files run one after another: each test
 * resets or seeds the store through the admin surface and must not see another file's calls.
 */
import { defineConfig, mergeConfig } from 'vitest/config'
import shared from '../../vitest.shared.js'

export default mergeConfig(shared, defineConfig({ test: { globalSetup: ['./src/global-setup.ts'], fileParallelism: false } }))
