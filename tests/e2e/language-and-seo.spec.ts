import { expect, test } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { expectNoAxeViolations } from './support/axe';

const LOCALES = ['en', 'es', 'ar', 'fr', 'ht', 'pt', 'zh-Hans', 'fa-AF', 'pl', 'uk', 'ru', 'vi', 'ps', 'sw', 'so', 'ne'];

test('a service page names its canonical URL and every language version, with x-default', async ({ request, baseURL }) => {
  const response = await request.get(`/es/services/${DEMO_SLUGS.eslService}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain(`<link rel="canonical" href="${baseURL}/es/services/${DEMO_SLUGS.eslService}"/>`);
  for (const locale of LOCALES) {
    expect(html).toContain(`<link rel="alternate" hrefLang="${locale}" href="${baseURL}/${locale}/services/${DEMO_SLUGS.eslService}"/>`);
  }
  expect(html).toContain(`<link rel="alternate" hrefLang="x-default" href="${baseURL}/en/services/${DEMO_SLUGS.eslService}"/>`);
});

test('the home page has alternates for every language', async ({ request, baseURL }) => {
  const html = await (await request.get('/fr')).text();
  expect(html).toContain(`<link rel="canonical" href="${baseURL}/fr"/>`);
  expect(html).toContain(`<link rel="alternate" hrefLang="ar" href="${baseURL}/ar"/>`);
});

test('the sitemap lists every public page in every language, and no hidden listing', async ({ request, baseURL }) => {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toContain('application/xml');
  const parts = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(parts).toContain(`${baseURL}/sitemaps/pages-0.xml`);
  expect(parts).toContain(`${baseURL}/sitemaps/services-0.xml`);
  const urls: string[] = [];
  for (const part of parts) {
    const response = await request.get(part.replace(baseURL!, ''));
    expect(response.status()).toBe(200);
    urls.push(...[...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  }
  for (const locale of LOCALES) {
    expect(urls).toContain(`${baseURL}/${locale}/services/${DEMO_SLUGS.eslService}`);
    expect(urls).toContain(`${baseURL}/${locale}/organizations/${DEMO_SLUGS.organization}`);
    expect(urls).toContain(`${baseURL}/${locale}/guides`);
    expect(urls).toContain(`${baseURL}/${locale}/events/${DEMO_SLUGS.event}`);
  }
  expect(urls.some((u) => u.includes(DEMO_SLUGS.hiddenStaleService))).toBe(false);
  // Each entry names its language versions.
  const services = await (await request.get('/sitemaps/services-0.xml')).text();
  expect(services).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="${baseURL}/ar/services/${DEMO_SLUGS.eslService}"/>`);
  expect(services).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${baseURL}/en/services/${DEMO_SLUGS.eslService}"/>`);
  expect(new Set(urls).size).toBe(urls.length);
  expect((await request.get('/sitemaps/services-999.xml')).status()).toBe(404);
  expect((await request.get('/sitemaps/nonsense.xml')).status()).toBe(404);
});

test('robots.txt keeps the fictional demo out of search engines', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/Disallow: \/\s*$/m);
});

