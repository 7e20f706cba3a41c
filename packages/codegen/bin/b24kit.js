#!/usr/bin/env node
// The `b24kit` command: init, pull, generate (see `b24kit --help`).
import { runProjectCli } from '../dist/project/cli.js'

process.exitCode = await runProjectCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
})
