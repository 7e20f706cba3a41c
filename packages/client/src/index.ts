/** @b24kit/client: a typed, tiny, resilient Bitrix24 REST client generated from specs. */
export type { Answer, B24Transport, BaseClientOptions, CallOptions } from './base.js'
export { createBaseClient } from './base.js'
export type { BatchEntry, BatchOptions, BatchOutcome } from './batch.js'
export { batchLimit, deleteMany, paginate, runBatch } from './by-need.js'
export type {
  B24Client,
  BatchCommand,
  BatchCommands,
  BatchMethods,
  BatchReport,
  CallArgs,
  ClientMethods,
  ClientOptions,
  CommandsOf,
  DeleteMethodName,
  ListItemOf,
  ListMethodName,
  LogEntry,
  MethodName,
  OAuthOptions,
} from './client.js'
export { createClient, createMethodTree } from './client.js'
export type { Clock } from './clock.js'
export type { DeleteManyReport } from './delete-many.js'
export type { ErrorKind, ErrorRowDescriptor, LocalizedText, MethodDescriptor, ParamRule } from './descriptor.js'
export { B24ApiError, type B24ApiErrorFields } from './errors.js'
export * from './generated/index.js'
export { B24OAuthError, type B24OAuthErrorFields, type OAuthErrorCode } from './oauth-error.js'
export type { IssuedTokens, OAuthServerOptions } from './oauth-refresh.js'
export { defaultOAuthServerUrl, exchangeCode, refreshTokens } from './oauth-server.js'
export type { PaginateOptions } from './paginate.js'
export {
  type Attempt,
  combinePolicies,
  defaultRateMarginMs,
  isRetryable,
  leakyBucket,
  type Middleware,
  type OAuthTokenOptions,
  oauth,
  operatingGuard,
  type Policy,
  type PolicyCall,
  type PolicyContext,
  type RateLimit,
  type RetryOptions,
  rateLimitPresets,
  retryPolicy,
  type Tokens,
} from './policies.js'
