/** @b24kit/mock for browser bundles: everything but the node:http server (use `setupWorker`). */
export * from './portal.js'
