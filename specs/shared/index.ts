/** What many methods share; the generator loads this file beside the method specs. */
import { entities } from './entities.js'
import { productRowType } from './product-row-entities.js'
import { systemErrors } from './system-errors.js'
import { timeType } from './time.js'

export { entities, systemErrors }
export const types = [timeType, productRowType]
