import { ForbiddenError } from '@/lib/auth/actor';
import { getCurrentActor } from '@/lib/auth/session';
import { ImportUploadError, storeHsdsUpload } from '@/lib/data/hsds/import-staff';
import { MAX_UPLOAD_BYTES } from '@/lib/data/hsds/import-read';
import { DEFAULT_LOCALE, isAppLocale } from '@/lib/i18n/locales';

// The upload form of /admin/data/import posts here rather than to a server action: server
// actions refuse bodies over 1 MB, and an HSDS package is often larger. The answer is
// always a redirect back to the import page (303, so the browser follows with GET).
export const dynamic = 'force-dynamic';

// A relative Location: behind a proxy, request.url does not carry the public host.
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });
const back = (_request: Request, locale: string, query: string) => seeOther(`/${locale}/admin/data/import?${query}`);

/**
 * The form must come from this site. Our pages send no referrer, so browsers send
 * `Origin: null` with the form: Sec-Fetch-Site is the reliable signal; a real Origin must
 * also name our host. (The session cookie is SameSite=Lax as well.)
 */
function sameOrigin(request: Request) {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request) {
  if (!sameOrigin(request)) return Response.json({ status: 403, error: 'forbidden' }, { status: 403 });
  const locale = new URL(request.url).searchParams.get('locale') ?? DEFAULT_LOCALE;
  const lang = isAppLocale(locale) ? locale : DEFAULT_LOCALE;
  const actor = await getCurrentActor();
  if (!actor) return seeOther(`/${lang}/admin/sign-in`);
  // Refuse oversized bodies before reading them (multipart adds a little to the file).
  if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) return back(request, lang, 'error=tooLarge');
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return back(request, lang, 'error=empty');
  }
  if (!(file instanceof File) || file.size === 0) return back(request, lang, 'error=empty');
  try {
    const id = await storeHsdsUpload(actor, file.name, new Uint8Array(await file.arrayBuffer()));
    return back(request, lang, `upload=${id}`);
  } catch (error) {
    if (error instanceof ImportUploadError) return back(request, lang, `error=${error.code}`);
    if (error instanceof ForbiddenError) return Response.json({ status: 403, error: 'forbidden' }, { status: 403 });
    throw error;
  }
}
