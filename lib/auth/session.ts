import 'server-only';
import { getLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { deleteSessionByToken, findActorBySessionToken } from '@/lib/data/auth-sessions';
import type { Actor, Role } from './actor';
import { secureCookies, sessionCookieName, sessionCookieOptions } from './cookie';

/** The signed-in staff member or partner of this request, or null. Reads the cookie only; never sets one. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return token ? findActorBySessionToken(token) : null;
});

/**
 * For pages and server actions: the actor, if they have one of the roles (any role when
 * none is given). Signed out: redirect to the localized sign-in page. Wrong role: 403.
 */
export async function requireActor(...roles: Role[]): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) {
    const locale = await getLocale().catch(() => 'en');
    redirect(`/${locale}/admin/sign-in`);
  }
  if (roles.length > 0 && !roles.includes(actor.role)) forbidden();
  return actor;
}

/** Sets the session cookie after sign-in, ending the session the browser had before (rotation). */
export async function startSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const jar = await cookies();
  const previous = jar.get(sessionCookieName())?.value;
  if (previous) await deleteSessionByToken(previous);
  jar.set(sessionCookieName(), token, sessionCookieOptions(expiresAt));
  jar.delete(twoFactorCookieName());
}

export async function endSessionCookie(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  if (token) await deleteSessionByToken(token);
  jar.delete(sessionCookieName());
}

/** Between the password and the TOTP code: a short-lived pointer to the pending sign-in. */
export const twoFactorCookieName = () => (secureCookies() ? '__Host-wd_2fa' : 'wd_2fa');

export async function setTwoFactorCookie(pendingToken: string): Promise<void> {
  (await cookies()).set(twoFactorCookieName(), pendingToken, sessionCookieOptions(new Date(Date.now() + 5 * 60 * 1000)));
}

export async function readTwoFactorCookie(): Promise<string | null> {
  return (await cookies()).get(twoFactorCookieName())?.value ?? null;
}
