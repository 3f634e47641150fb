import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const INPUTS = [
  'src',
  'collections',
  'plugins',
  'workflows',
  'seed',
  'migrations',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
  'tsconfig.json',
]
const STAMP = '.next/cms-build-stamp'

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name))
  } else yield entry
}

/** A digest of everything the build depends on, so `npm start` rebuilds after a pull and only then. */
function sourceDigest(): string {
  const hash = createHash('sha256')
  for (const input of INPUTS)
    for (const file of files(input)) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

export function buildIsCurrent(): boolean {
  return (
    existsSync('.next/BUILD_ID') &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === sourceDigest()
  )
}

/**
 * Call before building, record after: a source edited while `next build` runs is then seen as
 * newer than the build, instead of being stamped as built.
 */
export function startBuild(): { record: () => void } {
  const digest = sourceDigest()
  return { record: () => writeFileSync(STAMP, digest) }
}
