import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0–2.2 A and AA: the tags the product promises (PRODUCT §10). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's WCAG violations as "rule (impact): first targets" lines; empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // After a client-side navigation the new page's <title> arrives with its streamed
  // metadata, a moment after the content: check the page once it is complete. A page that
  // never gets a title still fails, here, after the timeout.
  await page.waitForLoadState('load');
  await expect.poll(() => page.title(), { message: 'the page has a <title>' }).not.toBe('');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** WCAG 2.2 A/AA checks; the test fails with the list of violations. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
