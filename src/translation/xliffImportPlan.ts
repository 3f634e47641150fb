/**
 * The pure half of an XLIFF import: which document each `<file>` belongs to (also for files that
 * went through translate-toolkit's PO round trip), the protected text put back behind its code,
 * and inline codes a translation added. Payload lookups and saving stay in the plugin.
 */
import { escapeText, tokenize } from './markup'
import type { XliffFile, XliffUnit } from './xliff'

/** `leaflets/12` → the collection and document id; anything else → null. */
export function documentOfOriginal(
  original: string,
): { collection: string; documentId: number } | null {
  const match = /^([a-z][a-z0-9-]*)\/(\d+)$/.exec(original.trim())
  return match ? { collection: match[1], documentId: Number(match[2]) } : null
}

export class XliffPlanError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XliffPlanError'
  }
}

/** The text translate-toolkit's xliff2po shows for segment markup: `<ph>` content kept, other codes dropped. */
export function poTextOf(markup: string, codeTexts: Record<string, string> = {}): string {
  return tokenize(markup)
    .map((t) =>
      t.kind === 'text'
        ? t.text
        : t.kind === 'void' && t.tag === 'x'
          ? (codeTexts[t.id ?? ''] ?? '')
          : '',
    )
    .join('')
}

/**
 * A protected code a tool turned into its text (a PO round trip does: "+45 33 66 33 66" instead of
 * `<ph>`) is put back as the code, so the number cannot be edited and QA sees the code where it was.
 */
export function restoreProtectedCodes(
  target: string,
  source: string,
  codeTexts: Record<string, string> = {},
): string {
  let out = target
  const present = new Set(
    tokenize(target).flatMap((t) => (t.kind === 'void' && t.tag === 'x' ? [t.id] : [])),
  )
  for (const token of tokenize(source)) {
    if (
      token.kind !== 'void' ||
      token.tag !== 'x' ||
      token.id === undefined ||
      present.has(token.id)
    )
      continue
    const text = codeTexts[token.id]
    if (!text) continue
    const escaped = escapeText(text)
    const at = out.indexOf(escaped)
    if (at >= 0) {
      out = out.slice(0, at) + `<x id="${token.id}"/>` + out.slice(at + escaped.length)
      present.add(token.id)
    }
  }
  return out
}

function codeCounts(markup: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of tokenize(markup)) {
    if (t.kind === 'text' || t.kind === 'close') continue
    const code = t.id !== undefined ? `${t.tag}#${t.id}` : t.tag
    counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  return counts
}

const CODE_WORDS: Record<string, string> = {
  b: 'bold',
  i: 'italic',
  u: 'underline',
  s: 'strikethrough',
  code: 'code',
  sub: 'subscript',
  sup: 'superscript',
  a: 'link',
  f: 'text style',
  x: 'protected text',
  br: 'line break',
}

/** Inline codes in the translation that the Danish does not have (or has fewer of), in words. */
export function addedCodes(source: string, target: string): string[] {
  const inSource = codeCounts(source)
  const added: string[] = []
  for (const [code, n] of codeCounts(target)) {
    if (n > (inSource.get(code) ?? 0))
      added.push(`${CODE_WORDS[code.split('#')[0]] ?? code} (${code})`)
  }
  return added
}

/**
 * translate-toolkit's `po2xliff -t <exported.xlf>` writes the exported `<file>` back unchanged and
 * adds one `<file original="<name>.po">` whose units carry the translations as plain text, each
 * with the exported unit's id as its `po-reference` location. Such a file is merged into the
 * exported one it sits beside (the document is found from that file); a file whose `original`
 * names no document and cannot be paired is refused with a message, never guessed.
 */
export function pairPoRoundTrips(files: XliffFile[]): XliffFile[] {
  const documents = files.filter((f) => documentOfOriginal(f.original))
  const result: XliffFile[] = documents.map((f) => ({
    ...f,
    units: f.units.map((u) => ({ ...u })),
  }))
  const merged = new Set<XliffFile>()
  for (const file of files) {
    if (documentOfOriginal(file.original)) continue
    const shown = file.original
      ? `<file original="${file.original}">`
      : 'A <file> without "original"'
    const located = file.units.filter((u) => u.location)
    const partners = result.filter(
      (f) =>
        f.targetLanguage.toLowerCase() === file.targetLanguage.toLowerCase() &&
        located.some((u) => f.units.some((t) => t.id === u.location)),
    )
    if (located.length === 0 || partners.length !== 1) {
      throw new XliffPlanError(
        `${shown} does not name a document as "<collection>/<id>" (translate-toolkit's po2xliff writes the PO file's name there). ` +
          'Convert with "po2xliff -t <the XLIFF exported from the CMS>" so the exported file travels along, or import the exported XLIFF itself. Nothing was imported.',
      )
    }
    const partner = partners[0]
    if (!merged.has(partner)) {
      // The exported file came back unchanged; only the PO's translations are the translator's answer.
      for (const u of partner.units) u.target = undefined
      merged.add(partner)
    }
    const original = documents[result.indexOf(partner)]
    for (const unit of located) mergeUnit(partner, original, unit, shown)
  }
  return result
}

function mergeUnit(partner: XliffFile, original: XliffFile, unit: XliffUnit, shown: string): void {
  const exported = partner.units.find((u) => u.id === unit.location)
  const exportedTarget = original.units.find((u) => u.id === unit.location)?.target
  if (!exported)
    throw new XliffPlanError(
      `${shown}: unit "${unit.location}" is not in ${partner.original}. Nothing was imported.`,
    )
  const codeTexts = exported.codeTexts ?? {}
  // The PO's msgid is the exported Danish as xliff2po flattened it; anything else is another text.
  const plainSource = tokenize(unit.source)
    .map((t) => (t.kind === 'text' ? t.text : ''))
    .join('')
  if (plainSource.trim() !== poTextOf(exported.source, codeTexts).trim()) {
    throw new XliffPlanError(
      `${shown}: the Danish of unit "${unit.location}" differs from the exported file's; convert the PO made from this export. Nothing was imported.`,
    )
  }
  // A translation the PO left as exported is not an edit: importing its flattened text would drop the formatting.
  const unchanged =
    exportedTarget !== undefined &&
    unit.target !== undefined &&
    unit.target.trim() === escapeText(poTextOf(exportedTarget, codeTexts)).trim()
  if (unit.target !== undefined && unit.target.trim() !== '' && !unchanged) {
    exported.target = restoreProtectedCodes(unit.target, exported.source, codeTexts)
    exported.state = unit.state
  }
}
