// Issue 10 point 7, raw HTTP half: every public route parameter, query parameter and API
// endpoint gets every hostile value (tests/e2e/support/hostile-values.ts), signed out and, for
// the staff area, signed in. No answer may be a 5xx, and no HTML answer may carry a payload
// unescaped. The forms half is tests/e2e/bad-input-forms.spec.ts.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { encodedHostileValues, encodedPathValues, encodeValue, HOSTILE_VALUES, reflectedPayload } from './support/hostile-values';

const HOSTILE = Object.fromEntries(Object.entries(HOSTILE_VALUES).map(([k, v]) => [k, encodeValue(v)]));
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const ADMIN = 'admin@demo.welcome-desk.example';

/**
 * Every page and route handler under app/, with how it is swept:
 * - `params`: URL templates where `{}` is replaced by each hostile value (a path parameter);
 * - `base` + `query`: a working URL and the query parameters it reads, each tried with each
 *   value, repeated (?p=1&p=2) and as an array (?p[]=x).
 * A new page or route file fails the inventory test below until it is listed here.
 */
interface Sweep {
  params?: string[];
  base?: string;
  query?: string[];
  admin?: boolean;
}
const HSDS_QUERY = ['locale', 'page', 'per_page', 'search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'postcode', 'proximity', 'full_service'];
const EVENT_QUERY = ['page', 'category', 'lang', 'free', 'from', 'to', 'month'];
const SEARCH_QUERY = ['q', 'page', 'category', 'lang', 'near', 'within', 'sort', 'free', 'noid', 'allstatus', 'walkin', 'opennow', 'wheelchair', 'interpreter'];
const hsdsItem = (kind: string): Sweep => ({ params: [`/api/hsds/${kind}/{}`], base: `/api/hsds/${kind}/00000000-0000-0000-0000-000000000000`, query: ['locale'] });
// Every list endpoint reads its query through the same parser (lib/hsds/api.ts): all
// parameters on services, the common ones on the others.
const hsdsList = (kind: string): Sweep => ({ base: `/api/hsds/${kind}`, query: kind === 'services' ? HSDS_QUERY : ['locale', 'page', 'per_page', 'search'] });
const adminPage = (sweep: Sweep): Sweep => ({ ...sweep, admin: true });

const ROUTES: Record<string, Sweep> = {
  'app/[locale]/[...rest]/page.tsx': { params: ['/{}', '/{}/search', '/en/{}', '/en/{}/{}'] },
  'app/[locale]/page.tsx': { base: '/en', query: ['page', 'q'] },
  'app/[locale]/bad-request/page.tsx': { base: '/en/bad-request', query: ['page'] },
  'app/[locale]/privacy/page.tsx': { base: '/ar/privacy', query: ['page'] },
  'app/[locale]/search/page.tsx': { base: '/en/search', query: SEARCH_QUERY },
  'app/[locale]/categories/[slug]/page.tsx': { params: ['/en/categories/{}'], base: '/en/categories/legal-immigration', query: ['page'] },
  'app/[locale]/services/[slug]/page.tsx': { params: ['/en/services/{}'], base: `/en/services/${DEMO_SLUGS.legalService}`, query: ['page', 'q'] },
  'app/[locale]/services/[slug]/report/page.tsx': { params: ['/en/services/{}/report'], base: `/en/services/${DEMO_SLUGS.legalService}/report`, query: ['page'] },
  'app/[locale]/organizations/[slug]/page.tsx': { params: ['/en/organizations/{}'] },
  'app/[locale]/guides/page.tsx': { base: '/en/guides', query: ['page'] },
  'app/[locale]/guides/[slug]/page.tsx': { params: ['/en/guides/{}'] },
  'app/[locale]/events/page.tsx': { base: '/en/events', query: EVENT_QUERY },
  'app/[locale]/events/month/page.tsx': { base: '/en/events/month', query: EVENT_QUERY },
  'app/[locale]/events/past/page.tsx': { base: '/en/events/past', query: EVENT_QUERY },
  'app/[locale]/events/[slug]/page.tsx': { params: ['/en/events/{}'] },
  'app/[locale]/events/[slug]/ics/route.ts': { params: ['/en/events/{}/ics'] },
  'app/[locale]/events/calendar.ics/route.ts': { base: '/en/events/calendar.ics', query: EVENT_QUERY },
  'app/[locale]/language/route.ts': { base: '/en/language?to=es&path=/search', query: ['to', 'path'] },
  'app/[locale]/my-list/page.tsx': { base: '/en/my-list', query: ['s'] },
  'app/[locale]/suggest/page.tsx': { base: '/en/suggest', query: ['page'] },
  'app/[locale]/suggest/thanks/page.tsx': { base: '/en/suggest/thanks', query: ['page'] },
  'app/sitemap.xml/route.ts': { base: '/sitemap.xml', query: ['page'] },
  'app/sitemaps/[part]/route.ts': { params: ['/sitemaps/{}', '/sitemaps/services-{}.xml'] },
  'app/api/health/route.ts': { base: '/api/health', query: ['page'] },
  'app/api/hsds/route.ts': { base: '/api/hsds', query: ['locale'] },
  'app/api/hsds/openapi.json/route.ts': { base: '/api/hsds/openapi.json', query: ['locale'] },
  'app/api/hsds/services/route.ts': hsdsList('services'),
  'app/api/hsds/services/[id]/route.ts': hsdsItem('services'),
  'app/api/hsds/organizations/route.ts': hsdsList('organizations'),
  'app/api/hsds/organizations/[id]/route.ts': hsdsItem('organizations'),
  'app/api/hsds/service_at_locations/route.ts': hsdsList('service_at_locations'),
  'app/api/hsds/service_at_locations/[id]/route.ts': hsdsItem('service_at_locations'),
  'app/api/hsds/taxonomies/route.ts': hsdsList('taxonomies'),
  'app/api/hsds/taxonomies/[id]/route.ts': hsdsItem('taxonomies'),
  'app/api/hsds/taxonomy_terms/route.ts': hsdsList('taxonomy_terms'),
  'app/api/hsds/taxonomy_terms/[id]/route.ts': hsdsItem('taxonomy_terms'),
  'app/api/admin/hsds-export/route.ts': adminPage({ base: '/api/admin/hsds-export', query: ['locale', 'format'] }),
  'app/api/admin/hsds-import/route.ts': adminPage({ base: '/api/admin/hsds-import', query: ['locale'] }),
  'app/api/admin/translation-export/route.ts': adminPage({ base: '/api/admin/translation-export', query: ['locale', 'kind', 'format', 'scope'] }),
  'app/api/admin/ui-messages-export/route.ts': adminPage({ base: '/api/admin/ui-messages-export', query: ['locale', 'format'] }),
  'app/[locale]/admin/page.tsx': adminPage({ base: '/en/admin', query: ['page'] }),
  'app/[locale]/admin/sign-in/page.tsx': adminPage({ base: '/en/admin/sign-in', query: ['next', 'page'] }),
  'app/[locale]/admin/sign-in/two-factor/page.tsx': adminPage({ base: '/en/admin/sign-in/two-factor', query: ['next'] }),
  'app/[locale]/admin/forgot-password/page.tsx': adminPage({ base: '/en/admin/forgot-password', query: ['sent'] }),
  'app/[locale]/admin/reset-password/page.tsx': adminPage({ base: '/en/admin/reset-password', query: ['token'] }),
  'app/[locale]/admin/invitation/page.tsx': adminPage({ base: '/en/admin/invitation', query: ['token'] }),
  'app/[locale]/admin/account/page.tsx': adminPage({ base: '/en/admin/account', query: ['saved', 'error'] }),
  'app/[locale]/admin/audit/page.tsx': adminPage({ base: '/en/admin/audit', query: ['page'] }),
  'app/[locale]/admin/categories/page.tsx': adminPage({ base: '/en/admin/categories', query: ['page'] }),
  'app/[locale]/admin/categories/new/page.tsx': adminPage({ base: '/en/admin/categories/new', query: ['saved'] }),
  'app/[locale]/admin/categories/[id]/page.tsx': adminPage({ params: ['/en/admin/categories/{}'] }),
  'app/[locale]/admin/data/page.tsx': adminPage({ base: '/en/admin/data', query: ['error'] }),
  'app/[locale]/admin/data/import/page.tsx': adminPage({ base: '/en/admin/data/import', query: ['upload', 'error', 'applied'] }),
  'app/[locale]/admin/events/page.tsx': adminPage({ base: '/en/admin/events', query: ['q', 'status', 'page'] }),
  'app/[locale]/admin/events/new/page.tsx': adminPage({ base: '/en/admin/events/new', query: ['organization'] }),
  'app/[locale]/admin/events/[id]/page.tsx': adminPage({ params: ['/en/admin/events/{}'] }),
  'app/[locale]/admin/events/[id]/history/page.tsx': adminPage({ params: ['/en/admin/events/{}/history'] }),
  'app/[locale]/admin/guides/page.tsx': adminPage({ base: '/en/admin/guides', query: ['page'] }),
  'app/[locale]/admin/guides/new/page.tsx': adminPage({ base: '/en/admin/guides/new', query: ['saved'] }),
  'app/[locale]/admin/guides/[id]/page.tsx': adminPage({ params: ['/en/admin/guides/{}'] }),
  'app/[locale]/admin/insights/page.tsx': adminPage({ base: '/en/admin/insights', query: ['from', 'to'] }),
  'app/[locale]/admin/moderation/page.tsx': adminPage({ base: '/en/admin/moderation', query: ['decided'] }),
  'app/[locale]/admin/moderation/[id]/page.tsx': adminPage({ params: ['/en/admin/moderation/{}'] }),
  'app/[locale]/admin/organizations/page.tsx': adminPage({ base: '/en/admin/organizations', query: ['q', 'page'] }),
  'app/[locale]/admin/organizations/new/page.tsx': adminPage({ base: '/en/admin/organizations/new', query: ['saved'] }),
  'app/[locale]/admin/organizations/[id]/page.tsx': adminPage({ params: ['/en/admin/organizations/{}'] }),
  'app/[locale]/admin/outbox/page.tsx': adminPage({ base: '/en/admin/outbox', query: ['page'] }),
  'app/[locale]/admin/proposals/[id]/page.tsx': adminPage({ params: ['/en/admin/proposals/{}'] }),
  'app/[locale]/admin/proposals/edit/[type]/[id]/page.tsx': adminPage({ params: ['/en/admin/proposals/edit/{}/x', '/en/admin/proposals/edit/service/{}'] }),
  'app/[locale]/admin/proposals/new/[type]/page.tsx': adminPage({ params: ['/en/admin/proposals/new/{}'] }),
  'app/[locale]/admin/reverify/page.tsx': adminPage({ base: '/en/admin/reverify', query: ['confirmed'] }),
  'app/[locale]/admin/revisions/[type]/[id]/page.tsx': adminPage({ params: ['/en/admin/revisions/{}/x', '/en/admin/revisions/service/{}'] }),
  'app/[locale]/admin/services/page.tsx': adminPage({ base: '/en/admin/services', query: ['q', 'status', 'page'] }),
  'app/[locale]/admin/services/new/page.tsx': adminPage({ base: '/en/admin/services/new', query: ['organization'] }),
  'app/[locale]/admin/services/[id]/page.tsx': adminPage({ params: ['/en/admin/services/{}'] }),
  'app/[locale]/admin/services/[id]/history/page.tsx': adminPage({ params: ['/en/admin/services/{}/history'] }),
  'app/[locale]/admin/services/[id]/places/new/page.tsx': adminPage({ params: ['/en/admin/services/{}/places/new'] }),
  'app/[locale]/admin/services/[id]/places/[locationId]/page.tsx': adminPage({ params: ['/en/admin/services/{}/places/x', '/en/admin/services/x/places/{}'] }),
  'app/[locale]/admin/settings/page.tsx': adminPage({ base: '/en/admin/settings', query: ['saved', 'restored'] }),
  'app/[locale]/admin/suggestions/page.tsx': adminPage({ base: '/en/admin/suggestions', query: ['kind', 'status'] }),
  'app/[locale]/admin/suggestions/[id]/page.tsx': adminPage({ params: ['/en/admin/suggestions/{}'] }),
  'app/[locale]/admin/suggestions/[id]/draft/page.tsx': adminPage({ params: ['/en/admin/suggestions/{}/draft'] }),
  'app/[locale]/admin/translations/page.tsx': adminPage({ base: '/en/admin/translations', query: ['kind', 'locale', 'page', 'status'] }),
  'app/[locale]/admin/users/page.tsx': adminPage({ base: '/en/admin/users', query: ['done', 'error'] }),
  'app/[locale]/admin/verification/page.tsx': adminPage({ base: '/en/admin/verification', query: ['due', 'verified'] }),
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'page.tsx' || name === 'route.ts' ? [full.split(path.sep).join('/')] : [];
  });
}

