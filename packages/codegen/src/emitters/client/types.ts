/**
 * `types.ts`: the record types methods share (the `time` block), as interfaces, and the types of
 * each entity's typed fields (the record, its writable fields, select, order and filter keys).
 */
import type { RecordTypeSpec, SharedSpecs } from '@b24kit/spec'
import { type InterfaceDeclarationStructure, type OptionalKind, type SourceFileStructure, StructureKind } from 'ts-morph'
import { toPascalName } from '../../naming.js'
import { bilingual } from './docs.js'
import { hasUpperTypes } from './entity-fields.js'
import { printEntityTypes, printSharedEntityTypes } from './entity-types.js'
import { printItemTypes } from './item-typing.js'

const formats = { 'unix-seconds': 'Unix seconds.', 'date-time': 'ISO 8601 with offset.', seconds: 'Seconds.' } as const

/** `export interface Time { start: number; ... }` */
export function buildRecordType(type: RecordTypeSpec): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: toPascalName(type.name),
    isExported: true,
    docs: [bilingual(type.description)],
    properties: type.fields.map((field) => ({
      name: field.name,
      type: field.type,
      hasQuestionToken: field.optional,
      docs: [field.format ? `${bilingual(field.description)}\n\n${formats[field.format]}` : bilingual(field.description)],
    })),
  }
}

/** The module `types.ts`. */
export function buildTypesFile(shared: SharedSpecs): OptionalKind<SourceFileStructure> {
  const typed = shared.entities.filter(hasUpperTypes)
  return {
    statements: [
      ...shared.types.map(buildRecordType),
      ...(typed.length > 0 ? printSharedEntityTypes() : []),
      ...typed.flatMap(printEntityTypes),
      ...printItemTypes(shared),
    ],
  }
}
