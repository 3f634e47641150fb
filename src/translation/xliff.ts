import sax from 'sax'
import { escapeText, FORMAT_TAGS, tokenize } from './markup'

/**
 * XLIFF 1.2, the exchange format every CAT tool and agency reads (Trados, memoQ, Phrase, Drupal
 * TMGMT), so a language can be translated outside the CMS and brought back. Segment markup maps to
 * XLIFF inline codes: formatting and links to `<g>`, protected text and line breaks to `<x/>`.
 * The code's id says what it stands for (`b.1`, `a.0`, `x.3`, `br.2`), so import needs no state.
 * Protected text (a phone number, URL, e-mail, {{placeholder}}) is a `<ph>` whose content is that
 * text: CAT tools show it in the tag, and translate-toolkit's xliff2po keeps it in the PO text
 * (it drops an empty `<x/>`, and never reads `equiv-text`).
 */

export interface XliffUnit {
  /** The segment key. */
  id: string
  source: string
  target?: string
  /** XLIFF 1.2 target state, e.g. `translated`, `needs-review-translation`. */
  state?: string
  notes?: string[]
  /**
   * Where a PO-based tool says the unit came from (`<context-group name="po-reference">`'s
   * `sourcefile`): translate-toolkit's xliff2po writes the unit id there and po2xliff gives it back.
   */
  location?: string
  /** The text inside the source's `<ph id="x.n">` codes, by n: what each protected code stands for. */
  codeTexts?: Record<string, string>
}

/** One `<file>`: one document in one target language. A download may hold many. */
export interface XliffFile {
  /** `collection/documentId`: which document the file belongs to. */
  original: string
  sourceLanguage: string
  targetLanguage: string
  title?: string
  units: XliffUnit[]
  /** Per unit id, the protected text behind each `<x id>` (written as `<ph>` content). */
  protectedTexts?: Record<string, Record<string, string>>
}

export class XliffError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XliffError'
  }
}

const NS = 'urn:oasis:names:tc:xliff:document:1.2'
const CTYPE: Record<string, string> = {
  b: 'bold',
  i: 'italic',
  u: 'underlined',
  s: 'x-strike',
  code: 'x-code',
  sub: 'x-sub',
  sup: 'x-sup',
  a: 'link',
  f: 'x-style',
}
const FORMAT_TAG_NAMES = new Set(FORMAT_TAGS.map(([, tag]) => tag))

function attr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;')
}

/** Segment markup → XLIFF inline content; `protectedText` gives the text behind `<x id="n"/>` when known. */
export function markupToXliff(
  markup: string,
  protectedText: (id: string) => string | undefined = () => undefined,
): string {
  let counter = 0
  const stack: string[] = []
  return tokenize(markup)
    .map((t) => {
      if (t.kind === 'text') return escapeText(t.text)
      if (t.kind === 'open') {
        stack.push(t.tag)
        const id = t.id !== undefined ? `${t.tag}.${t.id}` : `${t.tag}.${++counter}`
        return `<g id="${attr(id)}" ctype="${CTYPE[t.tag] ?? `x-${t.tag}`}">`
      }
      if (t.kind === 'close') {
        stack.pop()
        return '</g>'
      }
      if (t.tag === 'br') return `<x id="br.${++counter}" ctype="lb"/>`
      const shown = protectedText(t.id ?? '')
      return shown !== undefined
        ? `<ph id="x.${attr(t.id ?? '')}" ctype="x-protected">${escapeText(shown)}</ph>`
        : `<x id="x.${attr(t.id ?? '')}" ctype="x-protected"/>`
    })
    .join('')
}

function unit(
  u: XliffUnit,
  protectedText: (unitId: string, id: string) => string | undefined,
): string {
  const shown = (id: string) => protectedText(u.id, id)
  const target =
    u.target !== undefined && u.target !== ''
      ? `\n        <target state="${attr(u.state ?? 'translated')}">${markupToXliff(u.target, shown)}</target>`
      : ''
  const notes = (u.notes ?? []).map((n) => `\n        <note>${escapeText(n)}</note>`).join('')
  return `      <trans-unit id="${attr(u.id)}" resname="${attr(u.id)}" xml:space="preserve">\n        <source>${markupToXliff(u.source, shown)}</source>${target}${notes}\n      </trans-unit>`
}

function file(doc: XliffFile): string[] {
  return [
    `  <file original="${attr(doc.original)}" source-language="${attr(doc.sourceLanguage)}" target-language="${attr(doc.targetLanguage)}" datatype="x-lexical-segments">`,
    doc.title
      ? `    <header>\n      <note>${escapeText(doc.title)}</note>\n    </header>`
      : '    <header/>',
    '    <body>',
    ...doc.units.map((u) => unit(u, (unitId, id) => doc.protectedTexts?.[unitId]?.[id])),
    '    </body>',
    '  </file>',
  ]
}

export function buildXliff(files: XliffFile[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${NS}">`,
    ...files.flatMap(file),
    '</xliff>',
    '',
  ].join('\n')
}

/** One inline code back to segment markup; anything this file did not write is refused, not guessed. */
function openCode(
  name: string,
  id: string,
  where: string,
): { open: string; close: string } | string {
  const [kind, ref = ''] = id.split('.')
  if (name === 'g') {
    if (FORMAT_TAG_NAMES.has(kind)) return { open: `<${kind}>`, close: `</${kind}>` }
    if ((kind === 'a' || kind === 'f') && /^\d+$/.test(ref))
      return { open: `<${kind} id="${ref}">`, close: `</${kind}>` }
  } else if (name === 'x' || name === 'ph') {
    if (kind === 'br') return '<br/>'
    if (kind === 'x' && /^\d+$/.test(ref)) return `<x id="${ref}"/>`
  }
  throw new XliffError(
    `${where}: inline code <${name} id="${id}"> was not in the exported file; keep the codes your tool shows as tags`,
  )
}

