import type { Page } from 'playwright-core'

/** A4 with the booklet's @page margins (18 mm sides, 18 mm top, 20 mm bottom), in CSS pixels. */
const MM = 96 / 25.4
export const CONTENT_WIDTH_PX = Math.floor((210 - 36) * MM)
export const CONTENT_HEIGHT_PX = Math.floor((297 - 38) * MM)

/**
 * Chromium prints no `target-counter()`, so the contents' page numbers are worked out before
 * printing: laid out at the printed width with print styles, every sheet starts a page and takes
 * as many pages as its height needs.
 */
export async function numberContents(page: Page): Promise<Record<string, number>> {
  await page.setViewportSize({ width: CONTENT_WIDTH_PX, height: CONTENT_HEIGHT_PX })
  await page.emulateMedia({ media: 'print' })
  await page.evaluate(() => document.fonts.ready)
  return page.evaluate((pageHeight) => {
    const pages: Record<string, number> = {}
    let next = 1
    for (const sheet of Array.from(document.querySelectorAll<HTMLElement>('.sheet'))) {
      if (sheet.id) pages[sheet.id] = next
      next += Math.max(1, Math.ceil((sheet.getBoundingClientRect().height - 0.5) / pageHeight))
    }
    for (const link of Array.from(document.querySelectorAll<HTMLElement>('[data-toc-for]'))) {
      const target = pages[link.dataset.tocFor ?? '']
      const slot = link.querySelector('.toc-page')
      if (slot && target) slot.textContent = String(target)
    }
    return pages
  }, CONTENT_HEIGHT_PX)
}
