'use server';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/components/admin/form/form-state';
import { fieldFailure, formLocale, PASSWORD_PROBLEM_KEYS, zodFailure } from '@/lib/auth/action-helpers';
import { resetPasswordWithToken } from '@/lib/data/password-reset';
import { resetPasswordSchema } from '@/lib/validation/accounts';

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const parsed = resetPasswordSchema.safeParse({ token: formData.get('token'), password: formData.get('password') });
  if (!parsed.success) return zodFailure(locale, parsed.error, {});
  const result = await resetPasswordWithToken(parsed.data.token, parsed.data.password);
  if (!result.ok) {
    return result.error === 'invalidToken'
      ? { ok: false, message: (await getTranslations({ locale, namespace: 'AccountErrors' }))('invalidToken') }
      : fieldFailure(locale, 'password', PASSWORD_PROBLEM_KEYS[result.error], {});
  }
  return { ok: true, message: (await getTranslations({ locale, namespace: 'AccountReset' }))('done') };
}
