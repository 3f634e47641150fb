import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Role } from '../src/access/roles'
import type { TargetLocale } from '../src/languages'

export interface DemoUser {
  email: string
  password: string
  name: string
  roles: Role[]
  departmentCodes?: string[]
  languages?: TargetLocale[]
  unitCodes?: string[]
}

const DEMO_USERS: Array<Omit<DemoUser, 'password'>> = [
  { email: 'admin@demo.kk.invalid', name: 'Demo admin', roles: ['admin'] },
  {
    email: 'editor.bif@demo.kk.invalid',
    name: 'Demo editor (BIF)',
    roles: ['editor'],
    departmentCodes: ['BIF'],
  },
  {
    email: 'translator.ar@demo.kk.invalid',
    name: 'Demo translator (Arabic, Urdu)',
    roles: ['translator'],
    languages: ['ar', 'ur'],
  },
  {
    email: 'caseworker.bif@demo.kk.invalid',
    name: 'Demo case worker (BIF, job centre)',
    roles: ['caseworker'],
    departmentCodes: ['BIF'],
  },
  {
    email: 'consumer@demo.kk.invalid',
    name: 'Demo API consumer (kk.dk preview)',
    roles: ['api-consumer'],
  },
  {
    email: 'organiser.bif@demo.kk.invalid',
    name: 'Demo meeting organiser (BIF)',
    roles: ['organiser'],
    departmentCodes: ['BIF'],
  },
  {
    email: 'centre.manager@demo.kk.invalid',
    name: 'Demo centre manager (Jobcenter Nord)',
    roles: ['centre-manager'],
    unitCodes: ['JC-NORD'],
  },
  {
    email: 'analyst@demo.kk.invalid',
    name: 'Demo analyst (read-only follow-up)',
    roles: ['analyst'],
  },
]

/**
 * Passwords are random per installation and kept next to the database in .data/, so they can be
 * shown again on every start in development without ever being committed or guessable.
 */
function credentialsFile(dataDir: string): string {
  return path.resolve(dataDir, 'demo-credentials.json')
}

function loadOrCreatePasswords(dataDir: string): Record<string, string> {
  const file = credentialsFile(dataDir)
  const saved: Record<string, string> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {}
  let changed = false
  for (const user of DEMO_USERS) {
    if (!saved[user.email]) {
      saved[user.email] = randomBytes(9).toString('base64url')
      changed = true
    }
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 })
  }
  return saved
}

/** Creates the missing demo users (one per role) and returns all of them with their passwords. */
export async function ensureDemoUsers(
  payload: Payload,
  dataDir = process.env.CMS_DATA_DIR ?? '.data',
): Promise<DemoUser[]> {
  const passwords = loadOrCreatePasswords(dataDir)
  const result: DemoUser[] = []
  for (const spec of DEMO_USERS) {
    const user: DemoUser = { ...spec, password: passwords[spec.email] }
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs.length === 0) {
      const departments = await departmentIds(payload, user.departmentCodes ?? [])
      await payload.create({
        collection: 'users',
        data: {
          email: user.email,
          password: user.password,
          name: user.name,
          roles: user.roles,
          departments,
          languages: user.languages ?? [],
          units: await unitIds(payload, user.unitCodes ?? []),
        },
      })
    }
    result.push(user)
  }
  return result
}

async function departmentIds(payload: Payload, codes: string[]): Promise<number[]> {
  if (codes.length === 0) return []
  const found = await payload.find({
    collection: 'departments',
    where: { code: { in: codes } },
    depth: 0,
    limit: codes.length,
  })
  return found.docs.map((d) => d.id as number)
}

async function unitIds(payload: Payload, codes: string[]): Promise<number[]> {
  if (codes.length === 0) return []
  const found = await payload.find({
    collection: 'units',
    where: { code: { in: codes } },
    depth: 0,
    limit: codes.length,
  })
  return found.docs.map((u) => u.id)
}

export function printDemoCredentials(
  users: DemoUser[],
  log: (line: string) => void = console.log,
): void {
  log(
    `Demo users (development only; passwords are kept in ${process.env.CMS_DATA_DIR ?? '.data'}/demo-credentials.json):`,
  )
  for (const u of users)
    log(`  ${u.roles.join(',').padEnd(13)} ${u.email.padEnd(32)} ${u.password}`)
}
