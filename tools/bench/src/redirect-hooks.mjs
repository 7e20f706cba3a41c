/**
 * Node module hooks for the MSW worker: the mock engine imports its method table from
 * `packages/mock/src/generated/index`; these hooks hand it a synthetic tree's table instead, so the
 * same engine code runs with 1 or 1,000 methods without any change to the mock package.
 */
let target = ''

/** Receives the synthetic generated index's file URL from `register`. */
export function initialize(data) {
  target = data.target
}

/** Redirects the mock's own generated index to the target. */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (target && /\/packages\/mock\/src\/generated\/index\.(ts|js)$/.test(resolved.url) && !resolved.url.includes('/.tmp/')) {
    return { ...resolved, url: target, shortCircuit: true }
  }
  return resolved
}
