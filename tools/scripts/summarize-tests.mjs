#!/usr/bin/env node
// Reads the output of `pnpm test` (turbo prefixing each package's vitest lines) on stdin and prints
// one closing line, "N passed, M failed", summed over every vitest run, for CI's log readers.
import { readFileSync } from 'node:fs'

// Colour codes (ESC [ ... m) are dropped first; the pattern is built from the ESC code point.
const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
const text = readFileSync(0, 'utf8').replace(colours, '')
let passed = 0
let failed = 0
for (const line of text.split('\n')) {
  const tests = /\sTests\s+(.*)\((\d+)\)\s*$/.exec(line)
  if (!tests) continue
  passed += Number(/(\d+) passed/.exec(tests[1])?.[1] ?? 0)
  failed += Number(/(\d+) failed/.exec(tests[1])?.[1] ?? 0)
}
console.log(`${passed} passed, ${failed} failed`)
