import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { staticSecurityHeaders } from './lib/http/security-headers';
import { ACTION_BODY_LIMIT } from './lib/http/body-limit';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // Lets two builds (e.g. parallel test runs) coexist: NEXT_DIST_DIR=.next-other.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // No "X-Powered-By: Next.js": tells an attacker the stack, tells a visitor nothing.
  poweredByHeader: false,
  // pg and the Prisma adapter are Node-only; keep them out of the server bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
  typedRoutes: false,
  // forbidden() from lib/auth/session.ts (a signed-in user with the wrong role gets 403).
  // serverActions.bodySizeLimit: the proxy refuses larger forms first, with a translated 413.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: ACTION_BODY_LIMIT } },
  // Pages get these and a per-request CSP from proxy.ts; this covers API routes and files.
  // Self-hosted fonts (scripts/lib/fonts.ts) change only with a package upgrade: let phones keep them.
  async headers() {
    return [
      { source: '/:path*', headers: staticSecurityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }] },
      { source: '/fonts/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=604800' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
