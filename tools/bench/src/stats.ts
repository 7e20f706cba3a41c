/** Small statistics and formatting helpers shared by every measurement. */
import { performance } from 'node:perf_hooks'

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function getMedian(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] as number
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2
}

/** Runs `fn` and returns its result with the elapsed wall time in milliseconds. */
export async function measureTime<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - start }
}

/** Milliseconds as a short human figure: `840 ms`, `12.3 s`, `4.1 µs`. */
export function formatMs(ms: number): string {
  if (ms < 0.01) return `${(ms * 1000).toFixed(2)} µs`
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 0)} ms`
  return `${(ms / 1000).toFixed(2)} s`
}

/** Bytes as `1.23 KB` (1 KB = 1,024 bytes, the unit the size goal uses). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(2)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A ratio with enough digits to compare against a goal. */
export function formatRatio(ratio: number): string {
  return ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(ratio >= 10 ? 1 : 3)
}
