import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET from the environment. Outside production a missing secret is generated once and
 * kept under .data/, so sessions survive restarts without anyone having to invent one.
 */
export function resolvePayloadSecret(
  env: NodeJS.ProcessEnv,
  production: boolean,
  dataDir = '.data',
): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  // `next build` evaluates the config to collect routes but never signs anything with it.
  if (env.NEXT_PHASE === 'phase-production-build')
    return 'build-time-placeholder-never-used-to-sign'
  if (production) {
    throw new Error(
      'PAYLOAD_SECRET must be set in production (CMS_ENV=production). Generate one with: openssl rand -hex 32',
    )
  }
  const file = path.resolve(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
