/** Keeps webhook codes and tokens out of what `b24kit` prints. */

/** `text` with every secret (and the `/rest/<user>/<code>/` part of any webhook URL) replaced by `***`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text.replace(/(\/rest\/\d+\/)[^/\s"']+/g, '$1***')
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***')
  return out
}
