import 'server-only';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { requireActor } from '@/lib/auth/session';
import { StaleVersionError } from '@/lib/data/admin/errors';
import { createSimpleEntityOrThrow, updateSimpleEntityOrThrow, type SimpleKind } from '@/lib/data/admin/simple-entities';
import { fieldErrorsOf } from '@/lib/validation/admin/common';
import { isUniqueViolation, translateFieldErrors } from './errors';

type Values = Record<string, string>;

/** The body of the organization and guide save actions: parse, authorize, save, report. */
export async function saveSimpleEntity(kind: SimpleKind, schema: z.ZodType<Record<string, unknown>>, values: Values, prev: EditorFormState<Values>, fd: FormData): Promise<EditorFormState<Values>> {
  const locale = typeof fd.get('locale') === 'string' && /^[a-zA-Z-]{2,10}$/.test(fd.get('locale') as string) ? (fd.get('locale') as string) : 'en';
  const id = typeof fd.get('id') === 'string' && /^[0-9a-f-]{36}$/.test(fd.get('id') as string) ? (fd.get('id') as string) : null;
  const parsed = schema.safeParse(values);
  const actor = await requireActor('admin', 'staff');
  const t = await getTranslations({ locale, namespace: 'EditorCommon' });
  if (!parsed.success) return { ok: false, message: t('formHasErrors'), fieldErrors: await translateFieldErrors(locale, fieldErrorsOf(parsed.error)), values, version: prev.version };
  let savedId: string;
  try {
    savedId = id ? (await updateSimpleEntityOrThrow(actor, kind, id, Number(fd.get('version')), parsed.data)).id : (await createSimpleEntityOrThrow(actor, kind, parsed.data)).id;
  } catch (error) {
    if (error instanceof StaleVersionError) return { ok: false, message: t('stale', { version: error.currentVersion }), fieldErrors: {}, values, version: error.currentVersion, stale: { currentVersion: error.currentVersion, changes: error.changes } };
    if (isUniqueViolation(error)) return { ok: false, message: t('formHasErrors'), fieldErrors: await translateFieldErrors(locale, { slug: ['slugTaken'] }), values, version: prev.version };
    throw error;
  }
  redirect(`/${locale}/admin/${kind === 'organization' ? 'organizations' : 'guides'}/${savedId}?saved=1`);
}
