import type { Field } from 'payload'
import type { ReadableField } from '../../src/readability'

type AnyField = Field & {
  name?: string
  localized?: boolean
  fields?: Field[]
  tabs?: Array<{ fields: Field[] }>
  blocks?: Array<{ slug: string; fields: Field[] }>
}

/** The Danish text fields of a collection config, for scoring: localized text, textarea and rich text (slug excluded). */
export function readableFieldsOf(fields: Field[], insideLocalized = false): ReadableField[] {
  const out: ReadableField[] = []
  for (const field of fields as AnyField[]) {
    const localized = insideLocalized || Boolean(field.localized)
    if (!('name' in field) || !field.name) {
      if (field.type === 'row' || field.type === 'collapsible')
        out.push(...readableFieldsOf(field.fields ?? [], insideLocalized))
      if (field.type === 'tabs')
        for (const tab of field.tabs ?? [])
          out.push(...readableFieldsOf(tab.fields, insideLocalized))
      continue
    }
    if (field.name === 'slug') continue
    if (
      (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') &&
      localized
    )
      out.push({ name: field.name, type: field.type })
    else if (field.type === 'array' || field.type === 'group') {
      const inner = readableFieldsOf(field.fields ?? [], localized)
      if (inner.length) out.push({ name: field.name, type: field.type, fields: inner })
    } else if (field.type === 'blocks') {
      const blocks = Object.fromEntries(
        (field.blocks ?? []).map((b) => [b.slug, readableFieldsOf(b.fields, localized)]),
      )
      if (Object.values(blocks).some((b) => b.length))
        out.push({ name: field.name, type: 'blocks', blocks })
    }
  }
  return out
}
