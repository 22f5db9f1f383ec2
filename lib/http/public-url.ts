import 'server-only';
import { headers } from 'next/headers';

// The absolute address of a page, for share links (P10). APP_URL when configured (production);
// otherwise the Host the visitor used, if it looks like a host name. The visitor sees the
// result before sharing it, and nothing is sent anywhere by the page itself.

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

export async function publicUrl(path: string): Promise<string> {
  const configured = process.env.APP_URL?.replace(/\/+$/, '');
  if (configured) return `${configured}${path}`;
  const h = await headers();
  const host = h.get('host') ?? '';
  const proto = h.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return HOST.test(host) ? `${proto}://${host}${path}` : path;
}
