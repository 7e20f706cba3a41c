/**
 * The sizes the scale goals compare: the full size (2,000 methods, the API's real size) and the
 * small one (10). `pnpm bench --methods N` (or B24KIT_BENCH_METHODS, which child workers inherit)
 * runs the same suite at a smaller size while developing.
 */

/** The method count of the scale goals. */
export const scaleMethods = Number(process.env.B24KIT_BENCH_METHODS ?? 2000)
/** The small tree the scale goals divide by. */
export const smallMethods = 10

if (!Number.isInteger(scaleMethods) || scaleMethods < smallMethods) {
  throw new Error(`B24KIT_BENCH_METHODS: expected an integer of at least ${smallMethods}, received ${process.env.B24KIT_BENCH_METHODS}`)
}

/** `2,000 methods` */
export function formatMethods(count: number): string {
  return `${count.toLocaleString('en-US')} method${count === 1 ? '' : 's'}`
}
