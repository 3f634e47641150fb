import { scaleBand, scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import { esc, fmt, PALETTE } from './svg'

/**
 * Charts as SVG strings, drawn on the server with d3-scale (axes, bands) and d3-shape (lines), so
 * the report needs no script in the browser and prints the same in the PDF. Each chart is an
 * image with a title and description; the table beside it carries the same figures as text.
 */
interface Frame {
  id: string
  title: string
  description: string
  width?: number
  height?: number
}

const M = { top: 16, right: 16, bottom: 40, left: 120 }

function open(frame: Frame, width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${frame.id}-t ${frame.id}-d"><title id="${frame.id}-t">${esc(frame.title)}</title><desc id="${frame.id}-d">${esc(frame.description)}</desc>`
}

function legend(series: readonly string[], x: number, y: number): string {
  return series
    .map(
      (s, i) =>
        `<g transform="translate(${x + i * 150},${y})"><rect width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/><text x="16" y="11" font-size="12">${esc(s)}</text></g>`,
    )
    .join('')
}

function xAxis(
  ticks: number[],
  scale: (v: number) => number,
  y: number,
  format: (v: number) => string,
): string {
  return (
    ticks
      .map(
        (t) =>
          `<g transform="translate(${scale(t)},${y})"><line y2="5" stroke="#444"/><text y="18" text-anchor="middle" font-size="11">${esc(format(t))}</text></g>`,
      )
      .join('') +
    `<line x1="${scale(ticks[0])}" x2="${scale(ticks[ticks.length - 1])}" y1="${y}" y2="${y}" stroke="#444"/>`
  )
}

/** Horizontal stacked bars: one row per category, one colour per series. */
export function stackedBars(
  frame: Frame,
  categories: readonly string[],
  series: readonly string[],
  values: (category: string, series: string) => number,
): string {
  const width = frame.width ?? 640
  const height = frame.height ?? M.top + M.bottom + 28 * categories.length + 20
  const totals = categories.map((c) => series.reduce((s, k) => s + values(c, k), 0))
  const x = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .nice()
    .range([M.left, width - M.right])
  const y = scaleBand()
    .domain(categories)
    .range([M.top, height - M.bottom - 20])
    .padding(0.2)
  let out = open(frame, width, height)
  for (const c of categories) {
    let start = 0
    series.forEach((s, i) => {
      const v = values(c, s)
      if (v > 0)
        out += `<rect class="bar" x="${x(start)}" y="${y(c)}" width="${x(start + v) - x(start)}" height="${y.bandwidth()}" fill="${PALETTE[i % PALETTE.length]}"><title>${esc(`${c}, ${s}: ${fmt(v)}`)}</title></rect>`
      start += v
    })
    out += `<text x="${M.left - 6}" y="${(y(c) ?? 0) + y.bandwidth() / 2 + 4}" text-anchor="end" font-size="12">${esc(c)}</text>`
  }
  out += xAxis(x.ticks(5), x, height - M.bottom - 20, (v) => fmt(v))
  out += legend(series, M.left, height - 22)
  return out + '</svg>'
}

/** Vertical grouped bars: groups on the x axis, one bar per series. Missing values (null) are left out and said so. */
export function groupedBars(
  frame: Frame,
  groups: readonly string[],
  series: readonly string[],
  values: (group: string, series: string) => number | null,
  format: (v: number) => string = (v) => fmt(v),
): string {
  const width = frame.width ?? 640
  const height = frame.height ?? 260
  const all = groups.flatMap((g) => series.map((s) => values(g, s) ?? 0))
  const y = scaleLinear()
    .domain([0, Math.max(1, ...all)])
    .nice()
    .range([height - M.bottom - 20, M.top])
  const x0 = scaleBand()
    .domain(groups)
    .range([60, width - M.right])
    .padding(0.2)
  const x1 = scaleBand().domain(series).range([0, x0.bandwidth()]).padding(0.08)
  let out = open(frame, width, height)
  for (const t of y.ticks(4))
    out += `<g transform="translate(0,${y(t)})"><line x1="60" x2="${width - M.right}" stroke="#ddd"/><text x="54" y="4" text-anchor="end" font-size="11">${esc(format(t))}</text></g>`
  for (const g of groups) {
    series.forEach((s, i) => {
      const v = values(g, s)
      if (v === null) return
      out += `<rect class="bar" x="${(x0(g) ?? 0) + (x1(s) ?? 0)}" y="${y(v)}" width="${x1.bandwidth()}" height="${y(0) - y(v)}" fill="${PALETTE[i % PALETTE.length]}"><title>${esc(`${g}, ${s}: ${format(v)}`)}</title></rect>`
    })
    out += `<text x="${(x0(g) ?? 0) + x0.bandwidth() / 2}" y="${height - M.bottom - 4}" text-anchor="middle" font-size="12">${esc(g)}</text>`
  }
  out += `<line x1="60" x2="${width - M.right}" y1="${y(0)}" y2="${y(0)}" stroke="#444"/>`
  out += legend(series, 60, height - 22)
  return out + '</svg>'
}

/** Lines over ordered x labels (years, months); null breaks the line. An optional reference value draws a dashed line (a target). */
export function lines(
  frame: Frame,
  xs: readonly string[],
  series: readonly string[],
  values: (series: string, x: string) => number | null,
  options: {
    format?: (v: number) => string
    reference?: { value: number; label: string }
    yMax?: number
  } = {},
): string {
  const width = frame.width ?? 640
  const height = frame.height ?? 260
  const format = options.format ?? ((v: number) => fmt(v))
  const all = series.flatMap((s) => xs.map((x) => values(s, x) ?? 0))
  const y = scaleLinear()
    .domain([0, options.yMax ?? Math.max(1e-9, options.reference?.value ?? 0, ...all)])
    .nice()
    .range([height - M.bottom - 20, M.top])
  const x = scalePoint()
    .domain(xs)
    .range([60, width - M.right])
    .padding(0.3)
  let out = open(frame, width, height)
  for (const t of y.ticks(4))
    out += `<g transform="translate(0,${y(t)})"><line x1="60" x2="${width - M.right}" stroke="#ddd"/><text x="54" y="4" text-anchor="end" font-size="11">${esc(format(t))}</text></g>`
  const every = Math.max(1, Math.ceil(xs.length / 12))
  xs.forEach((label, i) => {
    if (i % every === 0)
      out += `<text x="${x(label)}" y="${height - M.bottom - 4}" text-anchor="middle" font-size="11">${esc(label)}</text>`
  })
  if (options.reference)
    out += `<line x1="60" x2="${width - M.right}" y1="${y(options.reference.value)}" y2="${y(options.reference.value)}" stroke="#444" stroke-dasharray="6 4"/><text x="${width - M.right}" y="${y(options.reference.value) - 4}" text-anchor="end" font-size="11">${esc(options.reference.label)}</text>`
  series.forEach((s, i) => {
    const points: Array<[number, number] | null> = xs.map((label) => {
      const v = values(s, label)
      return v === null ? null : [x(label) ?? 0, y(v)]
    })
    const path = line<[number, number] | null>()
      .defined((p) => p !== null)
      .x((p) => p![0])
      .y((p) => p![1])(points)
    const colour = PALETTE[i % PALETTE.length]
    if (path)
      out += `<path class="series" d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`
    for (const p of points)
      if (p && xs.length <= 24) out += `<circle cx="${p[0]}" cy="${p[1]}" r="3" fill="${colour}"/>`
  })
  out += legend(series, 60, height - 22)
  return out + '</svg>'
}

/** Ratio of attendee share to population share, with its 95 % interval, per row; 1 = as in the population. */
export function intervals(
  frame: Frame,
  rows: ReadonlyArray<{
    label: string
    estimate: number
    lower: number
    upper: number
    flagged: boolean
  }>,
): string {
  const width = frame.width ?? 640
  const height = frame.height ?? M.top + M.bottom + 22 * rows.length
  const max = Math.min(6, Math.max(2, ...rows.map((r) => (Number.isFinite(r.upper) ? r.upper : 0))))
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([M.left + 60, width - M.right])
  const y = scaleBand()
    .domain(rows.map((_, i) => String(i)))
    .range([M.top, height - M.bottom])
    .padding(0.3)
  let out = open(frame, width, height)
  out += `<line x1="${x(1)}" x2="${x(1)}" y1="${M.top}" y2="${height - M.bottom}" stroke="#444" stroke-dasharray="4 3"/>`
  rows.forEach((r, i) => {
    const cy = (y(String(i)) ?? 0) + y.bandwidth() / 2
    const colour = r.flagged ? PALETTE[4] : PALETTE[0]
    out += `<text x="${M.left + 54}" y="${cy + 4}" text-anchor="end" font-size="11">${esc(r.label)}</text>`
    if (!Number.isFinite(r.estimate)) return
    out += `<line x1="${x(Math.min(r.lower, max))}" x2="${x(Math.min(r.upper, max))}" y1="${cy}" y2="${cy}" stroke="${colour}" stroke-width="2"/><circle class="estimate" cx="${x(Math.min(r.estimate, max))}" cy="${cy}" r="4" fill="${colour}"><title>${esc(`${r.label}: ${fmt(r.estimate, 2)} (${fmt(r.lower, 2)}–${fmt(r.upper, 2)})`)}</title></circle>`
  })
  out += xAxis(x.ticks(5), x, height - M.bottom, (v) => fmt(v, 1))
  return out + '</svg>'
}
