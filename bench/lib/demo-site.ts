// The site as a visitor meets it, for the page benchmarks (bench/page-weight, bench/lighthouse):
// a production build (`next start`) over the demo directory, in the benchmarks' own embedded
// PostgreSQL (.data/bench-demo-postgres on BENCH_PG_PORT, default 54341; or
// BENCH_DATABASE_URL), never the app's or the tests'. Built into NEXT_DIST_DIR when stale.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from '../../scripts/lib/build';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { PROJECT_ROOT } from '../../scripts/lib/migrations-folder';
import { generatePrismaClient, migrateAndSeed } from '../../scripts/lib/prepare-database';
import { waitForHealth } from '../../scripts/lib/wait-for-health';

export const BENCH_LOCALES = ['en', 'ar'] as const;

export type PageKind = 'home' | 'category' | 'search' | 'service' | 'event';
export type BenchPage = { kind: PageKind; locale: string; path: string };

export interface DemoSite {
  base: string;
  stop(): Promise<void>;
}

export async function startDemoSite(): Promise<DemoSite> {
  generatePrismaClient();
  const database = process.env.BENCH_DATABASE_URL
    ? { connectionString: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, '.data', 'bench-demo-postgres'), port: Number(process.env.BENCH_PG_PORT ?? 54341), databaseName: 'welcome_desk' });
  let server: ReturnType<typeof spawn> | null = null;
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await database.stop();
  };
  try {
    await migrateAndSeed(database.connectionString, { seed: true });
    buildIfNeeded();
    const port = process.env.BENCH_APP_PORT ?? '3291';
    // "localhost", not 127.0.0.1: see scripts/start.ts.
    server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port, '-H', 'localhost'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_URL: database.connectionString, NEXT_TELEMETRY_DISABLED: '1' },
    });
    const base = `http://localhost:${port}`;
    await waitForHealth(`${base}/api/health`);
    return { base, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The pages of PRODUCT §10 in each benchmark locale: home, a service list (a category page
 * and a search), a service page and an event page. The category, service and event are the
 * first ones the site itself links to, so the list follows the demo data.
 */
export async function benchPages(base: string): Promise<BenchPage[]> {
  const firstLink = async (from: string, pattern: RegExp) => {
    const html = await getPage(`${base}${from}`);
    const match = [...html.matchAll(/href="([^"?#]+)"/g)].map((m) => m[1]!).find((href) => pattern.test(href));
    if (!match) throw new Error(`no link matching ${pattern} on ${from}`);
    return match.replace(/^\/[^/]+/, ''); // without the locale
  };
  const category = await firstLink('/en', /^\/en\/categories\/[^/]+$/);
  const service = await firstLink(`/en${category}`, /^\/en\/services\/[^/]+$/);
  const event = await firstLink('/en/events', /^\/en\/events\/(?!month$|past$)[^/]+$/);
  const queries: Record<string, string> = { en: 'lawyer', ar: 'محامي' };
  return BENCH_LOCALES.flatMap((locale) => [
    { kind: 'home', locale, path: `/${locale}` },
    { kind: 'category', locale, path: `/${locale}${category}` },
    { kind: 'search', locale, path: `/${locale}/search?q=${encodeURIComponent(queries[locale]!)}` },
    { kind: 'service', locale, path: `/${locale}${service}` },
    { kind: 'event', locale, path: `/${locale}${event}` },
  ]);
}

/** A page's HTML. A cold server on a busy machine may time out its first database
 * connection (a 500), so a first failure is retried before giving up. */
async function getPage(url: string, tries = 3): Promise<string> {
  const response = await fetch(url);
  if (response.ok) return response.text();
  if (tries <= 1) throw new Error(`${url} answered ${response.status}`);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return getPage(url, tries - 1);
}
