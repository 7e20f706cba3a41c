/**
 * The `b24kit-mock` flags of the frame host, read into `FrameHostOptions`. Kept beside the host so
 * the CLI only declares the flags and hands their values here.
 */
import type { FrameHostOptions } from './host.js'

/** The raw values of the frame flags, as `parseArgs` gives them. */
export interface FrameFlags {
  'frame-app'?: string
  'frame-placement'?: string
  'frame-placement-options'?: string
  'frame-not-admin'?: boolean
  'frame-install'?: boolean
  'frame-first-run'?: boolean
}

/** A bad frame flag: the message names the flag and its value. */
export class FrameFlagError extends Error {
  override name = 'FrameFlagError'
}

function readPlacementOptions(text: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new FrameFlagError(`--frame-placement-options: expected a JSON object such as {"ID":"50"}, got "${text}"`)
  return value as Record<string, unknown>
}

/** The host's options from the flags, or undefined without `--frame-app`; `lang` is the portal's. */
export function readFrameFlags(flags: FrameFlags, lang: string): FrameHostOptions | undefined {
  const appUrl = flags['frame-app']
  if (appUrl === undefined) {
    const stray = (['frame-placement', 'frame-placement-options', 'frame-not-admin', 'frame-install', 'frame-first-run'] as const).find(
      (flag) => flags[flag] !== undefined && flags[flag] !== false,
    )
    if (stray) throw new FrameFlagError(`--${stray}: needs --frame-app URL (the app the frame host embeds)`)
    return undefined
  }
  const options: FrameHostOptions = {
    appUrl,
    lang,
    isAdmin: !flags['frame-not-admin'],
    install: flags['frame-install'] ?? false,
    firstRun: flags['frame-first-run'] ?? false,
  }
  if (flags['frame-placement'] !== undefined) {
    if (!/^[A-Z0-9_]+$/.test(flags['frame-placement']))
      throw new FrameFlagError(
        `--frame-placement: expected a placement code such as CRM_CONTACT_DETAIL_TAB, got "${flags['frame-placement']}"`,
      )
    options.placement = flags['frame-placement']
  }
  if (flags['frame-placement-options'] !== undefined) options.placementOptions = readPlacementOptions(flags['frame-placement-options'])
  return options
}
