import { describe, expect, it } from 'vitest'
import {
  departments,
  leaflets,
  letterTemplates,
  methods,
  reflectionQuestions,
  welcomeMaterials,
  type SeedContentBase,
} from '../../seed/content'
import { b, br, doc, h2, link, ol, p, plainTextOf, ul, type LexicalDoc } from '../../seed/lexical'

// Same rules as collections/shared/contentFields.ts and collections/Departments.ts.
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DEPARTMENT_CODE = /^[A-ZÆØÅ]{2,6}$/
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]*$/

const collections: Record<string, readonly SeedContentBase[]> = {
  reflectionQuestions,
  methods,
  welcomeMaterials,
  leaflets,
  letterTemplates,
}
const allItems = Object.values(collections).flat()

type Node = Record<string, unknown> & { type?: unknown; children?: unknown }

/** Every node in a Lexical tree (root included), depth first. */
function nodesOf(state: LexicalDoc): Node[] {
  const out: Node[] = []
  const walk = (node: Node): void => {
    out.push(node)
    if (Array.isArray(node.children)) for (const child of node.children as Node[]) walk(child)
  }
  walk(state.root as unknown as Node)
  return out
}

function textNodesOf(state: LexicalDoc): string[] {
  return nodesOf(state)
    .filter((n) => n.type === 'text')
    .map((n) => n.text as string)
}

/** Every Lexical document an item holds: body and, for welcome material, each audience body. */
function docsOf(item: SeedContentBase): Array<[string, LexicalDoc]> {
  const docs: Array<[string, LexicalDoc]> = [[`${item.slug}.body`, item.body]]
  const variants = (item as { audienceVariants?: Array<{ audience: string; body: LexicalDoc }> })
    .audienceVariants
  for (const v of variants ?? []) docs.push([`${item.slug}.${v.audience}`, v.body])
  return docs
}

const BLOCKS = ['paragraph', 'heading', 'quote', 'list']
const INLINE = ['text', 'linebreak', 'link']
const ELEMENT_KEYS = { format: '', indent: 0, direction: 'ltr' }

/** Problems with a serialized Lexical state, empty when it is what Payload's lexical editor stores. */
function lexicalProblems(state: unknown): string[] {
  const problems: string[] = []
  if (!state || typeof state !== 'object' || !('root' in state)) return ['no root']
  const expectElement = (n: Node, version: number, allowed: string[], where: string): void => {
    for (const [k, v] of Object.entries(ELEMENT_KEYS))
      if (n[k] !== v) problems.push(`${where}: ${k} is ${String(n[k])}`)
    if (n.version !== version)
      problems.push(`${where}: version ${String(n.version)}, expected ${version}`)
    if (!Array.isArray(n.children)) return void problems.push(`${where}: children missing`)
    ;(n.children as Node[]).forEach((child, index) => {
      if (!allowed.includes(String(child?.type)))
        problems.push(`${where}: child ${String(child?.type)} not allowed`)
      check(child, `${where} > ${String(child?.type)}[${index}]`, index)
    })
  }
  const check = (n: Node, where: string, index: number): void => {
    switch (n.type) {
      case 'root':
        expectElement(n, 1, BLOCKS, where)
        if ((n.children as unknown[]).length === 0) problems.push(`${where}: empty document`)
        break
      case 'paragraph':
        expectElement(n, 1, INLINE, where)
        if (typeof n.textFormat !== 'number' || n.textStyle !== '')
          problems.push(`${where}: textFormat/textStyle`)
        break
      case 'heading':
        expectElement(n, 1, INLINE, where)
        if (n.tag !== 'h2' && n.tag !== 'h3') problems.push(`${where}: tag ${String(n.tag)}`)
        break
      case 'quote':
        expectElement(n, 1, INLINE, where)
        break
      case 'list': {
        expectElement(n, 1, ['listitem'], where)
        const tag = n.listType === 'bullet' ? 'ul' : n.listType === 'number' ? 'ol' : undefined
        if (!tag || n.tag !== tag)
          problems.push(`${where}: listType ${String(n.listType)} with tag ${String(n.tag)}`)
        if (n.start !== 1) problems.push(`${where}: start ${String(n.start)}`)
        if ((n.children as unknown[]).length === 0) problems.push(`${where}: empty list`)
        break
      }
      case 'listitem':
        expectElement(n, 1, [...INLINE, 'list'], where)
        if (n.value !== index + 1)
          problems.push(`${where}: value ${String(n.value)}, expected ${index + 1}`)
        break
      case 'link': {
        expectElement(n, 3, ['text', 'linebreak'], where)
        const fields = n.fields as
          { url?: unknown; newTab?: unknown; linkType?: unknown } | undefined
        if (!fields || typeof fields.url !== 'string' || !/^https:\/\//.test(fields.url))
          problems.push(`${where}: url`)
        if (fields?.newTab !== false || fields?.linkType !== 'custom')
          problems.push(`${where}: link fields`)
        break
      }
      case 'text':
        if (typeof n.text !== 'string' || n.text.length === 0) problems.push(`${where}: empty text`)
        if (typeof n.format !== 'number' || !Number.isInteger(n.format) || n.format < 0)
          problems.push(`${where}: format`)
        if (n.detail !== 0 || n.mode !== 'normal' || n.style !== '' || n.version !== 1)
          problems.push(`${where}: text fields`)
        break
      case 'linebreak':
        if (n.version !== 1 || Object.keys(n).length !== 2)
          problems.push(`${where}: linebreak shape`)
        break
      default:
        problems.push(`${where}: unknown node type ${String(n.type)}`)
    }
  }
  const root = (state as { root: Node }).root
  if (root?.type !== 'root') return ['root.type is not "root"']
  check(root, 'root', 0)
  return problems
}

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1])
}

