import { defineConfig, mergeConfig } from 'vitest/config'
import shared from '../../vitest.shared.js'

// Two projects: `fast` (the changesets check and the changelog function, seconds) runs in `test`;
// `release` (pack, lint, npm installs, other Node versions, a local registry: minutes) in `test:release`.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: 'fast', include: ['test/fast/**/*.test.ts'] } },
        {
          extends: true,
          test: {
            name: 'release',
            include: ['test/release/**/*.test.ts'],
            testTimeout: 900_000,
            hookTimeout: 900_000,
            // One file at a time: both build and install on a two-core machine.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
