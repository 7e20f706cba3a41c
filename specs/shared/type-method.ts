/**
 * What the crm.type.* methods share: parameters and error rows as the official pages
 * (api-reference/crm/universal/user-defined-object-types/ in bitrix24/b24restdocs, ru and en) give them.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import { createErrorRow } from './item-method.js'

type Spec = MethodSpecInput

/** The smart process type record, in camelCase. */
export const typeRecord = { entity: 'type', naming: 'camel' } as const

/** The type id (not its entityTypeId). */
export const typeIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  description: { ru: 'Идентификатор смарт-процесса (не `entityTypeId`).', en: 'The smart process ID (not its `entityTypeId`).' },
  sources: ['crm.type.list', 'crm.type.add'],
} as const satisfies Spec['params'][number]

/** Who may call most crm.type.* methods. */
export function createAdminAccess(permission: 'read' | 'add' | 'update' | 'delete'): Spec['access'] {
  return {
    entity: 'type',
    permission,
    description: {
      ru: 'любой пользователь с административным доступом к разделу CRM',
      en: 'any user with administrative access to the CRM section',
    },
    deniedError: 'accessDenied',
  }
}

export const typeIntranetRow = createErrorRow(
  'intranetOnly',
  'allowed_only_intranet_user',
  { ru: 'Действие разрешено только интранет-пользователям', en: 'Action allowed only for intranet users' },
  'accessDenied',
  'Пользователь не является интранет-пользователем',
  'The user is not an intranet user',
  403,
)

export const typeDeniedRow = createErrorRow(
  'accessDenied',
  'ACCESS_DENIED',
  { ru: 'Доступ запрещен', en: 'Access denied' },
  'accessDenied',
  'У пользователя нет административных прав в CRM',
  'The user has no administrative rights in CRM',
)

/** No smart process has the id; the server sends the code 0. */
export const typeNotFoundRow = createErrorRow(
  'typeNotFound',
  '0',
  { ru: 'Смарт-процесс не найден', en: 'Smart process not found' },
  'notFound',
  'Смарт-процесса с переданным `id` нет',
  'No smart process has the given `id`',
)

/** `isExternal` without a workplace. */
export const workplaceRow = createErrorRow(
  'workplaceRequired',
  '0',
  {
    ru: 'Выберите рабочее место, в котором будет находиться смарт-процесс',
    en: 'Select a workplace where the SPA will be located',
  },
  'invalidParams',
  'Передан `isExternal = "true"` без `customSectionId`',
  '`isExternal = "true"` is sent without a `customSectionId`',
)

/** The `fields` of add and update: the type's settings in camelCase. */
export function createTypeFieldsParam(required: boolean, ru: string, en: string): Spec['params'][number] {
  return { name: 'fields', type: 'object', required, record: typeRecord, description: { ru, en } }
}

/** Who may read one smart process (crm.type.get, crm.type.getByEntityTypeId). */
export const typeReadAccess = {
  entity: 'type',
  permission: 'read',
  description: {
    ru: 'пользователь с административным доступом к смарт-процессу или с правом чтения в нем',
    en: 'a user with administrative access to the smart process or with read access to it',
  },
  deniedError: 'accessDenied',
} as const satisfies Spec['access']

/** The refusal of a read to a user without the right to read the smart process. */
export const typeReadDeniedRow = createErrorRow(
  'accessDenied',
  'ACCESS_DENIED',
  { ru: 'Доступ запрещен', en: 'Access denied' },
  'accessDenied',
  'У пользователя нет административных прав в CRM и права на чтение смарт-процесса',
  'The user has neither administrative rights in CRM nor read access to the smart process',
)

/** The default store's smart process 16 as the crm.type.* pages answer it (crm.type.get, crm.type.getByEntityTypeId). */
export const deliveriesType = {
  id: 16,
  title: 'Deliveries',
  code: '',
  createdBy: 1,
  entityTypeId: 1268,
  customSectionId: null,
  isCategoriesEnabled: 'Y',
  isStagesEnabled: 'Y',
  isBeginCloseDatesEnabled: 'Y',
  isClientEnabled: 'Y',
  isUseInUserfieldEnabled: 'N',
  isLinkWithProductsEnabled: 'Y',
  isMycompanyEnabled: 'Y',
  isDocumentsEnabled: 'Y',
  isSourceEnabled: 'Y',
  isObserversEnabled: 'Y',
  isRecyclebinEnabled: 'Y',
  isAutomationEnabled: 'Y',
  isBizProcEnabled: 'Y',
  isSetOpenPermissions: 'Y',
  isPaymentsEnabled: 'N',
  isCountersEnabled: 'N',
  createdTime: '2024-07-08T14:46:54+02:00',
  updatedTime: '2024-07-08T14:46:54+02:00',
  updatedBy: 1,
}
