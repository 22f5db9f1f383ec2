// P9 "My list": the slugs of saved services, kept in the visitor's own browser
// (localStorage) and nowhere else. Pure functions shared by the client islands and the
// /my-list page: whatever is stored or typed into a link, they return a short, clean list.

export const MY_LIST_STORAGE_KEY = 'welcome-desk:my-list';
/** More than fits on a one-page handout already; the rest is ignored, never an error. */
export const MAX_SAVED_SERVICES = 20;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Valid, distinct slugs, at most MAX_SAVED_SERVICES, from anything (tampered storage, odd links). */
export function cleanSlugs(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const slugs: string[] = [];
  // Look at a bounded prefix only: a huge array must not make the page slow.
  for (const value of values.slice(0, MAX_SAVED_SERVICES * 5)) {
    if (typeof value === 'string' && value.length <= 120 && SLUG.test(value) && !slugs.includes(value)) slugs.push(value);
    if (slugs.length === MAX_SAVED_SERVICES) break;
  }
  return slugs;
}

/** What localStorage holds, read defensively: garbage JSON or a wrong shape is an empty list. */
export function parseStoredList(raw: string | null): string[] {
  if (!raw || raw.length > 20_000) return [];
  try {
    return cleanSlugs(JSON.parse(raw));
  } catch {
    return [];
  }
}

/** `?s=a,b,c` on /my-list (built by the page's script, or from a shared link). */
export function parseListParam(value: string | string[] | undefined): string[] {
  if (typeof value !== 'string' || value.length > 4_000) return [];
  return cleanSlugs(value.split(','));
}

export const listParam = (slugs: string[]) => slugs.join(',');
