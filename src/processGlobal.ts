/**
 * One value per process under a global symbol. Next bundles a module into more than one chunk,
 * so a module-level variable can exist twice; caches and engines must not.
 */
export function processGlobal<T>(name: string, create: () => T): T {
  const store = globalThis as typeof globalThis & Record<symbol, unknown>
  const key = Symbol.for(name)
  if (!(key in store)) store[key] = create()
  return store[key] as T
}
