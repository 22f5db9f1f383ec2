import type { Actor } from '../../../lib/auth/actor';

// Server actions called directly in integration tests need what Next.js gives them during a
// request: cookies, headers, redirect() / forbidden() / notFound(), cache invalidation and
// translations. These stand-ins make them observable — a cookie jar the test controls, and
// the navigation calls as recognizable throws, as Next.js does internally. A test file
// installs them with its own hoisted vi.mock calls, each importing from here:
//   vi.mock('next/headers', async () => (await import('./support/fake-request')).fakeHeaders);
// (vi.mock must be written in the test file itself; only the module bodies are shared.)

export const cookieJar = new Map<string, string>();

export const fakeHeaders = {
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  }),
  headers: async () => new Headers(),
};

export const fakeNavigation = {
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  forbidden: () => {
    throw new Error('FORBIDDEN');
  },
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
};

export const fakeCache = { revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} };

/** Translations are their keys, so tests can assert which message an action chose. */
export const fakeIntlServer = {
  getLocale: async () => 'en',
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
};

/** The next action runs as `actor` (a real session in the database), or signed out. */
export async function signInAs(actor: Actor | null) {
  cookieJar.clear();
  if (!actor) return;
  // Imported here, not above: the mocked modules' factories import this file, and the
  // session code imports next/headers, which is one of them.
  const { createSession } = await import('../../../lib/data/auth-sessions');
  cookieJar.set('wd_session', (await createSession(actor.userId)).token);
}
