/** The custom field types, in a module of its own (no zod): the mock reads it at run time. */

/** The custom field types a portal offers (`USER_TYPE_ID`), as crm.<entity>.userfield.add takes them. */
export const customFieldTypes = [
  'string',
  'integer',
  'double',
  'boolean',
  'datetime',
  'date',
  'money',
  'url',
  'address',
  'enumeration',
  'file',
  'employee',
  'crm_status',
  'iblock_section',
  'iblock_element',
  'crm',
] as const
