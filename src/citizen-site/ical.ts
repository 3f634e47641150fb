import ical, { ICalCalendarMethod } from 'ical-generator'
import type { SiteEvent } from './model'

/**
 * An iCalendar feed of upcoming events in one language (RFC 5545 via ical-generator). UIDs are
 * stable per event and language, so a subscribed calendar updates an event instead of adding a copy.
 * Times are written in UTC ('Z'): a calendar-wide timezone without a VTIMEZONE block makes
 * ical-generator write floating local times, which calendars read an hour or two off.
 */
export function eventsCalendar(args: {
  events: SiteEvent[]
  name: string
  locale: string
  baseUrl: string
  eventUrl: (slug: string) => string
}): string {
  const calendar = ical({
    name: args.name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: {
      company: 'Københavns Kommune',
      product: 'Kend din kommune',
      language: args.locale.toUpperCase(),
    },
  })
  for (const event of args.events) {
    calendar.createEvent({
      id: `${event.slug}-${args.locale}@kend-din-kommune`,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      summary: event.title,
      description: event.summary ?? undefined,
      location: [event.location, event.address].filter(Boolean).join(', ') || undefined,
      url: args.baseUrl + args.eventUrl(event.slug),
    })
  }
  return calendar.toString()
}
