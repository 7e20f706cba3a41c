/**
 * Reads the cURL example of a page: the method name in the URL and the body after `-d`. Bodies are
 * shell words, so they are read as a shell would (quotes concatenated, `$VAR` and `$(...)` noted as
 * substitutions) before the JSON parse; `**put_...**` placeholders and other case spellings of keys
 * are noted, never guessed.
 */
import { parseLooseJson } from './loose-json.js'

/** What one cURL command says. */
export interface CurlFacts {
  method?: string
  params?: Record<string, unknown>
  notes: string[]
}

const SUBSTITUTION = '__shell_substitution__'

/** Reads the shell word that starts at `from`: quoted runs and bare runs up to unquoted whitespace. */
function readShellWord(text: string, from: number): { word: string; substituted: boolean } {
  let word = ''
  let substituted = false
  let i = from
  while (i < text.length && !/\s/.test(text[i] as string)) {
    const ch = text[i] as string
    if (ch === "'") {
      const end = text.indexOf("'", i + 1)
      const stop = end < 0 ? text.length : end
      word += text.slice(i + 1, stop)
      i = stop + 1
    } else if (ch === '"') {
      let j = i + 1
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      const inner = text.slice(i + 1, j)
      const replaced = inner.replace(/\$\([^)]*\)|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, SUBSTITUTION)
      if (replaced !== inner) substituted = true
      word += replaced.replace(/\\(["\\$`])/g, '$1')
      i = j + 1
    } else if (ch === '$') {
      const m = /^\$\([^)]*\)|^\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))
      word += SUBSTITUTION
      substituted = true
      i += m ? m[0].length : 1
    } else if (ch === '\\') {
      word += text[i + 1] ?? ''
      i += 2
    } else {
      word += ch
      i++
    }
  }
  return { word, substituted }
}

/** Extracts the method name and the JSON params of a cURL command. */
export function readCurl(command: string): CurlFacts {
  const notes: string[] = []
  const text = command.replace(/\\\r?\n/g, ' ')
  const urls = [...text.matchAll(/https?:\/\/[^\s'"]+/g)].map((m) => m[0])
  const last = urls.at(-1)
  const method = last
    ?.split('?')[0]
    ?.split('/')
    .at(-1)
    ?.replace(/\.(json|xml)$/i, '')
  const flag = /(?:^|\s)(?:-d|--data(?:-raw|-binary)?)\s+/.exec(text)
  if (!flag) return { method, notes }
  const { word, substituted } = readShellWord(text, flag.index + flag[0].length)
  if (substituted) notes.push('shell substitution in the body')
  let body = word.trim()
  if (!body.startsWith('{')) {
    notes.push('body is not JSON (form-encoded)')
    return { method, params: Object.fromEntries(new URLSearchParams(body)), notes }
  }
  // Placeholders and substitutions that stand where a value goes become strings, so the JSON parses.
  const before = body
  body = body.replace(new RegExp(`([:\\[,]\\s*)(\\*\\*put_[A-Za-z0-9_]+\\*\\*|${SUBSTITUTION})`, 'g'), '$1"$2"')
  if (before !== body) notes.push('unquoted placeholder in the body')
  const parsed = parseLooseJson(body)
  if (!parsed || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    notes.push('body does not parse')
    return { method, notes }
  }
  for (const what of parsed.repaired) notes.push(`body repaired: ${what}`)
  const params = { ...(parsed.value as Record<string, unknown>) }
  delete params.auth
  if (JSON.stringify(params).includes('**put_')) notes.push('placeholder values (**put_...**)')
  if (JSON.stringify(params).includes(SUBSTITUTION)) notes.push('values from shell substitution')
  return { method, params, notes }
}
