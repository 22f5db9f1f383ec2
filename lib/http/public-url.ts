import 'server-only';
import { headers } from 'next/headers';
import { siteOrigin } from './site-origin';

// The absolute address of a page, for share links (P10): APP_URL when configured
// (production), otherwise the host the visitor used. The visitor sees the result before
// sharing it, and nothing is sent anywhere by the page itself.
export async function publicUrl(path: string): Promise<string> {
  return `${siteOrigin(await headers())}${path}`;
}
