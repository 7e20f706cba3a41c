/**
 * Errors any method can answer with (the docs' `system-errors.md` include). Texts are as documented.
 * Where the docs say 403 and old server code sends 401 (INVALID_CREDENTIALS, insufficient_scope,
 * user_access_error) we pick 401, what the server was seen to send; the client treats both alike.
 */
import { defineSystemErrors } from '@b24kit/spec'

const seen401 = 'Docs say 403, old server code sends 401; we follow the server. The client treats 401 and 403 alike.'

export const systemErrors = defineSystemErrors([
  {
    id: 'internalServerError',
    code: 'INTERNAL_SERVER_ERROR',
    status: 500,
    text: 'Internal server error',
    kind: 'serverError',
    when: { ru: 'Внутренняя ошибка сервера', en: 'The server failed internally' },
  },
  {
    id: 'unexpectedAnswer',
    code: 'ERROR_UNEXPECTED_ANSWER',
    status: 500,
    text: 'Server returned an unexpected response',
    kind: 'serverError',
    when: { ru: 'Сервер вернул неожиданный ответ', en: 'The server returned an unexpected response' },
  },
  {
    id: 'queryLimitExceeded',
    code: 'QUERY_LIMIT_EXCEEDED',
    status: 503,
    text: 'Too many requests',
    kind: 'rateLimited',
    when: { ru: 'Превышен лимит интенсивности запросов', en: 'The request rate limit was exceeded' },
  },
  {
    id: 'operationTimeLimit',
    code: 'OPERATION_TIME_LIMIT',
    status: 429,
    text: 'Method is blocked due to operation time limit.',
    kind: 'operationTimeLimit',
    when: {
      ru: 'Метод заблокирован из-за превышения лимита на время выполнения',
      en: 'The method is blocked: its operating-time budget is used up',
    },
  },
  {
    id: 'batchMethodNotAllowed',
    code: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
    status: 405,
    text: 'Method is not allowed for batch usage',
    kind: 'invalidRequest',
    when: { ru: 'Метод нельзя вызывать внутри batch', en: 'The method cannot be called inside batch' },
  },
  {
    id: 'batchLengthExceeded',
    code: 'ERROR_BATCH_LENGTH_EXCEEDED',
    status: 400,
    text: 'Max batch length exceeded',
    kind: 'invalidRequest',
    when: { ru: 'Превышено максимальное количество команд в batch', en: 'The batch holds more commands than allowed' },
  },
  {
    id: 'noAuthFound',
    code: 'NO_AUTH_FOUND',
    status: 401,
    text: 'Wrong authorization data',
    kind: 'invalidCredentials',
    when: { ru: 'Неверные данные авторизации', en: 'The authorization data is wrong' },
  },
  {
    id: 'httpsRequired',
    code: 'INVALID_REQUEST',
    status: 400,
    text: 'Https required.',
    kind: 'invalidRequest',
    when: { ru: 'Запрос выполнен по HTTP вместо HTTPS', en: 'The request was made over HTTP instead of HTTPS' },
  },
  {
    id: 'overloadLimit',
    code: 'OVERLOAD_LIMIT',
    status: 503,
    text: 'REST API is blocked due to overload.',
    kind: 'rateLimited',
    when: { ru: 'REST API заблокирован из-за перегрузки', en: 'The REST API is blocked due to overload' },
  },
  {
    id: 'restUnavailable',
    code: 'ACCESS_DENIED',
    status: 403,
    text: 'REST API is available only on commercial plans.',
    kind: 'accessDenied',
    when: { ru: 'REST API доступен только на коммерческих тарифах', en: 'The REST API is available only on commercial plans' },
  },
  {
    id: 'invalidCredentials',
    code: 'INVALID_CREDENTIALS',
    status: 401,
    statusNote: seen401,
    text: 'Invalid request credentials',
    kind: 'invalidCredentials',
    when: { ru: 'Неверные учётные данные запроса', en: 'The request credentials are invalid' },
  },
  {
    // An unknown or revoked OAuth access token. The docs' table has no row for it (its NO_AUTH_FOUND row
    // covers a request the portal cannot authenticate at all), so the code and status come from the
    // official clients, which are written against live portals:
    // - @bitrix24/b24jssdk 2.2.0, dist/esm/core/http/abstract-http.mjs `_isAuthError`: an answer is a
    //   token error when `status === 401` and the code is `expired_token` or `invalid_token` (it then
    //   refreshes the token and retries once);
    // - CRest 1.36 (`callCurl`, bitrix24/crest) explains `invalid_token` as "invalid token, need
    //   reinstall application", and NO_AUTH_FOUND as a portal setup error (no OnRestCheckAuth handler);
    // - the docs' own on-premise page settings/cloud-and-on-premise/on-premise/custom-auth-provider.md
    //   shows the rest module's OAuth check answering `'error' => 'invalid_token'` for a token it
    //   cannot restore.
    // The text follows the portal's OAuth server wording of its sibling `expired_token` row ("The
    // access token provided has expired"); no recorded answer shows it, so it is inferred.
    id: 'invalidToken',
    code: 'invalid_token',
    status: 401,
    text: 'The access token provided is invalid',
    kind: 'invalidCredentials',
    when: { ru: 'Токен доступа неизвестен или отозван', en: 'The access token is unknown or revoked' },
  },
  {
    id: 'manifestNotAvailable',
    code: 'ERROR_MANIFEST_IS_NOT_AVAILABLE',
    status: 404,
    text: 'Manifest is not available',
    kind: 'methodNotFound',
    when: { ru: 'Манифест недоступен', en: 'The manifest is not available' },
  },
  {
    id: 'insufficientScope',
    code: 'insufficient_scope',
    status: 401,
    statusNote: seen401,
    text: 'The request requires higher privileges than provided by the webhook token',
    kind: 'insufficientScope',
    when: { ru: 'У вебхука или приложения нет нужного scope', en: 'The webhook or application lacks the scope' },
  },
  {
    id: 'expiredToken',
    code: 'expired_token',
    status: 401,
    text: 'The access token provided has expired',
    kind: 'expiredToken',
    when: { ru: 'Истёк срок действия токена доступа', en: 'The access token has expired' },
  },
  {
    id: 'userAccessError',
    code: 'user_access_error',
    status: 401,
    statusNote: seen401,
    text: 'The user does not have access to the application',
    kind: 'accessDenied',
    when: { ru: 'У пользователя нет доступа к приложению', en: 'The user has no access to the application' },
  },
  {
    id: 'portalDeleted',
    code: 'PORTAL_DELETED',
    status: 500,
    text: 'Portal was deleted',
    kind: 'serverError',
    when: { ru: 'Портал удалён', en: 'The portal was deleted' },
  },
  {
    id: 'methodNotFound',
    code: 'ERROR_METHOD_NOT_FOUND',
    status: 404,
    text: 'Method not found!',
    kind: 'methodNotFound',
    when: { ru: 'Метод не найден', en: 'The method does not exist' },
  },
])
