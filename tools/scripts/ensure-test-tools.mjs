#!/usr/bin/env node
// Before the tests: make sure the machine has the real tools they drive (Debian's chromium for the
// docs browser test, curl for the docs' cURL tabs). On a fresh machine of this kind (root, apt) it
// installs what is missing; elsewhere it says what to install instead of failing later mid-suite.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const needed = [
  { bin: '/usr/bin/chromium', pkg: 'chromium', why: "the docs browser test and the mock's frame host test" },
  { bin: '/usr/bin/curl', pkg: 'curl', why: "the docs' and the mock's cURL tests" },
]
const missing = needed.filter((t) => !existsSync(t.bin))
if (missing.length === 0) process.exit(0)

const list = missing.map((t) => `${t.pkg} (${t.why})`).join(', ')
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
if (!canApt) {
  console.error(`Missing test tools: ${list}. Install them with your package manager, then run the tests again.`)
  process.exit(1)
}
console.log(`Installing missing test tools with apt-get: ${list}`)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((t) => t.pkg)], { stdio: 'inherit', env })
