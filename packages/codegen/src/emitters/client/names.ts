/** The names the client emitter gives a method's exports, from one scheme (`crm.contact.delete`). */
import { toCamelName, toKebabName, toPascalName } from '../../naming.js'

/** Every exported name of one method, and its module path below the generated folder. */
export interface MethodNames {
  method: string
  file: string
  fn: string
  many: string
  all: string
  descriptor: string
  params: string
  result: string
  errorId: string
  errorCode: string
  error: string
}

/** Names already made: an index asks for every method's several times a run. */
const made = new Map<string, Readonly<MethodNames>>()

/** `crm.contact.delete` -> `crmContactDelete`, `CrmContactDeleteParams`, `methods/crm-contact-delete.js`... */
export function getMethodNames(method: string): Readonly<MethodNames> {
  let names = made.get(method)
  if (!names) {
    names = Object.freeze(makeMethodNames(method))
    made.set(method, names)
  }
  return names
}

function makeMethodNames(method: string): MethodNames {
  const camel = toCamelName(method)
  const pascal = toPascalName(method)
  return {
    method,
    file: `methods/${toKebabName(method)}`,
    fn: camel,
    many: `${camel}Many`,
    all: `${camel}All`,
    descriptor: `${camel}Descriptor`,
    params: `${pascal}Params`,
    result: `${pascal}Result`,
    errorId: `${pascal}ErrorId`,
    errorCode: `${pascal}ErrorCode`,
    error: `${pascal}Error`,
  }
}
