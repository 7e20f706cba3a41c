#!/usr/bin/env node
// The committed entry of the `b24kit-mock` command. It exists before the build, so a workspace
// install can link the bin on a fresh clone; the CLI itself is the built dist/cli.js.
import '../dist/cli.js'
