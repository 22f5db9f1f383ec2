import { ForbiddenError } from '@/lib/auth/actor';
import { getCurrentActor } from '@/lib/auth/session';
import { exportContentTranslations, ExchangeLocaleError } from '@/lib/data/admin/translation-exchange-export';
import { attachment } from '@/lib/http/download';
import { contentExportQuerySchema } from '@/lib/validation/admin/translation-exchange';

// The "download for translators" form of /admin/translations (a plain GET form). The data
// function checks the role and that the locale is enabled.
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return Response.json({ status: 401, error: 'unauthorized' }, { status: 401 });
  const query = contentExportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ status: 400, error: 'bad request', issues: query.error.issues.map((i) => i.path.join('.')) }, { status: 400 });
  try {
    return attachment(await exportContentTranslations(actor, query.data));
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ status: 403, error: 'forbidden' }, { status: 403 });
    if (error instanceof ExchangeLocaleError) return Response.json({ status: 400, error: 'locale not enabled' }, { status: 400 });
    throw error;
  }
}
