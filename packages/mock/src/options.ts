/**
 * Application and user options (what `BX24.appOption.set` / `userOption.set` and the frame's
 * `setAppOption` / `setUserOption` write): part of the portal's state, so they live beside the
 * records, are seen by every later `getInitData`, and go back to empty with the store.
 */

/** Option name to value, as the frame gives them in `APP_OPTIONS` and `USER_OPTIONS`. */
export type MockOptions = Record<string, unknown>

/** The portal's application options and each user's own. */
export interface MockOptionStore {
  /** A copy of the application's options. */
  getApp(): MockOptions
  setApp(name: string, value: unknown): void
  /** A copy of one user's options. */
  getUser(userId: number): MockOptions
  setUser(userId: number, name: string, value: unknown): void
  clear(): void
}

function setOwn(target: MockOptions, name: string, value: unknown): void {
  // An option named `__proto__` stays an own property, never the prototype.
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true })
}

/** Creates an empty option store. */
export function createOptionStore(): MockOptionStore {
  let app: MockOptions = {}
  const users = new Map<number, MockOptions>()
  return {
    getApp: () => ({ ...app }),
    setApp: (name, value) => setOwn(app, name, value),
    getUser: (userId) => ({ ...users.get(userId) }),
    setUser(userId, name, value) {
      let own = users.get(userId)
      if (!own) {
        own = {}
        users.set(userId, own)
      }
      setOwn(own, name, value)
    },
    clear() {
      app = {}
      users.clear()
    },
  }
}
