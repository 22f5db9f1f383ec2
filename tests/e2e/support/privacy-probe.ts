import type { BrowserContext, Page } from '@playwright/test';

// T1 and the CSP: everything a page does that a visitor did not ask for. Attach before the
// first navigation; read after the page has settled.
export type Probe = { foreign: string[]; setCookies: string[]; consoleErrors: string[]; cspViolations: () => Promise<string[]> };

export async function attachPrivacyProbe(context: BrowserContext, page: Page, baseURL: string): Promise<Probe> {
  const own = new URL(baseURL).origin;
  const probe = { foreign: [] as string[], setCookies: [] as string[], consoleErrors: [] as string[] };
  // Runs before any page script and outside the page's CSP, so it sees every violation.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(own) && !url.startsWith('data:')) probe.foreign.push(url);
  });
  page.on('response', async (response) => {
    const cookie = await response.headerValue('set-cookie');
    if (cookie) probe.setCookies.push(`${response.url()}: ${cookie}`);
  });
  page.on('console', (message) => {
    // A 404 or 400 page logs its own status as a failed resource load; that is the page working.
    if (message.type() === 'error' && !/status of (404|400)/.test(message.text())) probe.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => probe.consoleErrors.push(error.message));
  return { ...probe, cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}
