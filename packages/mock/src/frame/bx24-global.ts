/**
 * `@b24kit/mock/bx24`: importing it in an app's browser bundle installs the `BX24` test double on
 * `window` (the frame host also serves it as a classic script at `/frame/bx24.js`).
 */
import { installBx24 } from './bx24-script.js'

/** The installed double. */
export const BX24 = installBx24(window)
export type { Bx24 } from './bx24-script.js'