interface Open {
  name: string
  close: string
}

/**
 * Reads an XLIFF 1.2 file made by `buildXliff` and edited elsewhere. sax has no DTD or external
 * entity support, so a hostile file cannot read files or blow up on entity expansion.
 */
export function parseXliff(xml: string): XliffFile[] {
  const parser = sax.parser(true, { xmlns: false, position: true })
  const files: XliffFile[] = []
  let doc: XliffFile | undefined
  let version: string | undefined
  let current: XliffUnit | undefined
  let capture: { into: 'source' | 'target'; markup: string; open: Open[] } | undefined
  let skipped = 0
  let inNote = false
  let note = ''
  /** Inside a `<ph>`: its content is the protected text itself, not translatable text. */
  let inPlaceholder = 0
  let placeholder = { id: '', text: '' }
  let context: { sourcefile: boolean; text: string } | undefined
  const where = () => `line ${parser.line + 1}${current ? `, unit "${current.id}"` : ''}`

  parser.onerror = (error) => {
    throw new XliffError(
      `Not well-formed XML at line ${parser.line + 1}: ${error.message.split('\n')[0]}`,
    )
  }
  parser.ondoctype = () => {
    throw new XliffError('DOCTYPE declarations are not accepted in XLIFF files')
  }
  parser.onopentag = (node) => {
    const name = node.name.replace(/^.*:/, '')
    const attrs = node.attributes as Record<string, string>
    // Suggestions a CAT tool keeps (alt-trans) carry their own source and target; they are not the answer.
    if (name === 'alt-trans' || skipped > 0) {
      skipped++
      return
    }
    if (capture) {
      if (name === 'mrk') {
        capture.open.push({ name, close: '' })
        return
      }
      if (inPlaceholder) throw new XliffError(`${where()}: inline code <${name}> inside a <ph>`)
      const code = openCode(name, attrs.id ?? '', where())
      if (name === 'ph') {
        inPlaceholder++
        placeholder = { id: (attrs.id ?? '').replace(/^x\./, ''), text: '' }
      }
      if (typeof code === 'string') {
        // sax reports a close tag for `<x/>` too; the entry is popped there.
        capture.open.push({ name, close: '' })
        capture.markup += code
      } else {
        capture.open.push({ name, close: code.close })
        capture.markup += code.open
      }
      return
    }
    if (name === 'xliff') version = attrs.version
    else if (name === 'file') {
      doc = {
        original: attrs.original ?? '',
        sourceLanguage: attrs['source-language'] ?? '',
        targetLanguage: attrs['target-language'] ?? '',
        units: [],
      }
      files.push(doc)
    } else if (name === 'trans-unit') {
      if (!doc) throw new XliffError(`${where()}: a trans-unit outside a <file>`)
      if (!attrs.id) throw new XliffError(`${where()}: a trans-unit has no id`)
      current = { id: attrs.id, source: '', notes: [] }
    } else if ((name === 'source' || name === 'target') && current) {
      if (name === 'target') current.state = attrs.state
      capture = { into: name, markup: '', open: [] }
    } else if (name === 'note') {
      inNote = true
      note = ''
    } else if (name === 'context' && current) {
      context = { sourcefile: attrs['context-type'] === 'sourcefile', text: '' }
    }
  }
  parser.onclosetag = (rawName) => {
    const name = rawName.replace(/^.*:/, '')
    if (skipped > 0) {
      skipped--
      return
    }
    if (capture && (name === 'source' || name === 'target') && capture.open.length === 0) {
      current![capture.into] = capture.markup
      capture = undefined
    } else if (capture) {
      const open = capture.open.pop()
      if (open && open.name === name) capture.markup += open.close
      if (name === 'ph') {
        inPlaceholder--
        if (capture.into === 'source' && current)
          current.codeTexts = { ...current.codeTexts, [placeholder.id]: placeholder.text }
      }
    } else if (name === 'context' && context) {
      if (context.sourcefile && current) current.location = context.text.trim()
      context = undefined
    } else if (name === 'trans-unit' && current) {
      doc!.units.push(current)
      current = undefined
    } else if (name === 'note' && inNote) {
      inNote = false
      if (current) current.notes!.push(note)
      else if (doc) doc.title ??= note
    }
  }
  const text = (t: string) => {
    if (skipped > 0) return
    if (inPlaceholder) {
      placeholder.text += t
      return
    }
    if (capture) capture.markup += escapeText(t)
    else if (context) context.text += t
    else if (inNote) note += t
  }
  parser.ontext = text
  parser.oncdata = text

  parser.write(xml).close()
  if (version === undefined)
    throw new XliffError('This is not an XLIFF file: no <xliff> root element')
  if (version !== '1.2')
    throw new XliffError(
      `XLIFF ${version} is not supported; export the task again (XLIFF 1.2) and translate that file`,
    )
  if (files.length === 0) throw new XliffError('The XLIFF has no <file>')
  for (const f of files) {
    const ids = new Set<string>()
    for (const u of f.units) {
      if (ids.has(u.id)) throw new XliffError(`${f.original}: segment "${u.id}" appears twice`)
      ids.add(u.id)
    }
  }
  return files
}
