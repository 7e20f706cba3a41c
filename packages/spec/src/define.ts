/**
 * Identity helpers that give spec files their types and editor completion. Validation happens when
 * the generator loads the file, because only then is the file name known for the error message.
 */
import type { EntitySpecInput, ErrorRowInput, MethodSpecInput, RecordTypeSpecInput } from './model.js'

/** Declares one REST method; the file is named after the method (`crm.contact.delete.ts`). */
export function defineMethod<const T extends MethodSpecInput>(spec: T): T {
  return spec
}

/** Declares the errors any method can answer with. */
export function defineSystemErrors<const T extends readonly ErrorRowInput[]>(rows: T): T {
  return rows
}

/** Declares an entity the mock stores. */
export function defineEntity<const T extends EntitySpecInput>(entity: T): T {
  return entity
}

/** Declares a record type shared by many methods, such as `time`. */
export function defineRecordType<const T extends RecordTypeSpecInput>(type: T): T {
  return type
}
