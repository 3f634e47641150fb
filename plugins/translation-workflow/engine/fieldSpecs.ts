import type { Field, Payload } from 'payload'
import type { TranslatableField } from '../../../src/translation'

type AnyField = Field & {
  name?: string
  localized?: boolean
  fields?: Field[]
  blocks?: Array<{ slug: string; fields: Field[] }>
  tabs?: Array<{ fields: Field[] }>
}

/**
 * The translatable fields of a collection, read from its Payload config: localized text,
 * textarea and rich text, including those inside localized arrays and groups (whole rows per
 * language) and localized fields inside shared arrays (same rows, per-language values).
 */
function specsOf(fields: Field[], insideLocalized: boolean): TranslatableField[] {
  const specs: TranslatableField[] = []
  for (const field of fields as AnyField[]) {
    const localized = insideLocalized || Boolean(field.localized)
    if (!('name' in field) || !field.name) {
      if (field.type === 'row' || field.type === 'collapsible')
        specs.push(...specsOf(field.fields ?? [], insideLocalized))
      if (field.type === 'tabs')
        for (const tab of field.tabs ?? []) specs.push(...specsOf(tab.fields, insideLocalized))
      continue
    }
    if (
      (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') &&
      localized &&
      !(field as { virtual?: unknown }).virtual
    ) {
      specs.push({ name: field.name, type: field.type })
    } else if (field.type === 'array' || field.type === 'group') {
      const inner = specsOf(field.fields ?? [], localized)
      if (inner.length)
        specs.push({ name: field.name, type: field.type, fields: inner, shared: !localized })
    } else if (field.type === 'blocks') {
      const blocks = Object.fromEntries(
        (field.blocks ?? []).map((b) => [b.slug, specsOf(b.fields, localized)]),
      )
      if (Object.values(blocks).some((b) => b.length))
        specs.push({ name: field.name, type: 'blocks', blocks })
    }
  }
  return specs
}

const cache = new WeakMap<Payload, Map<string, TranslatableField[]>>()

export function translatableFields(payload: Payload, collection: string): TranslatableField[] {
  let byCollection = cache.get(payload)
  if (!byCollection) cache.set(payload, (byCollection = new Map()))
  let specs = byCollection.get(collection)
  if (!specs) {
    const config = payload.collections[collection as keyof typeof payload.collections]?.config
    if (!config) throw new Error(`Unknown collection ${collection}`)
    specs = specsOf(config.fields, false).filter((s) => s.name !== 'slug')
    byCollection.set(collection, specs)
  }
  return specs
}
