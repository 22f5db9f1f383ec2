import type { EventForEdit } from '@/lib/data/admin/events';
import { choiceFromRule } from '@/lib/events/rule-form';
import { addDays, zonedParts } from '@/lib/time/zoned';
import { minutesToClock } from '@/lib/validation/admin/common';
import type { EventFormValues } from '@/lib/validation/admin/event';

const on = (b: boolean) => (b ? 'on' : '');

/** A stored event as the editor shows it: dates and clock times in the event's own zone. */
export function eventToFormValues(e: EventForEdit): EventFormValues {
  const tz = e.timezone;
  const start = zonedParts(e.startsAt, tz);
  const end = zonedParts(e.endsAt, tz);
  let choice;
  try {
    choice = choiceFromRule(e.recurrenceRule, tz);
  } catch {
    choice = choiceFromRule(null, tz);
  }
  return {
    slug: e.slug, title: e.title, summary: e.summary, description: e.description, costDescription: e.costDescription, accessibilityNotes: e.accessibilityNotes,
    categoryId: e.categoryId ?? '', organizationId: e.organizationId ?? '', locationId: e.locationId ?? '', onlineUrl: e.onlineUrl ?? '', timezone: tz,
    startDate: start.dateKey, startTime: e.allDay ? '' : minutesToClock(start.minutes),
    // All-day ends are stored exclusive (midnight after the last day); the form shows the last day.
    endDate: e.allDay ? addDays(end.dateKey, -1) : end.dateKey, endTime: e.allDay ? '' : minutesToClock(end.minutes),
    repeat: choice.repeat, interval: String(choice.interval), monthlyBy: choice.monthlyBy, ends: choice.ends, until: choice.until ?? '', count: choice.count ? String(choice.count) : '',
    registrationUrl: e.registrationUrl ?? '',
    allDay: on(e.allDay), isFree: on(e.isFree), registrationRequired: on(e.registrationRequired), wheelchairAccessible: on(e.wheelchairAccessible), noIdNeeded: on(e.noIdNeeded), featured: on(e.featured),
    languages: e.languages, weekdays: choice.weekdays.map(String),
    overrides: e.overrides.map((o) => {
      const moved = o.newStartsAt ? zonedParts(o.newStartsAt, tz) : null;
      const movedEnd = o.newEndsAt ? zonedParts(o.newEndsAt, tz) : null;
      return {
        date: zonedParts(o.originalStart, tz).dateKey, action: o.cancelled ? 'cancel' : 'move', newDate: moved?.dateKey ?? '',
        newStart: moved ? minutesToClock(moved.minutes) : '', newEnd: movedEnd ? minutesToClock(movedEnd.minutes) : '', note: o.note,
      };
    }),
  };
}

export function emptyEventValues(cityZone: string): EventFormValues {
  return {
    slug: '', title: '', summary: '', description: '', costDescription: '', accessibilityNotes: '', categoryId: '', organizationId: '', locationId: '', onlineUrl: '',
    timezone: cityZone, startDate: '', startTime: '', endDate: '', endTime: '', repeat: 'none', interval: '1', monthlyBy: 'date', ends: 'count', until: '', count: '',
    registrationUrl: '', allDay: '', isFree: 'on', registrationRequired: '', wheelchairAccessible: '', noIdNeeded: '', featured: '',
    languages: ['en'], weekdays: [], overrides: [],
  };
}
