import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * One stop of the accessibility sweep: the page file it proves (relative to app/[locale]) and
 * the path to visit after `/{locale}`. A page file may be visited several times (search with
 * results, with filters and with none).
 */
export type SweepStop = { file: string; path: string };

/** The sweep visits one locale per direction plus a second Latin-script one with longer words. */
export const SWEEP_LOCALES = ['en', 'ar', 'es'] as const;

/** Every `page.tsx` under app/[locale], relative to it ("admin/services/[id]/page.tsx"). */
export function pageFiles(): string[] {
  const root = path.join(process.cwd(), 'app', '[locale]');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name === 'page.tsx' ? [path.relative(root, full).split(path.sep).join('/')] : [];
    });
  return walk(root).sort();
}

/**
 * A test's time for a sweep: a few seconds a page on a quiet machine, but the machine is shared
 * (2 cores, several test runs; axe took up to 25 s a page there): allow 30 s a page.
 */
export function sweepTimeout(stops: SweepStop[]): number {
  return 30_000 + stops.length * 30_000;
}

/**
 * Visits each stop and runs axe on it. Each page's violations are a soft failure with the
 * page's URL, so one run shows every problem (even if a later page times out), not the first.
 * A stop that does not load, or answers 500, fails at once.
 */
export async function sweep(page: Page, locale: string, stops: SweepStop[]): Promise<void> {
  for (const stop of stops) {
    const url = `/${locale}${stop.path}`;
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response, url).not.toBeNull();
    // 400 (bad-request) and 404 (not found) pages are swept on purpose; never a 500.
    expect(response!.status(), url).toBeLessThan(500);
    await expect(page.locator('h1').first(), `${url} has a heading`).toBeVisible({ timeout: 15_000 });
    const violations = await axeViolations(page);
    if (violations.length) console.log(`axe ${url}:\n  ${violations.join('\n  ')}`);
    expect.soft(violations, `axe violations on ${url}`).toEqual([]);
  }
}
