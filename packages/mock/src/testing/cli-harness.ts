/**
 * Runs the `b24kit-mock` CLI from its TypeScript source for the package's own tests (not built, not
 * shipped): start it and wait for the lines it prints, or run it to its exit code.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cliPath = fileURLToPath(new URL('../cli.ts', import.meta.url))
// tsx is a root dev dependency: take the package's or the root's bin, else PATH.
const tsx =
  ['../../node_modules/.bin/tsx', '../../../../node_modules/.bin/tsx']
    .map((p) => fileURLToPath(new URL(p, import.meta.url)))
    .find((p) => existsSync(p)) ?? 'tsx'

/** A CLI that has printed its start lines. */
export interface RunningCli {
  child: ChildProcess
  url: string
  webhookUrl: string
  output: () => string
}

/**
 * Starts the CLI on a free port and resolves once it has printed its base URL, its webhook URL and
 * whatever `last` matches (the last line the flags add, such as `certificate:`).
 */
export function startCli(args: string[], last: RegExp = /webhook: /): Promise<RunningCli> {
  const child = spawn(tsx, [cliPath, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /listening on (\S+)/.exec(out)?.[1]
      const webhookUrl = /webhook: (\S+)/.exec(out)?.[1]
      if (url && webhookUrl && last.test(out)) resolve({ child, url, webhookUrl, output: () => out })
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`the CLI exited with ${code}: ${out}`)))
  })
}

/** Runs the CLI (on a free port) until it exits: its exit code and what it wrote to stderr. */
export function runCliToExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(tsx, [cliPath, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })))
}
