import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, createNonce, sendsHsts } from './security-headers';

describe('security headers', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('builds a CSP without eval, plugins, <base> or framing, and without other hosts', () => {
    const csp = contentSecurityPolicy('abc', false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(csp).not.toContain('unsafe');
    expect(csp).not.toMatch(/https?:|\*/);
    expect(contentSecurityPolicy('abc', true)).toContain("'unsafe-eval'");
  });

  it('makes a different, unguessable nonce each time', () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });

  it('sends HSTS in production over https only', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SECURE_COOKIES', '');
    delete process.env.SECURE_COOKIES;
    expect(sendsHsts()).toBe(true);
    vi.stubEnv('SECURE_COOKIES', 'false');
    expect(sendsHsts()).toBe(false);
    vi.stubEnv('SECURE_COOKIES', 'true');
    vi.stubEnv('NODE_ENV', 'development');
    expect(sendsHsts()).toBe(false);
  });
});
