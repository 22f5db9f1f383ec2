'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { requireActor } from '@/lib/auth/session';
import { StaleVersionError } from '@/lib/data/admin/errors';
import { updateSettingsOrThrow } from '@/lib/data/admin/settings';
import { fieldErrorsOf } from '@/lib/validation/admin/common';
import { settingsFormToValues, settingsInputSchema } from '@/lib/validation/admin/settings';
import { translateFieldErrors } from '../services/errors';

export type SettingsValues = ReturnType<typeof settingsFormToValues>;
type State = EditorFormState<SettingsValues>;

/** A11, admin only. */
export async function saveSettingsAction(prev: State, fd: FormData): Promise<State> {
  const locale = typeof fd.get('locale') === 'string' && /^[a-zA-Z-]{2,10}$/.test(fd.get('locale') as string) ? (fd.get('locale') as string) : 'en';
  const values = settingsFormToValues(fd);
  const parsed = settingsInputSchema.safeParse(values);
  const actor = await requireActor('admin');
  const t = await getTranslations({ locale, namespace: 'EditorCommon' });
  if (!parsed.success) return { ok: false, message: t('formHasErrors'), fieldErrors: await translateFieldErrors(locale, fieldErrorsOf(parsed.error)), values, version: prev.version };
  try {
    await updateSettingsOrThrow(actor, Number(fd.get('version')), parsed.data);
  } catch (error) {
    if (error instanceof StaleVersionError) {
      return { ok: false, message: t('stale', { version: error.currentVersion }), fieldErrors: {}, values, version: error.currentVersion, stale: { currentVersion: error.currentVersion, changes: error.changes } };
    }
    throw error;
  }
  redirect(`/${locale}/admin/settings?saved=1`);
}
