import type { CollectionBeforeChangeHook } from 'payload'
import { rejectRequest } from '../../../collections/shared/contentFields'

/** An event must end after it starts; checked on the merged document so a partial update cannot slip past. */
export const endsAfterStart: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const startsAt = (data.startsAt ?? originalDoc?.startsAt) as string | undefined
  const endsAt = (data.endsAt ?? originalDoc?.endsAt) as string | undefined
  if (startsAt && endsAt && !(new Date(endsAt).getTime() > new Date(startsAt).getTime())) {
    rejectRequest(
      `The event ends (${endsAt}) before or when it starts (${startsAt}); the end must be after the start`,
      'endsAt',
    )
  }
  return data
}
