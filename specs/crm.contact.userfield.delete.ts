/**
 * crm.contact.userfield.delete. Sources: the official page
 * api-reference/crm/contacts/userfield/crm-contact-userfield-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result,
 * the error rows. The contacts lose the field's values with it. The example deletes the default
 * store's field 399.
 */
import { defineMethod } from '@b24kit/spec'
import {
  contactOwner,
  createAccessDeniedRow,
  createAdminAccess,
  createUserFieldIdParam,
  getRelatedUserFieldMethods,
  invalidIdRow,
  userFieldNotFoundRow,
} from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.contact.userfield.delete',
  scope: 'crm',
  summary: { ru: 'Удалить пользовательское поле контактов', en: 'Delete a custom field of contacts' },
  description: {
    ru: 'Метод `crm.contact.userfield.delete` удаляет пользовательское поле контактов вместе со значениями, которые оно хранило.',
    en: 'The `crm.contact.userfield.delete` method deletes a custom field of contacts together with the values it held.',
  },
  access: createAdminAccess('delete'),
  params: [createUserFieldIdParam(contactOwner)],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если поле удалено', en: '`true` once the field is deleted' },
  },
  errors: [
    invalidIdRow,
    createAccessDeniedRow(contactOwner, true),
    userFieldNotFoundRow,
    {
      id: 'deleteFailed',
      code: '',
      status: 400,
      text: 'Error deleting FIELD_NAME for object ENTITY_ID',
      kind: 'serverError',
      when: { ru: 'Портал не смог удалить поле по своей причине', en: 'The portal failed to delete the field for a reason of its own' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'deleteField399',
      title: { ru: 'Удалить поле с `id = 399`', en: 'Delete the field with `id = 399`' },
      params: { id: 399 },
      result: true,
    },
  ],
  related: getRelatedUserFieldMethods(contactOwner, 'delete'),
  operation: {
    kind: 'userfield',
    action: 'delete',
    entity: 'userfield',
    owner: 'contact',
    by: 'id',
    notFound: 'notFound',
    foreign: 'accessDenied',
  },
})
