'use client'

import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'
import { tokenize, type Token } from '../translation/markup'
import { balanceTokens, missingCodes, serializeTokens } from './chipMarkup'
import { type ChipToken, chipText, type CodeMap, tokenKey, withClosingIds } from './MarkupView'

export interface SegmentEditorHandle {
  /** Inserts the next code the translation lacks (a pair wraps the selection); false when none is missing. */
  insertNextMissing(): boolean
  insertCode(key: string): boolean
  focus(): void
}

type Props = {
  id: string
  label: string
  describedBy?: string
  source: string
  value: string
  codes: CodeMap
  lang: string
  dir: 'ltr' | 'rtl'
  readOnly: boolean
  onChange(markup: string): void
  onKeyCommand(command: 'save-next' | 'next' | 'previous'): void
}

function chipElement(token: ChipToken, codes: CodeMap): HTMLElement {
  const { label, description, kind } = chipText(token, codes)
  const chip = document.createElement('bdi')
  chip.dir = 'ltr'
  chip.contentEditable = 'false'
  chip.className = `chip ${kind} tag-${token.kind === 'text' ? '' : token.tag}`
  chip.title = description
  chip.setAttribute('role', 'img')
  chip.setAttribute('aria-label', description)
  chip.dataset.kind = kind
  if (token.kind !== 'text') {
    chip.dataset.tag = token.tag
    if (token.id !== undefined) chip.dataset.id = token.id
  }
  chip.textContent = label
  return chip
}

function render(element: HTMLElement, markup: string, codes: CodeMap): void {
  element.replaceChildren(
    ...withClosingIds(tokenize(markup)).map((t) =>
      t.kind === 'text' ? document.createTextNode(t.text) : chipElement(t, codes),
    ),
  )
}

/** The DOM back to tokens: text as typed, chips as the codes they are; anything pasted in as its text. */
function read(element: HTMLElement): Token[] {
  const tokens: Token[] = []
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\u00a0/g, ' ')
      if (text) tokens.push({ kind: 'text', text })
      return
    }
    if (!(node instanceof HTMLElement)) return
    const { kind, tag, id } = node.dataset
    if (kind === 'open' && tag) tokens.push({ kind: 'open', tag, id })
    else if (kind === 'close' && tag) tokens.push({ kind: 'close', tag })
    else if (kind === 'void' && tag)
      tokens.push({ kind: 'void', tag: tag === 'br' ? 'br' : 'x', id })
    else if (node.tagName !== 'BR') node.childNodes.forEach(walk)
  }
  element.childNodes.forEach(walk)
  return tokens
}

/**
 * One translation as editable text with its inline codes as chips that cannot be typed into.
 * Whatever happens (delete, cut, paste), the markup handed up is well-formed: a pair code that lost
 * its partner is dropped and shows up again among the missing codes.
 */
export const SegmentEditor = forwardRef<SegmentEditorHandle, Props>(function SegmentEditor(
  { id, label, describedBy, source, value, codes, lang, dir, readOnly, onChange, onKeyCommand },
  ref,
) {
  const element = useRef<HTMLDivElement>(null)
  const shown = useRef<string | null>(null)

  useEffect(() => {
    // Only a value from outside (load, "Use" a suggestion, server answer) re-renders; typing keeps the caret.
    if (element.current && value !== shown.current) {
      render(element.current, value, codes)
      shown.current = value
    }
  }, [value, codes])

  const commit = () => {
    if (!element.current) return
    const tokens = read(element.current)
    const balanced = balanceTokens(tokens)
    const markup = serializeTokens(balanced)
    if (balanced.length !== tokens.length) {
      render(element.current, markup, codes)
      placeCaretAtEnd(element.current)
    }
    shown.current = markup
    onChange(markup)
  }

  const insert = (key: string): boolean => {
    const el = element.current
    if (!el || readOnly) return false
    const code = missingCodes(source, serializeTokens(read(el))).find((c) => c.key === key)
    if (!code) return false
    const selection = window.getSelection()
    let range = selection && selection.rangeCount ? selection.getRangeAt(0) : null
    if (!range || !el.contains(range.commonAncestorContainer)) {
      range = document.createRange()
      range.selectNodeContents(el)
      range.collapse(false)
    }
    if (code.paired) {
      const open = chipElement({ kind: 'open', tag: code.tag, id: code.id }, codes)
      const close = chipElement({ kind: 'close', tag: code.tag, id: code.id }, codes)
      const content = range.extractContents()
      const fragment = document.createDocumentFragment()
      fragment.append(open, content, close)
      range.insertNode(fragment)
      range.setStartAfter(close)
    } else {
      const chip = chipElement({ kind: 'void', tag: code.tag, id: code.id }, codes)
      range.deleteContents()
      range.insertNode(chip)
      range.setStartAfter(chip)
    }
    range.collapse(true)
    // A click on a missing-code button took the focus; typing goes on in the editor, after the code.
    el.focus()
    selection?.removeAllRanges()
    selection?.addRange(range)
    commit()
    return true
  }

  useImperativeHandle(ref, () => ({
    insertNextMissing: () => {
      const next = element.current
        ? missingCodes(source, serializeTokens(read(element.current)))[0]
        : undefined
      return next ? insert(next.key) : false
    },
    insertCode: insert,
    focus: () => element.current?.focus(),
  }))

  return (
    <div
      ref={element}
      id={id}
      className="editor"
      role="textbox"
      aria-multiline="false"
      aria-label={label}
      aria-describedby={describedBy}
      aria-readonly={readOnly || undefined}
      contentEditable={!readOnly}
      suppressContentEditableWarning
      lang={lang}
      dir={dir}
      tabIndex={0}
      onInput={commit}
      onPaste={(e) => {
        // Only text comes in; a code cannot be pasted, so none can be invented or duplicated.
        e.preventDefault()
        document.execCommand(
          'insertText',
          false,
          e.clipboardData.getData('text/plain').replace(/\s*\n\s*/g, ' '),
        )
      }}
      onDrop={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          onKeyCommand('save-next')
        } else if (e.key === 'Enter') e.preventDefault()
        else if (e.key === 'F9' || (e.key === 'i' && e.altKey && e.shiftKey)) {
          e.preventDefault()
          const next = element.current
            ? missingCodes(source, serializeTokens(read(element.current)))[0]
            : undefined
          if (next) insert(next.key)
        } else if (e.altKey && e.key === 'ArrowDown') {
          e.preventDefault()
          onKeyCommand('next')
        } else if (e.altKey && e.key === 'ArrowUp') {
          e.preventDefault()
          onKeyCommand('previous')
        }
      }}
    />
  )
})

function placeCaretAtEnd(el: HTMLElement): void {
  const range = document.createRange()
  range.selectNodeContents(el)
  range.collapse(false)
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}

export { tokenKey }