/**
 * The URLs one sweep entry produces. Path parameters get every path value; the first query
 * parameter of a route gets every value class; its other parameters the classes that differ
 * by parameter (markup, length, invalid bytes, repetition), to keep the run near 3 minutes
 * on two cores. `light` (signed out, where every staff page stops at the sign-in check)
 * sends three values per path parameter and one per query parameter.
 */
function urlsFor(sweep: Sweep, light = false): string[] {
  const all = encodedHostileValues();
  const core = [HOSTILE.xssScript, HOSTILE.xssAttribute, HOSTILE.tenThousand, '%FF'];
  const pathValues = light ? ['%FF', HOSTILE.xssScript, HOSTILE.tenThousand] : encodedPathValues();
  const urls: string[] = [];
  for (const template of sweep.params ?? []) for (const value of pathValues) urls.push(template.replaceAll('{}', value!));
  if (sweep.base) {
    const join = sweep.base.includes('?') ? '&' : '?';
    (sweep.query ?? []).forEach((name, index) => {
      const values = light ? [HOSTILE.xssAttribute] : index === 0 ? all : core;
      for (const value of values) urls.push(`${sweep.base}${join}${name}=${value}`);
      if (!light) urls.push(`${sweep.base}${join}${name}=1&${name}=2`, `${sweep.base}${join}${name}[]=x`);
    });
  }
  return urls;
}

