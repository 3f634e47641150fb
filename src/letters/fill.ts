import type { FormattedValue } from './placeholderTypes'

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
}

/**
 * Puts the values into rendered HTML. Values are escaped and isolated (`<bdi>`), so a Latin name
 * or a phone number inside Arabic text keeps its own direction and cannot inject markup.
 */
export function fillHtml(html: string, values: Record<string, FormattedValue>): string {
  return html.replace(PLACEHOLDER, (whole, key: string) => {
    const value = values[key]
    if (!value) return whole
    return `<bdi class="value"${value.dir ? ` dir="${value.dir}"` : ''}>${escapeHtml(value.text)}</bdi>`
  })
}

/** Plain text (SMS): values as written, with Unicode isolates around left-to-right values in RTL text. */
export function fillText(
  text: string,
  values: Record<string, FormattedValue>,
  rtl: boolean,
): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => {
    const value = values[key]
    if (!value) return whole
    return rtl && value.dir === 'ltr' ? `\u2066${value.text}\u2069` : value.text
  })
}

/** Placeholder keys used in a text, in order of first use. */
export function placeholderKeys(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))]
}
