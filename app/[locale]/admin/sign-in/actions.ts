'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { FormState } from '@/components/admin/form/form-state';
import { clientAddress, formLocale, safeValues, zodFailure } from '@/lib/auth/action-helpers';
import { readTwoFactorCookie, setTwoFactorCookie, startSessionCookie } from '@/lib/auth/session';
import { completeTwoFactorSignIn, signInWithPassword } from '@/lib/data/accounts';
import { signInSchema, signInSecondStepSchema } from '@/lib/validation/accounts';

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const values = safeValues(formData, ['email']);
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return zodFailure(locale, parsed.error, values);
  const result = await signInWithPassword({ ...parsed.data, client: await clientAddress() });
  if (result.status === 'invalid' || result.status === 'limited') {
    const t = await getTranslations({ locale, namespace: 'AccountSignIn' });
    return { ok: false, message: t(result.status), values };
  }
  if (result.status === 'twoFactor') {
    await setTwoFactorCookie(result.pendingToken);
    redirect(`/${locale}/admin/sign-in/two-factor`);
  }
  await startSessionCookie(result.token, result.expiresAt);
  redirect(`/${locale}/admin`);
}

export async function twoFactorAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const parsed = signInSecondStepSchema.safeParse({ code: formData.get('code') });
  if (!parsed.success) return zodFailure(locale, parsed.error, {});
  const pending = await readTwoFactorCookie();
  const result = pending ? await completeTwoFactorSignIn(pending, parsed.data.code) : ({ status: 'invalid' } as const);
  if (result.status !== 'signedIn') {
    const t = await getTranslations({ locale, namespace: 'AccountErrors' });
    return { ok: false, message: t('wrongCode'), fieldErrors: { code: [t('wrongCode')] } };
  }
  await startSessionCookie(result.token, result.expiresAt);
  redirect(`/${locale}/admin`);
}
