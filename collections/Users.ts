import type { Access, CollectionConfig } from 'payload'
import { adminFieldOnly, isAdmin } from '../src/access/predicates'
import { currentUser, hasRole, ROLES } from '../src/access/roles'
import { isProductionMode } from '../src/config/environment'
import { TARGET_LOCALES, TARGET_LANGUAGES } from '../src/languages'

const adminOrSelf: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  return user ? { id: { equals: user.id } } : false
}

/** Login hardening: lockout after repeated failures, secure cookies in production, API keys (stored hashed by Payload). */
export function authConfig(
  production: boolean,
): NonNullable<Exclude<CollectionConfig['auth'], boolean>> {
  return {
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: production, sameSite: 'Lax' },
  }
}

/** Staff and API consumers. API keys are stored hashed by Payload; only admins can see roles. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: 'Administration',
  },
  auth: authConfig(isProductionMode()),
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(currentUser(req)?.roles?.some((r) => r !== 'api-consumer')),
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [],
      options: ROLES.map((r) => ({ label: r, value: r })),
      access: { create: adminFieldOnly, update: adminFieldOnly },
      saveToJWT: true,
    },
    {
      name: 'departments',
      type: 'relationship',
      relationTo: 'departments',
      hasMany: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        description:
          'Editors write Danish source for these departments; case workers send letters from their templates.',
      },
      saveToJWT: true,
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: TARGET_LOCALES.map((code) => ({ label: TARGET_LANGUAGES[code].label, value: code })),
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: { description: 'Translators review and approve these languages.' },
      saveToJWT: true,
    },
  ],
}
