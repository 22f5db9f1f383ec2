import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, localeCookieOptions } from '@/lib/i18n/locale-cookie';
import { parseLanguageSwitch } from '@/lib/validation/language-switch';

// The visitor chose a language in the picker: remember it (the only visitor cookie) and go
// to the same page in that language. Malformed links never get here: the proxy answers
// them with the localized 400 page.
export function GET(request: NextRequest) {
  const choice = parseLanguageSwitch(request.nextUrl.searchParams);
  const target = request.nextUrl.clone();
  target.pathname = choice ? `/${choice.to}${choice.path}` : '/';
  target.search = '';
  const response = NextResponse.redirect(target, 303);
  if (choice) response.cookies.set(LOCALE_COOKIE, choice.to, localeCookieOptions());
  return response;
}
