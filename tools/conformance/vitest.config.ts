import { defineConfig, mergeConfig } from 'vitest/config'
import shared from '../../vitest.shared.js'

// Over HTTP, each case starts its own mock process: run more of them at once.
export default mergeConfig(shared, defineConfig({ test: { maxConcurrency: 12 } }))
