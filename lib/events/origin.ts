/** The host part of the site's origin, for stable iCalendar UIDs ("<event id>@<host>"). */
export const uidDomain = (origin: string) => new URL(origin).hostname;
