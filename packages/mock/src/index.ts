/**
 * @b24kit/mock: a stateful, faithful Bitrix24 portal for tests, generated from the specs. Use its
 * MSW handlers in-process, or `b24kit-mock` / `startMockServer` over real HTTP. Browser bundles get
 * `browser.ts` instead (the `browser` export condition), which leaves out the node:http server.
 */
export * from './portal.js'
export { type MockServer, type MockServerOptions, startMockServer } from './server.js'