describe('seed departments', () => {
  it('are the seven departments with unique, valid codes and ascii slugs', () => {
    const codes = departments.map((d) => d.code)
    expect(codes).toHaveLength(7)
    expect(new Set(codes).size).toBe(7)
    expect([...codes].sort()).toEqual(['BIF', 'BUF', 'KFF', 'SOF', 'SUF', 'TMF', 'ØKF'])
    for (const d of departments) {
      expect(d.code).toMatch(DEPARTMENT_CODE)
      expect(d.slug).toMatch(SLUG_PATTERN)
      expect(d.name.length).toBeGreaterThan(0)
    }
    expect(new Set(departments.map((d) => d.slug)).size).toBe(7)
    expect(departments.find((d) => d.code === 'ØKF')).toMatchObject({
      slug: 'okf',
      name: 'Økonomiforvaltningen',
    })
  })
})

describe('seed content', () => {
  it('has unique, valid slugs within each collection', () => {
    for (const [name, items] of Object.entries(collections)) {
      expect(items.length, name).toBeGreaterThan(0)
      const slugs = items.map((i) => i.slug)
      expect(new Set(slugs).size, `duplicate slug in ${name}`).toBe(slugs.length)
      for (const slug of slugs) expect(slug, `${name}/${slug}`).toMatch(SLUG_PATTERN)
    }
  })

  it('refers only to departments that exist', () => {
    const codes = new Set<string>(departments.map((d) => d.code))
    for (const item of allItems)
      expect(codes.has(item.department), `${item.slug} → ${item.department}`).toBe(true)
  })

  it('fits the collection field limits', () => {
    for (const item of allItems) {
      expect(item.title.trim().length, item.slug).toBeGreaterThan(0)
      expect(item.title.length, item.slug).toBeLessThanOrEqual(300)
      expect(item.summary.trim().length, item.slug).toBeGreaterThan(0)
      expect(item.summary.length, item.slug).toBeLessThanOrEqual(2000)
    }
  })

  it('stores every rich text as valid Lexical editor state', () => {
    for (const item of allItems) {
      for (const [where, state] of docsOf(item)) {
        expect(lexicalProblems(state), where).toEqual([])
        expect(plainTextOf(state).trim().length, where).toBeGreaterThan(0)
      }
    }
  })

  it('publishes everything except exactly one draft leaflet', () => {
    const drafts = allItems.filter((i) => !i.publish)
    expect(drafts).toHaveLength(1)
    expect(leaflets.filter((l) => !l.publish)).toHaveLength(1)
    expect(allItems.every((i) => typeof i.publish === 'boolean')).toBe(true)
  })
})

describe('reflection questions', () => {
  it('start with the three questions the strategy names, in its order', () => {
    const first = reflectionQuestions[0].questions.map((q) => q.question)
    expect(first).toHaveLength(3)
    expect(first[0]).toMatch(/inkluderet i beskrivelsen af målgruppen/)
    expect(first[1]).toMatch(/flydende dansk/)
    expect(first[2]).toMatch(/tid og sted/)
    for (const group of reflectionQuestions) {
      expect(group.questions.length, group.slug).toBeGreaterThan(0)
      for (const q of group.questions)
        expect(q.question.trim().endsWith('?'), q.question).toBe(true)
    }
  })
})

describe('methods', () => {
  it('has at least four, in both categories', () => {
    expect(methods.length).toBeGreaterThanOrEqual(4)
    expect(methods.some((m) => m.category === 'citizen-involvement')).toBe(true)
    expect(methods.some((m) => m.category === 'good-letter-practice')).toBe(true)
  })
})

describe('welcome materials', () => {
  it('have variants for families, students and refugees, each audience once', () => {
    expect(welcomeMaterials.length).toBeGreaterThanOrEqual(1)
    const main = welcomeMaterials[0].audienceVariants.map((v) => v.audience)
    expect(main).toEqual(expect.arrayContaining(['families', 'students', 'refugees']))
    for (const w of welcomeMaterials) {
      const audiences = w.audienceVariants.map((v) => v.audience)
      expect(new Set(audiences).size, w.slug).toBe(audiences.length)
      for (const v of w.audienceVariants) expect(v.heading.trim().length, w.slug).toBeGreaterThan(0)
    }
  })
})

