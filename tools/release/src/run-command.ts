/** Runs the real tools (pnpm, npm, tsc, node, git) as child processes, with secrets kept out of errors. */
import { execFile } from 'node:child_process'

/** Where and how a command runs. */
export interface RunOptions {
  cwd: string
  /** Extra variables on top of a clean environment (see `createCleanEnv`). */
  env?: Record<string, string>
  /** Default 10 minutes: installs and builds are slow on a two-core machine. */
  timeoutMs?: number
  /** Strings (tokens, webhook codes) replaced by `***` in any error this run throws. */
  secrets?: readonly string[]
  /** Exit codes that resolve instead of rejecting (for tools that report findings through the code). */
  okExitCodes?: readonly number[]
}

/** What a finished command printed. */
export interface RunResult {
  stdout: string
  stderr: string
  exitCode: number
}

/**
 * The parent's environment without the variables pnpm, npm and vitest set for their own children:
 * a consumer's `npm install` must behave as on a user's machine, not inherit the workspace's
 * registry, lockfile or lifecycle settings.
 */
export function createCleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase()
    if (lower.startsWith('npm_') || lower.startsWith('pnpm_') || lower === 'node_options' || lower.startsWith('vitest')) continue
    if (lower === 'init_cwd' || lower === 'node_env' || lower === 'turbo_hash') continue
    env[key] = value
  }
  // One quiet, non-interactive npm everywhere.
  env.npm_config_fund = 'false'
  env.npm_config_audit = 'false'
  env.npm_config_update_notifier = 'false'
  return { ...env, ...extra }
}

/** Replaces every secret in `text` by `***`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join('***')
  return out
}

/** Keeps the end of a long output, where tools print the reason they failed. */
function tail(text: string, max = 6000): string {
  return text.length > max ? `...${text.slice(-max)}` : text
}

/**
 * Runs `command args` and resolves with its output; rejects naming the command, the folder, the
 * exit code and the end of its output (secrets redacted).
 */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const secrets = options.secrets ?? []
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: createCleanEnv(options.env),
        timeout: options.timeoutMs ?? 600_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout, stderr, exitCode: 0 })
          return
        }
        if (typeof error.code === 'number' && options.okExitCodes?.includes(error.code)) {
          resolve({ stdout, stderr, exitCode: error.code })
          return
        }
        const line = redactSecrets(`${command} ${args.join(' ')}`, secrets)
        const code = error.code ?? error.signal ?? 'unknown'
        const output = redactSecrets(tail(`${stdout}\n${stderr}`.trim()), secrets)
        reject(new Error(`\`${line}\` failed in ${options.cwd} (exit ${String(code)}):\n${output}`))
      },
    )
  })
}
