import type { NextRequest, NextResponse } from 'next/server';
import { secureCookies } from '../auth/cookie';

// Security headers for every page the proxy answers (issue 8, item 9). Kept apart from
// proxy.ts so that routing rules there stay small. API routes and static files get the
// static subset from next.config.ts (`staticSecurityHeaders`).

/** A fresh, unguessable nonce per request: Next.js puts it on its own <script> tags. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Nothing from other hosts, no plugins, no <base>, no framing. Scripts only with this
 * request's nonce ('strict-dynamic' lets Next's nonced loader fetch its own chunks).
 * `next dev` needs eval for React's debugging, so only development allows it.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers that do not depend on the request; also sent on API routes and static files. */
export const staticSecurityHeaders: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Nobody learns which page of ours a visitor came from, not even our own other pages.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  // No feature asks for location today; a future "near me" would allow (self).
  { key: 'Permissions-Policy', value: 'geolocation=(), camera=(), microphone=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** HSTS only where the site is served over https (production), never on plain-http test servers. */
export const sendsHsts = () => process.env.NODE_ENV === 'production' && secureCookies();

/**
 * Runs `handle` with the nonce and policy on the request (Next.js reads the policy from the
 * request to find the nonce for its scripts), then puts the headers on the response.
 */
export function withSecurityHeaders(request: NextRequest, handle: (request: NextRequest) => NextResponse): NextResponse {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce);
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', policy);
  const response = handle(request);
  response.headers.set('Content-Security-Policy', policy);
  for (const { key, value } of staticSecurityHeaders) response.headers.set(key, value);
  // Staff forms post to server actions, which refuse a POST whose Origin is not this site's;
  // under no-referrer a browser sends `Origin: null` for a plain (no-JavaScript) form post.
  // same-origin still tells other sites nothing.
  // The public suggestion forms (issue 6) are plain form posts too.
  if (isStaffArea(request.nextUrl.pathname) || isPublicFormPage(request.nextUrl.pathname)) response.headers.set('Referrer-Policy', 'same-origin');
  if (sendsHsts()) response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  return response;
}

/** /<locale>/admin and below. */
export const isStaffArea = (pathname: string) => /^\/[^/]+\/admin(\/|$)/.test(pathname);

/** The public forms that post to server actions: /<locale>/suggest and /<locale>/services/<slug>/report. */
export const isPublicFormPage = (pathname: string) => /^\/[^/]+\/(suggest|services\/[^/]+\/report)\/?$/.test(pathname);
