/**
 * The CLI's certificate: the files a user gives (`--cert`/`--key`), or a fresh self-signed one for
 * localhost and 127.0.0.1, saved where the user asks (`--cert-out`) so a client that verifies TLS
 * can trust it: `NODE_EXTRA_CA_CERTS`, curl `--cacert`, PHP's `curl.cainfo`, Python's `cafile`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'

/** A PEM key and certificate. */
export interface TlsPair {
  key: string
  cert: string
}

/** Where the certificate comes from and where a generated one goes. */
export interface TlsSource {
  /** PEM certificate file to serve; with `keyFile`. */
  certFile?: string
  /** PEM private key file of `certFile`. */
  keyFile?: string
  /** Save the generated certificate (PEM) to this file. */
  certOut?: string
  /** The host the server binds to: an IP other than 127.0.0.1 joins the certificate's names. */
  host: string
}

/** A bad certificate flag or file: the message names the flag and the file, never the key's content. */
export class TlsSourceError extends Error {
  override name = 'TlsSourceError'
}

async function readPem(flag: string, file: string, marker: RegExp): Promise<string> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new TlsSourceError(`${flag}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  if (!marker.test(text)) throw new TlsSourceError(`${flag}: ${file} holds no PEM block (expected "-----BEGIN ...-----")`)
  return text
}

/** Makes a self-signed certificate for localhost and 127.0.0.1 (and `host` when it is another IP). */
export async function createSelfSignedPair(host: string): Promise<TlsPair> {
  const { generate } = await import('selfsigned')
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          ...(/^[\d.]+$/.test(host) && host !== '127.0.0.1' ? [{ type: 7 as const, ip: host }] : []),
        ],
      },
    ],
  })
  return { key: pems.private, cert: pems.cert }
}

/**
 * The key and certificate to serve, and the absolute path the generated certificate was saved to
 * (when `certOut` is set). Given files are read as they are; `certOut` with given files is refused,
 * as the user already holds the certificate.
 */
export async function loadTls(source: TlsSource): Promise<{ pair: TlsPair; savedTo?: string }> {
  const { certFile, keyFile, certOut } = source
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new TlsSourceError(certFile === undefined ? '--key: needs --cert beside it' : '--cert: needs --key beside it')
  }
  if (certFile !== undefined && keyFile !== undefined) {
    if (certOut !== undefined)
      throw new TlsSourceError('--cert-out: saves a generated certificate; with --cert the certificate is already yours')
    // One after the other, so a bad pair is always reported by its certificate first (read in
    // parallel, whichever read finished first decided the message).
    const cert = await readPem('--cert', certFile, /-----BEGIN CERTIFICATE-----/)
    const key = await readPem('--key', keyFile, /-----BEGIN [A-Z ]*PRIVATE KEY-----/)
    return { pair: { key, cert } }
  }
  const pair = await createSelfSignedPair(source.host)
  if (certOut === undefined) return { pair }
  const savedTo = resolve(certOut)
  try {
    await writeFile(savedTo, pair.cert, { mode: 0o644 })
  } catch (error) {
    throw new TlsSourceError(`--cert-out: cannot write ${savedTo}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  return { pair, savedTo }
}
