import { plainText } from './markup'

function words(markup: string): string[] {
  return (
    plainText(markup)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []
  )
}

/** Word-level edit distance, two rows at a time. */
function distance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    previous = current
  }
  return previous[b.length]
}

/**
 * How much of a remembered Danish sentence still fits the new one, as CAT tools count it: words
 * (and punctuation) that survive an edit, in percent. Markup is ignored, so a bold word that lost its
 * bold is still a match; 100 means the same words, not the same formatting.
 */
export function matchPercent(sourceMarkup: string, rememberedMarkup: string): number {
  const a = words(sourceMarkup)
  const b = words(rememberedMarkup)
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 100
  return Math.floor((100 * (longest - distance(a, b))) / longest)
}
