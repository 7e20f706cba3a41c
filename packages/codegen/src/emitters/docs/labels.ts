/**
 * The fixed words of a docs page in each language. Everything method-specific comes from the spec;
 * only these headings and connecting phrases are written here, once for every page.
 */
import type { Localized } from '@b24kit/spec'

/** The languages pages are written in. */
export type Lang = 'ru' | 'en'

/** Both languages, in the order pages and links list them. */
export const langs: readonly Lang[] = ['ru', 'en']

/** Picks one language from spec text that is either shared by both languages or localized. */
export function pickText(text: string | Localized, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang]
}

/** The official Bitrix24 docs site of each language, for pages b24kit does not generate. */
const officialSite: Record<Lang, string> = {
  ru: 'https://apidocs.bitrix24.ru/api-reference',
  en: 'https://apidocs.bitrix24.com/api-reference',
}

/** Page words per language. */
export const labels = {
  ru: {
    scope: 'Scope',
    whoMayCall: 'Кто может выполнять метод',
    params: 'Параметры метода',
    requiredNote: 'Обязательные параметры отмечены символом `*`.',
    noParams: 'Метод не принимает параметров.',
    name: 'Название',
    type: 'тип',
    description: 'Описание',
    sourcesOne: 'Значение можно получить с помощью метода',
    sourcesMany: 'Значение можно получить с помощью методов',
    or: 'или',
    examples: 'Примеры кода',
    examplesNote:
      'Замените `**put_your_bitrix24_address**`, `**put_your_user_id_here**`, `**put_your_webbhook_here**` и `**put_access_token_here**` на адрес вашего Bitrix24, идентификатор пользователя, код вебхука и токен доступа.',
    jsTabMock:
      'Запуск на моке без портала: `b24kit-mock --frame-app <адрес приложения>`, затем откройте в браузере напечатанный адрес `/frame/`; в приложении `$b24` — это `await B24Js.initializeB24Frame()` из `@bitrix24/b24jssdk`.',
    bx24TabMock:
      'Запуск на моке без портала: подключите `<адрес мока>/frame/bx24.js` (двойник `BX24` из `@b24kit/mock`) вместо `//api.bitrix24.com/api/v1/`, запустите `b24kit-mock --frame-app <адрес приложения>` и откройте напечатанный адрес `/frame/`.',
    response: 'Обработка ответа',
    httpStatus: 'HTTP-статус',
    returned: 'Возвращаемые данные',
    errors: 'Обработка ошибок',
    errorInfo: 'Ответ с ошибкой не содержит `time`: поле `error` содержит код ошибки (может быть пустым), `error_description` — её текст.',
    errorCodes: 'Возможные коды ошибок',
    code: 'Код',
    meaning: 'Значение',
    status: 'Статус',
    systemErrors: 'Системные ошибки',
    systemErrorsNote: 'Эти ошибки может вернуть любой метод.',
    related: 'Продолжите изучение',
    deprecatedTitle: 'Метод устарел',
    noOwnErrors: 'У метода нет своих ошибок: он отвечает только системными.',
    exampleBackedTitle: 'В b24kit-mock',
    exampleBacked:
      'Мок-портал не воспроизводит действие этого метода: он проверяет параметры по описанию и отвечает результатом примера с теми же параметрами{noMatch}.',
    exampleBackedNoMatch: ', а на другие параметры — ошибкой `{code}`',
    otherLang: '[English](../en/{page})',
    indexTitle: 'Методы REST API Битрикс24',
    indexIntro: 'Страницы созданы b24kit из спецификаций методов.',
    method: 'Метод',
    state: 'Состояние',
    active: 'Действует',
    deprecatedFor: 'Устарел, замена: {replacement}',
    timeDescriptionRef: 'Информация о времени выполнения запроса',
  },
  en: {
    scope: 'Scope',
    whoMayCall: 'Who can call the method',
    params: 'Method parameters',
    requiredNote: 'Required parameters are marked with `*`.',
    noParams: 'The method takes no parameters.',
    name: 'Name',
    type: 'type',
    description: 'Description',
    sourcesOne: 'You can get the value with the method',
    sourcesMany: 'You can get the value with the methods',
    or: 'or',
    examples: 'Code examples',
    examplesNote:
      'Replace `**put_your_bitrix24_address**`, `**put_your_user_id_here**`, `**put_your_webbhook_here**` and `**put_access_token_here**` with your Bitrix24 address, user ID, webhook code and access token.',
    jsTabMock:
      'To run it against the mock, without a portal: `b24kit-mock --frame-app <your app URL>`, then open the printed `/frame/` address in a browser; in the app, `$b24` is `await B24Js.initializeB24Frame()` from `@bitrix24/b24jssdk`.',
    bx24TabMock:
      'To run it against the mock, without a portal: load `<mock URL>/frame/bx24.js` (the `BX24` double of `@b24kit/mock`) instead of `//api.bitrix24.com/api/v1/`, start `b24kit-mock --frame-app <your app URL>` and open the printed `/frame/` address.',
    response: 'Response handling',
    httpStatus: 'HTTP status',
    returned: 'Returned data',
    errors: 'Error handling',
    errorInfo: 'An error answer carries no `time`: `error` holds the error code (it may be empty), `error_description` its text.',
    errorCodes: 'Possible error codes',
    code: 'Code',
    meaning: 'Meaning',
    status: 'Status',
    systemErrors: 'System errors',
    systemErrorsNote: 'Any method can return these errors.',
    related: 'Continue learning',
    deprecatedTitle: 'Deprecated method',
    noOwnErrors: 'The method has no errors of its own: it answers only the system errors.',
    exampleBackedTitle: 'In b24kit-mock',
    exampleBacked:
      'The mock portal does not reproduce what this method does: it checks the parameters against this page and answers the result of the example sent with the same parameters{noMatch}.',
    exampleBackedNoMatch: '; other parameters get the `{code}` error',
    otherLang: '[Русский](../ru/{page})',
    indexTitle: 'Bitrix24 REST API methods',
    indexIntro: 'These pages are generated by b24kit from the method specs.',
    method: 'Method',
    state: 'State',
    active: 'Active',
    deprecatedFor: 'Deprecated, use {replacement}',
    timeDescriptionRef: 'Timing of the request',
  },
} as const satisfies Record<Lang, Record<string, string>>

/** Links into the official docs for what every page refers to but b24kit does not generate. */
export function getOfficialLinks(lang: Lang): { scopes: string; dataTypes: string; time: string } {
  const site = officialSite[lang]
  return { scopes: `${site}/scopes/permissions.html`, dataTypes: `${site}/data-types.html`, time: `${site}/data-types.html#time` }
}
