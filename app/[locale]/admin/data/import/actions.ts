'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formLocale } from '@/lib/auth/action-helpers';
import { requireActor } from '@/lib/auth/session';
import { applyHsdsImport, ImportUploadError } from '@/lib/data/hsds/import-staff';

const applySchema = z.object({ uploadId: z.uuid() });

/** "Apply the import": only the stored upload's id travels; the server re-reads and re-validates it. */
export async function applyHsdsImportAction(formData: FormData) {
  const locale = formLocale(formData);
  const parsed = applySchema.safeParse({ uploadId: formData.get('uploadId') });
  if (!parsed.success) redirect(`/${locale}/admin/data/import?error=notFound`);
  const actor = await requireActor('admin', 'staff');
  let outcome: string;
  try {
    await applyHsdsImport(actor, parsed.data.uploadId);
    outcome = `upload=${parsed.data.uploadId}&applied=1`;
  } catch (error) {
    if (!(error instanceof ImportUploadError)) throw error;
    outcome = `upload=${parsed.data.uploadId}&error=${error.code}`;
  }
  redirect(`/${locale}/admin/data/import?${outcome}`);
}
