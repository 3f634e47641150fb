/** Escapes text for HTML and SVG. */
export function esc(value: unknown): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
}

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11 for graphics), told apart by shade too. */
export const PALETTE = ['#1f5fa8', '#b35900', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#5d4037']

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–'
export const pct = (p: number, digits = 0) =>
  Number.isFinite(p) ? `${(p * 100).toFixed(digits)} %` : '–'