test('the language switch refuses links that would leave the site or name no language', async ({ request }) => {
  for (const query of ['to=xx&path=/guides', 'path=/guides', 'to=es&path=//evil.example/x', 'to=es&path=https://evil.example', 'to=es&to=fr']) {
    const response = await request.get(`/en/language?${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBe(400);
    expect(response.headers()['set-cookie'], query).toBeUndefined();
    expect(await response.text()).toContain('<html lang="en"');
  }
  const ok = await request.get('/en/language?to=es&path=%2Fguides', { maxRedirects: 0 });
  expect(ok.status()).toBe(303);
  expect(new URL(ok.headers()['location']!, 'http://x').pathname).toBe('/es/guides');
  expect(ok.headers()['set-cookie']).toMatch(/^wd_locale=es; .*HttpOnly/i);
});

test('a machine-translated text says so and opens its original without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/es/services/${DEMO_SLUGS.eslService}`);
  const notice = page.locator('main details').first();
  await expect(notice.locator('summary')).toContainText('Traducción automática');
  const original = notice.locator('p[lang="en"]');
  await expect(original).toBeHidden();
  await notice.locator('summary').click();
  await expect(original).toBeVisible();
  const english = (await original.textContent())!.trim();
  expect(english).toMatch(/[a-z]{3,}/);
  // The translated summary just before it is a different text.
  const translated = (await page.locator('main p.text-lg').first().textContent())!.trim();
  expect(translated).not.toBe(english);
  await context.close();
});

test('the original-text disclosure passes axe, open, in Arabic', async ({ page }) => {
  await page.goto(`/ar/services/${DEMO_SLUGS.eslService}`);
  await page.locator('main details summary').first().click();
  await expect(page.locator('main details p[lang="en"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Arabic, Chinese, Cyrillic and Vietnamese pages load their own self-hosted font; Latin pages load none', async ({ page, baseURL }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || request.url().includes('/fonts/')) fontRequests.push(request.url());
  });
  for (const latin of ['/es', '/pl']) {
    await page.goto(latin);
    await page.evaluate(() => document.fonts.ready);
    expect(fontRequests, latin).toEqual([]);
  }

  await page.goto('/ar');
  await page.evaluate(() => document.fonts.ready);
  expect(fontRequests).toContain(`${baseURL}/fonts/arabic.css`);
  expect(fontRequests.some((u) => /\/fonts\/arabic\/noto-sans-arabic-arabic-(400|700)-normal\.woff2$/.test(u))).toBe(true);
  expect(await page.evaluate(() => document.fonts.check("16px 'WD Arabic'", 'مرحبا'))).toBe(true);
  const family = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/^"?WD Arabic"?/);

  fontRequests.length = 0;
  await page.goto('/zh-Hans');
  await page.evaluate(() => document.fonts.ready);
  const pieces = fontRequests.filter((u) => u.endsWith('.woff2'));
  // unicode-range: only the pieces holding characters on the page, never all ~100.
  expect(pieces.length).toBeGreaterThan(0);
  expect(pieces.length).toBeLessThan(40);
  expect(fontRequests.every((u) => u.startsWith(`${baseURL}/fonts/`))).toBe(true);

  for (const [path, script, family, sample] of [['/ru', 'cyrillic', 'WD Cyrillic', 'Найти помощь'], ['/vi', 'vietnamese', 'WD Vietnamese', 'Tìm trợ giúp']] as const) {
    fontRequests.length = 0;
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    expect(fontRequests, path).toContain(`${baseURL}/fonts/${script}.css`);
    expect(fontRequests.some((u) => u.startsWith(`${baseURL}/fonts/${script}/`) && u.endsWith('.woff2')), path).toBe(true);
    expect(await page.evaluate(([f, text]) => document.fonts.check(`16px '${f}'`, text), [family, sample]), path).toBe(true);
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily), path).toMatch(new RegExp(`^"?${family}"?`));
  }
});

