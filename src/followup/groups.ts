/**
 * Origin groups as Statistics Denmark counts them (HERKOMST): persons of Danish origin,
 * immigrants, descendants. Attendance is recorded in the same groups (plus "not stated"), so a
 * meeting can be compared with its area. Labels in Danish, English and Arabic: the report shows
 * the Arabic beside the Danish so invitations and posters can reuse the same wording.
 */
export const ORIGIN_GROUPS = ['danish', 'immigrants', 'descendants'] as const
export type OriginGroup = (typeof ORIGIN_GROUPS)[number]

export const ORIGIN_GROUP_LABELS: Record<OriginGroup, { da: string; en: string; ar: string }> = {
  danish: { da: 'Dansk oprindelse', en: 'Danish origin', ar: 'من أصل دنماركي' },
  immigrants: { da: 'Indvandrere', en: 'Immigrants', ar: 'المهاجرون' },
  descendants: { da: 'Efterkommere', en: 'Descendants', ar: 'أبناء المهاجرين' },
}

export function isOriginGroup(value: unknown): value is OriginGroup {
  return typeof value === 'string' && (ORIGIN_GROUPS as readonly string[]).includes(value)
}

/** Adults only for representativeness: meetings are for adults, so children would dilute the shares. */
export const AGE_BANDS = ['0-17', '18-29', '30-49', '50-64', '65+'] as const
export type AgeBand = (typeof AGE_BANDS)[number]
export const ADULT_AGE_BANDS: readonly AgeBand[] = ['18-29', '30-49', '50-64', '65+']

export function isAgeBand(value: unknown): value is AgeBand {
  return typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value)
}
