import { configDefaults, defineConfig, mergeConfig } from 'vitest/config'
import shared from '../../vitest.shared.js'

// test-artifacts/ holds the page's example tabs written out as files (one is a test file run in its
// own vitest process); html/ is the built site. Neither is a test of this package.
export default mergeConfig(shared, defineConfig({ test: { exclude: [...configDefaults.exclude, 'test-artifacts/**', 'html/**'] } }))
