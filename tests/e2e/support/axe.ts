import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A/AA checks; the test fails with the list of violations. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation the new page's <title> arrives with its streamed
  // metadata, a moment after the content: check the page once it is complete. A page that
  // never gets a title still fails, here, after the timeout.
  await page.waitForLoadState('load');
  await expect.poll(() => page.title(), { message: 'the page has a <title>' }).not.toBe('');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}
