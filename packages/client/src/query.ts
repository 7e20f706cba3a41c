/** Params as a PHP query string (`http_build_query`), the form `batch` commands are written in. */

/** `{ id: 5, fields: { NAME: 'A' }, ok: true }` -> `id=5&fields%5BNAME%5D=A&ok=1` (null and undefined are left out, as PHP does). */
export function toQuery(params: object): string {
  const parts: string[] = []
  const add = (key: string, value: unknown): void => {
    if (value == null) return
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v)
      return
    }
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value === true ? '1' : value === false ? '0' : String(value))}`)
  }
  for (const [key, value] of Object.entries(params)) add(key, value)
  return parts.join('&')
}
