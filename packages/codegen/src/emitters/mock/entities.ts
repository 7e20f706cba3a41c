/** The entities the mock stores: id field, records deleted with them, and the default store's records. */
import { type EntitySpec, getBindingKey, toCamelFieldName } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, StructureKind, VariableDeclarationKind } from 'ts-morph'
import { compareCodeUnits } from '../../naming.js'
import { writeVerbatim } from '../../ts-project.js'
import { printLiteral } from './literal.js'

/** The data row of one entity. */
export function toMockEntity(entity: EntitySpec): Record<string, unknown> {
  return {
    name: entity.name,
    idField: entity.idField,
    linked: entity.linked.map((link) => ({ entity: link.entity, field: link.field })),
    seed: entity.seed,
    // Only entities with typed fields carry them, so the tables of delete-only entities stay as they were.
    // Each field carries its camelCase name, so the mock applies the spec's one mapping without a copy of the rule.
    fields: entity.fields.length > 0 ? entity.fields.map((f) => ({ ...f, camelName: f.camelName ?? toCamelFieldName(f.name) })) : undefined,
    // What crm.item.* reads: the entity's object type id, and whether its records are entity types.
    ...(entity.entityTypeId === undefined ? {} : { entityTypeId: entity.entityTypeId }),
    ...(entity.definesEntityTypes ? { definesEntityTypes: entity.definesEntityTypes } : {}),
    // Relation methods' bindings, each with the key its rows name the target by (CONTACT_ID).
    ...(entity.bindings
      ? { bindings: entity.bindings.map((b) => ({ target: b.target, key: getBindingKey(b.target), seed: b.seed })) }
      : {}),
    // Custom fields (crm.<entity>.userfield.*): where they are kept and how the portal names them.
    ...(entity.userFields ? { userFields: entity.userFields } : {}),
  }
}

/** The file of entities, keyed by name in code-unit order. */
export function buildEntitiesFile(entities: readonly EntitySpec[]): OptionalKind<SourceFileStructure> {
  const sorted = [...entities].sort((a, b) => compareCodeUnits(a.name, b.name))
  const table = Object.fromEntries(sorted.map((entity) => [entity.name, toMockEntity(entity)]))
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../table.js', namedImports: ['MockEntity'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['Entities the store holds, with the records of the default store.'],
        declarations: [
          {
            name: 'entityTable',
            type: 'Readonly<Record<string, MockEntity>>',
            initializer: writeVerbatim(printLiteral(table), { literal: true }),
          },
        ],
      },
    ],
  }
}
