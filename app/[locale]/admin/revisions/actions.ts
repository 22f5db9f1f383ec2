'use server';
import { notFound, redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { restoreCategoryRevisionOrThrow } from '@/lib/data/admin/categories';
import { NotFoundError, StaleVersionError } from '@/lib/data/admin/errors';
import { restoreSettingsRevisionOrThrow } from '@/lib/data/admin/settings';
import { restoreSimpleEntityRevisionOrThrow } from '@/lib/data/admin/simple-entities';
import { editorPath, formFields, restoreRevisionSchema, restoreSettingsSchema } from '@/lib/validation/admin/entity-commands';

/** "Restore version N" for organizations, guides and categories (services have their own). */
export async function restoreRevisionAction(fd: FormData) {
  const actor = await requireActor('admin', 'staff');
  const parsed = restoreRevisionSchema.safeParse(formFields(fd, ['kind', 'id', 'revisionId', 'version', 'locale']));
  if (!parsed.success) notFound(); // a tampered form, not a person's mistake
  const input = parsed.data;
  const history = `/${input.locale}/admin/revisions/${input.kind}/${input.id}`;
  try {
    if (input.kind === 'category') await restoreCategoryRevisionOrThrow(actor, input.revisionId, input.version);
    else await restoreSimpleEntityRevisionOrThrow(actor, input.kind, input.revisionId, input.version);
  } catch (error) {
    if (error instanceof StaleVersionError) redirect(`${history}?stale=1`);
    // A chosen parent or category that no longer exists: the old version cannot come back as it was.
    if (error instanceof NotFoundError || (error as { code?: string }).code === 'P2003' || (error as { code?: string }).code === 'P2002') redirect(`${history}?failed=1`);
    throw error;
  }
  redirect(`/${input.locale}/admin/${editorPath(input.kind)}/${input.id}?restored=1`);
}

/** "Restore version N" of the settings (admin only; the data function checks it again). */
export async function restoreSettingsRevisionAction(fd: FormData) {
  const actor = await requireActor('admin');
  const parsed = restoreSettingsSchema.safeParse(formFields(fd, ['revisionId', 'version', 'locale']));
  if (!parsed.success) notFound();
  const input = parsed.data;
  try {
    await restoreSettingsRevisionOrThrow(actor, input.revisionId, input.version);
  } catch (error) {
    if (error instanceof StaleVersionError) redirect(`/${input.locale}/admin/revisions/settings/1?stale=1`);
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  redirect(`/${input.locale}/admin/settings?restored=1`);
}
