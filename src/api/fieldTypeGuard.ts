import type { CollectionBeforeOperationHook, Config, Field, Plugin } from 'payload'
import { ValidationError } from 'payload'
import { ALL_LOCALES } from '../languages'

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])

interface Problem {
  path: string
  message: string
}

/** `{ da: '…', ar: '…' }`: a localized field written for several languages at once. */
function isPerLocale(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(
      ([k, v]) => (ALL_LOCALES as string[]).includes(k) && (v === null || typeof v === 'string'),
    )
  )
}

/**
 * The first text field in `data` given something other than text (`{"title": 1}`), else null.
 * Field validators and hooks assume a string there; a number would reach `.trim()` and answer 500.
 */
export function wrongTypeProblem(fields: Field[], data: unknown, prefix = ''): Problem | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const values = data as Record<string, unknown>
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : null
    if (field.type === 'row' || field.type === 'collapsible') {
      const problem = wrongTypeProblem(field.fields, data, prefix)
      if (problem) return problem
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabName = 'name' in tab && typeof tab.name === 'string' ? tab.name : null
        const problem = tabName
          ? wrongTypeProblem(tab.fields, values[tabName], `${prefix}${tabName}.`)
          : wrongTypeProblem(tab.fields, data, prefix)
        if (problem) return problem
      }
      continue
    }
    if (!named || !(named in values)) continue
    const value = values[named]
    const path = `${prefix}${named}`
    if (field.type === 'group') {
      const problem = wrongTypeProblem(field.fields, value, `${path}.`)
      if (problem) return problem
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const problem = wrongTypeProblem(field.fields, value[i], `${path}.${i}.`)
        if (problem) return problem
      }
    } else if (TEXT_TYPES.has(field.type) && !('hasMany' in field && field.hasMany)) {
      if (value === null || value === undefined || typeof value === 'string') continue
      if ('localized' in field && field.localized && isPerLocale(value)) continue
      return {
        path,
        message: `${path}: must be text, got ${Array.isArray(value) ? 'a list' : typeof value}`,
      }
    }
  }
  return null
}

const guard: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const problem = wrongTypeProblem(collection.fields, (args as { data?: unknown }).data)
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [problem], req })
  return args
}

/**
 * Every collection refuses a text field given a number, list or object with a 400 naming the
 * field, before any hook or validator sees it. Last in the plugin list, so it covers the
 * collections every feature adds.
 */
export const fieldTypeGuards: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [guard, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
