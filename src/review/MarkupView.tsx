import { Fragment } from 'react'
import type { InlineCode } from '../translation/inlineCodes'
import { tokenize, type Token } from '../translation/markup'

export type CodeMap = Record<string, InlineCode>
/** A token as a chip sees it: closings carry their opening's id, so "end of link to …" can be said. */
export type ChipToken =
  { kind: 'text'; text: string } | { kind: 'open' | 'close' | 'void'; tag: string; id?: string }

const FALLBACK: Record<string, string> = {
  b: 'bold',
  i: 'italic',
  u: 'underline',
  s: 'strikethrough',
  code: 'code',
  sub: 'subscript',
  sup: 'superscript',
  a: 'link',
  f: 'style',
  x: 'protected',
  br: '↵',
}

export function tokenKey(token: { tag: string; id?: string }): string {
  return token.id !== undefined ? `${token.tag}#${token.id}` : token.tag
}

/** What a chip shows and says: the label on it, and "start of bold" / "end of link to …" for the tooltip and screen readers. */
export function chipText(
  token: ChipToken,
  codes: CodeMap,
): { label: string; description: string; kind: 'open' | 'close' | 'void' } {
  if (token.kind === 'text') return { label: token.text, description: token.text, kind: 'void' }
  const code = codes[tokenKey(token)]
  const label = code?.label ?? FALLBACK[token.tag] ?? token.tag
  const description = code?.description ?? label
  if (token.kind === 'open') return { label, description: `start of ${description}`, kind: 'open' }
  if (token.kind === 'close')
    return { label: `/${label}`, description: `end of ${description}`, kind: 'close' }
  return { label, description, kind: 'void' }
}

/** Closing tokens carry no id; pair each with its opening so the chip can say what it ends. */
export function withClosingIds(tokens: Token[]): ChipToken[] {
  const stack: Array<string | undefined> = []
  return tokens.map((t): ChipToken => {
    if (t.kind === 'open') stack.push(t.id)
    if (t.kind === 'close') return { ...t, id: stack.pop() }
    return t
  })
}

/**
 * Segment markup shown read-only with its codes as chips (the Danish, memory suggestions). Each
 * chip is isolated left-to-right (`<bdi dir="ltr">`), so a phone number or `/bold` never mirrors or
 * drifts inside Arabic, Urdu or Persian text.
 */
export function MarkupView({
  markup,
  codes,
  lang,
  dir,
  onChip,
}: {
  markup: string
  codes: CodeMap
  lang?: string
  dir?: 'ltr' | 'rtl'
  onChip?: (key: string) => void
}) {
  const tokens = withClosingIds(tokenize(markup))
  return (
    <span lang={lang} dir={dir} className="markup">
      {tokens.map((t, i) => {
        if (t.kind === 'text') return <Fragment key={i}>{t.text}</Fragment>
        const { label, description, kind } = chipText(t, codes)
        const key = tokenKey(t)
        return (
          <bdi
            key={i}
            dir="ltr"
            className={`chip ${kind} tag-${t.tag}`}
            title={description}
            data-code={key}
            data-kind={kind}
            onClick={onChip && kind !== 'close' ? () => onChip(key) : undefined}
          >
            <span className="visually-hidden">{description}: </span>
            <span aria-hidden="true">{label}</span>
          </bdi>
        )
      })}
    </span>
  )
}
