import { getLocale } from 'next-intl/server';
import type { AnchorHTMLAttributes } from 'react';

/**
 * A plain <a> to a path in the current locale. Deliberately not next/link: public pages
 * need no client router, and prefetching would spend visitors' mobile data on pages
 * they may never open.
 */
export async function LocaleLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const locale = await getLocale();
  return <a href={`/${locale}${href === '/' ? '' : href}`} {...rest} />;
}
