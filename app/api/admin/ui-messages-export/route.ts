import { ForbiddenError } from '@/lib/auth/actor';
import { getCurrentActor } from '@/lib/auth/session';
import { ExchangeLocaleError } from '@/lib/data/admin/translation-exchange-export';
import { exportUiMessagesForStaff } from '@/lib/data/admin/ui-messages-export';
import { attachment } from '@/lib/http/download';
import { uiMessagesExportQuerySchema } from '@/lib/validation/admin/translation-exchange';

// The interface text of one locale for a translator (same file as `npm run messages:export`).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return Response.json({ status: 401, error: 'unauthorized' }, { status: 401 });
  const query = uiMessagesExportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ status: 400, error: 'bad request', issues: query.error.issues.map((i) => i.path.join('.')) }, { status: 400 });
  try {
    return attachment(await exportUiMessagesForStaff(actor, query.data));
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ status: 403, error: 'forbidden' }, { status: 403 });
    if (error instanceof ExchangeLocaleError) return Response.json({ status: 400, error: 'unknown locale' }, { status: 400 });
    throw error;
  }
}
