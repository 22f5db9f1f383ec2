// The load mix (issue 10 point 3): what visitors ask for, weighted like real traffic —
// mostly service pages reached from search engines and shared links, then the home page,
// searches and category lists. URLs are drawn from the benchmark database, so every one
// answers 200; the load generator picks a kind by weight, then a URL of that kind.
import type pg from 'pg';
import { benchQueries } from '../search/queries';
import { seededRandom } from '../search/random';

export type MixEntry = { kind: string; weight: number; urls: string[] };

// Visitors' languages: the eight with translated listings, English and Spanish most.
const LOCALES: [string, number][] = [['en', 35], ['es', 20], ['ar', 10], ['fr', 8], ['zh-Hans', 7], ['fa-AF', 7], ['ht', 7], ['pt', 6]];

export async function buildMix(client: pg.Client): Promise<MixEntry[]> {
  const random = seededRandom(7);
  const locales = LOCALES.flatMap(([locale, weight]) => Array<string>(weight).fill(locale));
  const locale = () => random.pick(locales);
  const slugs = async (sql: string) => (await client.query<{ slug: string }>(sql)).rows.map((r) => r.slug);

  // Visible services only (published, published organization, verified within the year).
  const services = await slugs(`SELECT s.slug FROM "Service" s JOIN "Organization" o ON o.id = s."organizationId"
    WHERE s.status = 'published' AND o.status = 'published' AND s."verifiedAt" > now() - interval '300 days' ORDER BY md5(s.slug) LIMIT 4000`);
  const organizations = await slugs(`SELECT slug FROM "Organization" WHERE status = 'published' ORDER BY md5(slug) LIMIT 800`);
  const categories = await slugs(`SELECT slug FROM "Category" WHERE "parentId" IS NULL ORDER BY "sortOrder"`);
  const events = await slugs(`SELECT slug FROM "Event" WHERE status = 'published' ORDER BY slug`);
  const guides = await slugs(`SELECT slug FROM "Guide" WHERE status = 'published' ORDER BY slug`);
  if (!services.length || !events.length || !guides.length) throw new Error('the benchmark database lacks services, events or guides');

  const many = (count: number, make: () => string) => Array.from({ length: count }, make);
  const queries = benchQueries();
  return [
    { kind: 'service page', weight: 30, urls: many(4000, () => `/${locale()}/services/${random.pick(services)}`) },
    { kind: 'home', weight: 14, urls: LOCALES.map(([l]) => `/${l}`) },
    { kind: 'search, words', weight: 14, urls: queries.filter((q) => q.kind !== 'filtered' && q.kind !== 'filters-only').map((q) => `/${q.locale}/search?${q.query}`) },
    { kind: 'search, filtered', weight: 6, urls: queries.filter((q) => q.kind === 'filtered').map((q) => `/${q.locale}/search?${q.query}`) },
    { kind: 'search, filters only', weight: 4, urls: queries.filter((q) => q.kind === 'filters-only').map((q) => `/${q.locale}/search?${q.query}`) },
    // Page 1 mostly; some visitors page on.
    { kind: 'category list', weight: 12, urls: many(600, () => `/${locale()}/categories/${random.pick(categories)}${random.chance(0.2) ? `?page=${random.int(2, 5)}` : ''}`) },
    { kind: 'organization page', weight: 7, urls: many(800, () => `/${locale()}/organizations/${random.pick(organizations)}`) },
    { kind: 'event list', weight: 5, urls: LOCALES.map(([l]) => `/${l}/events`) },
    { kind: 'event page', weight: 5, urls: many(300, () => `/${locale()}/events/${random.pick(events)}`) },
    { kind: 'guide page', weight: 3, urls: many(100, () => `/${locale()}/guides/${random.pick(guides)}`) },
  ];
}