test('a service in a UI language the content is not translated into shows English, marked as such', async ({ page }) => {
  for (const [locale, notice] of [['pl', 'Jeszcze nieprzetłumaczone'], ['uk', 'Ще не перекладено'], ['ru', 'Ещё не переведено'], ['vi', 'Chưa được dịch']] as const) {
    await page.goto(`/${locale}/services/${DEMO_SLUGS.eslService}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('main h1 [lang="en"]'), locale).toHaveCount(1);
    await expect(page.locator('main .translation-notice').first(), locale).toContainText(notice);
  }
});

test('Nepali loads the Devanagari font and Pashto the Arabic one; Swahili and Somali load none', async ({ page, baseURL }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || request.url().includes('/fonts/')) fontRequests.push(request.url());
  });
  for (const latin of ['/sw', '/so']) {
    await page.goto(latin);
    await page.evaluate(() => document.fonts.ready);
  }
  expect(fontRequests).toEqual([]);

  await page.goto('/ne');
  await page.evaluate(() => document.fonts.ready);
  expect(fontRequests).toContain(`${baseURL}/fonts/devanagari.css`);
  expect(fontRequests.some((u) => /\/fonts\/devanagari\/noto-sans-devanagari-devanagari-(400|700)-normal\.woff2$/.test(u))).toBe(true);
  expect(await page.evaluate(() => document.fonts.check("16px 'WD Devanagari'", 'नमस्ते'))).toBe(true);

  fontRequests.length = 0;
  await page.goto('/ps');
  await page.evaluate(() => document.fonts.ready);
  expect(fontRequests).toContain(`${baseURL}/fonts/arabic.css`);
  expect(await page.evaluate(() => document.fonts.check("16px 'WD Arabic'", 'پښتو'))).toBe(true);
});

test('a locale without translated demo content shows the English text with a "not yet translated" notice', async ({ page }) => {
  await page.goto(`/en/services/${DEMO_SLUGS.eslService}`);
  const name = (await page.locator('main h1').textContent())!.trim();
  const cases: [string, string][] = [
    ['sw', 'Bado haijatafsiriwa — inaonyeshwa kwa'],
    ['ps', 'لا نه دی ژباړل شوی — په'],
  ];
  for (const [locale, notice] of cases) {
    const response = await page.goto(`/${locale}/services/${DEMO_SLUGS.eslService}`);
    expect(response?.status(), locale).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // The English name keeps its own language and direction inside the page.
    const heading = page.locator('main h1 [lang="en"]');
    await expect(heading).toHaveText(name);
    await expect(heading).toHaveAttribute('dir', 'ltr');
    await expect(page.getByText(notice).first()).toBeVisible();
  }
});

test('the bare address negotiates regional and partial language tags, and survives garbage', async ({ request }) => {
  const cases: [string, string][] = [
    ['es-MX,es;q=0.9', '/es'],
    ['pt-BR', '/pt'],
    ['fa', '/fa-AF'],
    ['zh-CN,zh;q=0.8', '/zh-Hans'],
    ['zh', '/zh-Hans'],
    ['ht-HT', '/ht'],
    ['pl-PL,pl;q=0.9,en;q=0.5', '/pl'],
    ['uk-UA,uk;q=0.9,ru;q=0.8', '/uk'],
    ['ru-RU', '/ru'],
    ['vi-VN,vi;q=0.9', '/vi'],
    ['ps-AF,ps;q=0.9,fa;q=0.5', '/ps'],
    ['sw-KE', '/sw'],
    ['so-SO,so;q=0.9,en;q=0.5', '/so'],
    ['ne-NP', '/ne'],
    ['de-DE,de;q=0.9', '/en'],
    [';;;q=abc,,*;q=2,\u00ff', '/en'],
    ['x'.repeat(5000), '/en'],
  ];
  for (const [header, expected] of cases) {
    const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
    expect(response.status(), header.slice(0, 40)).toBeGreaterThanOrEqual(300);
    expect(response.status(), header.slice(0, 40)).toBeLessThan(400);
    expect(new URL(response.headers()['location']!, 'http://x').pathname, header.slice(0, 40)).toBe(expected);
    expect(response.headers()['set-cookie'], header.slice(0, 40)).toBeUndefined();
  }
  // An unknown locale is a 404, never a 500; a wrongly cased one may be corrected by redirect.
  const unknown = await request.get('/xx/guides');
  expect(unknown.status(), `/xx/guides → ${unknown.url()}`).toBe(404);
  const cased = await request.get('/EN/guides', { maxRedirects: 0 });
  if (cased.status() !== 404) {
    expect(cased.status()).toBeGreaterThanOrEqual(300);
    expect(new URL(cased.headers()['location']!, 'http://x').pathname).toBe('/en/guides');
  }
});

test('service and organization pages carry schema.org data and share cards; a confidential place stays a neighborhood', async ({ request, baseURL }) => {
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  const html = await (await request.get(`/es/services/${DEMO_SLUGS.eslService}`)).text();
  const [service] = jsonLd(html);
  expect(service).toMatchObject({ '@context': 'https://schema.org', '@type': 'Service', url: `${baseURL}/es/services/${DEMO_SLUGS.eslService}` });
  expect(service!.provider).toMatchObject({ '@type': 'Organization' });
  expect((service!.availableChannel as unknown[]).length).toBeGreaterThan(0);
  expect(Array.isArray(service!.availableLanguage)).toBe(true);
  expect((service!.hoursAvailable as { dayOfWeek: string; opens: string }[])[0]).toMatchObject({ dayOfWeek: expect.stringMatching(/^https:\/\/schema\.org\/\w+day$/), opens: expect.stringMatching(/^\d\d:\d\d$/) });
  expect(html).toMatch(/<meta property="og:title" content="[^"]+"\/>/);
  expect(html).toContain(`<meta property="og:url" content="${baseURL}/es/services/${DEMO_SLUGS.eslService}"/>`);
  expect(html).toContain('<meta name="twitter:card" content="summary"/>');

  const confidential = jsonLd(await (await request.get(`/en/services/${DEMO_SLUGS.confidentialService}`)).text())[0]!;
  const places = (confidential.availableChannel as { serviceLocation?: { address?: unknown; geo?: unknown } }[]).flatMap((c) => (c.serviceLocation ? [c.serviceLocation] : []));
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) {
    expect(typeof place.address === 'string' || place.address === undefined).toBe(true);
    expect(place.geo).toBeUndefined();
  }

  const [organization] = jsonLd(await (await request.get(`/en/organizations/${DEMO_SLUGS.organization}`)).text());
  expect(organization).toMatchObject({ '@type': 'Organization', url: `${baseURL}/en/organizations/${DEMO_SLUGS.organization}` });
});
