'use server';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/components/admin/form/form-state';
import { formLocale, requestOrigin, safeValues, zodFailure } from '@/lib/auth/action-helpers';
import { requestPasswordReset } from '@/lib/data/password-reset';
import { forgotPasswordSchema } from '@/lib/validation/accounts';

export async function forgotPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get('email') });
  if (!parsed.success) return zodFailure(locale, parsed.error, safeValues(formData, ['email']));
  await requestPasswordReset(parsed.data.email, await requestOrigin());
  const t = await getTranslations({ locale, namespace: 'AccountForgot' });
  return { ok: true, message: t('sent') };
}