interface Finding {
  url: string;
  problem: string;
}

/** GETs every URL, a few at a time, and returns what went wrong. */
async function sweep(request: APIRequestContext, urls: string[], concurrency = 4): Promise<Finding[]> {
  const findings: Finding[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const shown = url.length > 160 ? `${url.slice(0, 160)}…` : url;
      try {
        const response = await request.get(url, { maxRedirects: 0, timeout: 20_000 });
        if (response.status() >= 500) findings.push({ url: shown, problem: `status ${response.status()}` });
        const type = response.headers()['content-type'] ?? '';
        if (type.includes('html')) {
          const reflected = reflectedPayload(await response.text());
          if (reflected) findings.push({ url: shown, problem: `reflected: ${reflected}` });
        }
        const location = response.headers()['location'] ?? '';
        if (/^\s*javascript:/i.test(location)) findings.push({ url: shown, problem: `redirect to ${location}` });
      } catch (error) {
        findings.push({ url: shown, problem: `no answer: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return findings;
}

test('the sweep lists every page and route file under app/', () => {
  const files = routeFiles('app').sort();
  const listed = Object.keys(ROUTES).sort();
  expect(files.filter((file) => !listed.includes(file)), 'add new routes to ROUTES in this file').toEqual([]);
  expect(listed.filter((file) => !files.includes(file)), 'routes listed here that no longer exist').toEqual([]);
});

const isApi = (sweep: Sweep) => Object.keys(ROUTES).find((file) => ROUTES[file] === sweep)!.startsWith('app/api/');

test('public pages, feeds and sitemaps: no 5xx, nothing reflected', async ({ request }) => {
  test.setTimeout(300_000);
  const urls = Object.values(ROUTES).filter((s) => !s.admin && !isApi(s)).flatMap((s) => urlsFor(s));
  const findings = await sweep(request, urls);
  console.log(`bad-input sweep: ${urls.length} public page requests`);
  expect(findings).toEqual([]);
});

test('health and HSDS API: no 5xx, nothing reflected', async ({ request }) => {
  test.setTimeout(300_000);
  const urls = Object.values(ROUTES).filter((s) => !s.admin && isApi(s)).flatMap((s) => urlsFor(s));
  const findings = await sweep(request, urls);
  console.log(`bad-input sweep: ${urls.length} public API requests`);
  expect(findings).toEqual([]);
});

test('staff area and admin API signed out: no 5xx, nothing reflected', async ({ request }) => {
  test.setTimeout(300_000);
  const urls = Object.values(ROUTES).filter((s) => s.admin).flatMap((s) => urlsFor(s, true));
  const findings = await sweep(request, urls);
  console.log(`bad-input sweep: ${urls.length} signed-out admin requests`);
  expect(findings).toEqual([]);
});

test('staff area and admin API signed in as admin: no 5xx, nothing reflected', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill(ADMIN);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  const urls = Object.values(ROUTES).filter((s) => s.admin).flatMap((s) => urlsFor(s));
  // page.request shares the signed-in cookie of the page's context.
  const findings = await sweep(page.request, urls);
  console.log(`bad-input sweep: ${urls.length} signed-in admin requests`);
  expect(findings).toEqual([]);
});
