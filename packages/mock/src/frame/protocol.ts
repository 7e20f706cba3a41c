/**
 * The frame protocol between an app's iframe and the portal window around it, as the official
 * clients speak it (facts from `@bitrix24/b24jssdk` 2.2.0's B24Frame): the portal names the iframe
 * `DOMAIN|PROTOCOL|APP_SID`; the app posts `command:params:callbackKey:appSid` strings to the parent
 * (an empty `params` is left out, so `getInitData:KEY:SID`); the parent answers `callbackKey:<JSON>`
 * to the app's origin. A command holding `:` itself travels as an object instead.
 */

/** One command the app posted, decoded. */
export interface FrameMessage {
  command: string
  /** The JSON-decoded params; a raw string where they are not JSON; undefined when none were sent. */
  params: unknown
  /** Where the answer goes; empty when the app asked for none. */
  callbackKey: string
  appSid: string
}

function decodeParams(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    // `setValue` and other raw-value commands send their value as it is.
    return text
  }
}

/**
 * Decodes a posted message, or returns undefined for anything that is not a frame command (other
 * scripts post messages too). Params may hold `:` (URLs, times), so the key and the sid are read
 * from the end and everything between them is the params.
 */
export function parseFrameMessage(data: unknown): FrameMessage | undefined {
  if (typeof data === 'string') {
    const parts = data.split(':')
    const command = parts[0] ?? ''
    if (!/^[A-Za-z][\w.]*$/.test(command) || parts.length < 2) return undefined
    if (parts.length === 2) return { command, params: undefined, callbackKey: '', appSid: parts[1] as string }
    return {
      command,
      params: decodeParams(parts.slice(1, -2).join(':')),
      callbackKey: parts.at(-2) as string,
      appSid: parts.at(-1) as string,
    }
  }
  if (typeof data === 'object' && data !== null) {
    const { method, params, callback, appSid } = data as Record<string, unknown>
    if (typeof method !== 'string' || typeof appSid !== 'string') return undefined
    return {
      command: method,
      params: typeof params === 'string' ? decodeParams(params) : params,
      callbackKey: typeof callback === 'string' ? callback : '',
      appSid,
    }
  }
  return undefined
}

/** The answer the parent posts back: `callbackKey:<JSON>`, or `callbackKey:` for an answer without data. */
export function formatFrameAnswer(callbackKey: string, answer: unknown): string {
  return answer === undefined ? `${callbackKey}:` : `${callbackKey}:${JSON.stringify(answer)}`
}

/** The iframe's name the portal gives: `DOMAIN|PROTOCOL|APP_SID`, PROTOCOL 1 for HTTPS, else 0. */
export function formatFrameName(domain: string, https: boolean, appSid: string): string {
  return `${domain}|${https ? 1 : 0}|${appSid}`
}
