/** How the portal reads objects and lists out of parameters, shared by records and custom fields. */

/** Whether a value is a JSON object (not a list, not null). */
export function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An object parameter as sent, or an empty one for anything else (a scalar, a list, nothing). */
export function asRecordObject(value: unknown): Record<string, unknown> {
  return isRecordObject(value) ? value : {}
}

/** Reads a list parameter sent as a JSON array or as a PHP array (`PHONE[0][VALUE]=...`, an object). */
export function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (isRecordObject(value)) return Object.values(value)
  return []
}