describe('leaflets', () => {
  it('include complaint guidance, "Har du spørgsmål?" and a general leaflet, all published', () => {
    for (const kind of ['complaint-guidance', 'questions', 'general'] as const) {
      expect(
        leaflets.some((l) => l.kind === kind && l.publish),
        kind,
      ).toBe(true)
    }
    expect(leaflets.find((l) => l.kind === 'complaint-guidance')?.title).toBe('Sådan klager du')
    expect(leaflets.find((l) => l.kind === 'questions')?.title).toBe('Har du spørgsmål?')
  })

  it('exercise the formatting translators and print must keep', () => {
    const nodes = leaflets.flatMap((l) => nodesOf(l.body))
    const text = leaflets.map((l) => plainTextOf(l.body)).join('\n')
    expect(nodes.some((n) => n.type === 'heading' && n.tag === 'h2')).toBe(true)
    expect(nodes.some((n) => n.type === 'heading' && n.tag === 'h3')).toBe(true)
    expect(nodes.some((n) => n.type === 'list' && n.listType === 'bullet')).toBe(true)
    expect(nodes.some((n) => n.type === 'list' && n.listType === 'number')).toBe(true)
    expect(nodes.some((n) => n.type === 'text' && ((n.format as number) & 1) === 1)).toBe(true)
    expect(nodes.some((n) => n.type === 'linebreak')).toBe(true)
    const urls = nodes
      .filter((n) => n.type === 'link')
      .map((n) => (n.fields as { url: string }).url)
    expect(urls.some((u) => u.startsWith('https://www.kk.dk/'))).toBe(true)
    expect(text).toMatch(/[\w.-]+@[\w-]+\.dk/)
    expect(text).toMatch(/\b\d{2} \d{2} \d{2} \d{2}\b/)
  })
})

describe('letter templates', () => {
  it('declare exactly the placeholders they use', () => {
    for (const t of letterTemplates) {
      const declared = t.placeholders.map((ph) => ph.key)
      expect(new Set(declared).size, `${t.slug}: duplicate declaration`).toBe(declared.length)
      for (const ph of t.placeholders) {
        expect(ph.key, t.slug).toMatch(PLACEHOLDER_NAME)
        expect(ph.description.length, `${t.slug}.${ph.key}`).toBeGreaterThan(0)
        expect(ph.example.length, `${t.slug}.${ph.key}`).toBeGreaterThan(0)
      }
      // Per text node, as the save hook reads them: a placeholder split across nodes is not one.
      const texts = [t.title, t.summary, ...textNodesOf(t.body)]
      const used = new Set(texts.flatMap(placeholdersIn))
      for (const name of used)
        expect(declared, `${t.slug}: {{${name}}} is not declared`).toContain(name)
      for (const name of declared)
        expect(used.has(name), `${t.slug}: ${name} is declared but unused`).toBe(true)
      for (const text of texts) {
        const stray = text.replace(PLACEHOLDER, '')
        expect(stray, `${t.slug}: broken placeholder in "${text}"`).not.toMatch(/\{\{|\}\}/)
      }
    }
  })

  it('include a meeting invitation with the standard fields and an interpreter offer', () => {
    const invitation = letterTemplates.find((t) => t.kind === 'meeting-invitation')
    expect(invitation).toBeDefined()
    const keys = invitation!.placeholders.map((ph) => ph.key)
    expect(keys).toEqual(
      expect.arrayContaining([
        'citizenName',
        'meetingDate',
        'meetingTime',
        'meetingPlace',
        'caseworkerName',
        'caseworkerPhone',
      ]),
    )
    expect(plainTextOf(invitation!.body)).toMatch(/tolk/)
  })
})

describe('lexical builder', () => {
  it('builds the shapes Payload stores and reads them back as text', () => {
    const state = doc(
      h2('Titel'),
      p(b('Fed'), ' og ', link('https://www.kk.dk/x', 'link'), br(), 'ny linje'),
      ul('a', ['b']),
      ol('c'),
    )
    expect(lexicalProblems(state)).toEqual([])
    expect(state.root).toMatchObject({
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
    })
    expect(state.root.children[1]).toMatchObject({
      type: 'paragraph',
      textFormat: 1,
      textStyle: '',
    })
    expect(state.root.children[3]).toMatchObject({
      type: 'list',
      listType: 'number',
      tag: 'ol',
      start: 1,
    })
    expect(plainTextOf(state)).toBe('Titel\nFed og link\nny linje\na\nb\nc')
  })

  it('nests lists under their item', () => {
    const state = doc(ul(['a', ul('a1')], 'b'))
    expect(lexicalProblems(state)).toEqual([])
    expect(plainTextOf(state)).toBe('a\na1\nb')
  })

  it('rejects what Payload would not store', () => {
    expect(lexicalProblems({ root: { type: 'paragraph' } })).not.toEqual([])
    const bad = doc(p('x'))
    ;(bad.root.children[0] as unknown as { type: string }).type = 'banner'
    expect(lexicalProblems(bad)).not.toEqual([])
  })
})
