'use server';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/components/admin/form/form-state';
import { fieldFailure, formLocale, PASSWORD_PROBLEM_KEYS, safeValues, zodFailure } from '@/lib/auth/action-helpers';
import { acceptInvitation } from '@/lib/data/invitations';
import { acceptInvitationSchema } from '@/lib/validation/accounts';

export async function acceptInvitationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const values = safeValues(formData, ['name']);
  const parsed = acceptInvitationSchema.safeParse({ token: formData.get('token'), name: formData.get('name'), password: formData.get('password') });
  if (!parsed.success) return zodFailure(locale, parsed.error, values);
  const result = await acceptInvitation(parsed.data.token, { name: parsed.data.name, password: parsed.data.password, locale });
  if (!result.ok) {
    if (result.error === 'invalidToken' || result.error === 'alreadyUser') {
      return { ok: false, message: (await getTranslations({ locale, namespace: 'AccountErrors' }))(result.error), values };
    }
    return fieldFailure(locale, 'password', PASSWORD_PROBLEM_KEYS[result.error], values);
  }
  return { ok: true, message: (await getTranslations({ locale, namespace: 'AccountInvitation' }))('done') };
}
