/**
 * Files an emitter made as bytes rather than text (the OpenAPI document, patched as bytes): the
 * core hashes and writes those bytes as they are, and the text is decoded only if somebody reads
 * it (check mode's comparison, a plugin). Kept beside the file, not in it, so `GeneratedFile`
 * stays `{ path, content }` for every emitter.
 */
import type { GeneratedFile } from './emitter.js'

const known = new WeakMap<GeneratedFile, Uint8Array>()
const decoder = new TextDecoder()

/** A generated file whose content is `bytes` (UTF-8). */
export function createFileFromBytes(path: string, bytes: Uint8Array): GeneratedFile {
  let text: string | undefined
  const file: GeneratedFile = {
    path,
    get content() {
      text ??= decoder.decode(bytes)
      return text
    },
  }
  known.set(file, bytes)
  return file
}

/** The bytes a file was made from (createFileFromBytes), if it was. */
export function getFileBytes(file: GeneratedFile): Uint8Array | undefined {
  return known.get(file)
}
