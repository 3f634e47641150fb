const DANISH_LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  é: 'e',
  ü: 'u',
  ö: 'o',
  ä: 'a',
}

/** URL slug from a Danish title: "Sådan klager du" → "saadan-klager-du". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (ch) => DANISH_LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
