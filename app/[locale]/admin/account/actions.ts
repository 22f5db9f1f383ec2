'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { CodesFormState } from '@/components/admin/account/TwoFactorCodesForm';
import type { FormState } from '@/components/admin/form/form-state';
import { fieldFailure, formLocale, PASSWORD_PROBLEM_KEYS, zodFailure } from '@/lib/auth/action-helpers';
import { findPasswordProblem } from '@/lib/auth/password-rules';
import { endSessionCookie, requireActor } from '@/lib/auth/session';
import { checkCurrentPassword, setPassword } from '@/lib/data/accounts';
import { recordAudit } from '@/lib/data/audit';
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorSetup } from '@/lib/data/two-factor';
import { signOutEverywhere } from '@/lib/data/users';
import { changePasswordSchema, twoFactorCodeSchema } from '@/lib/validation/accounts';

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const parsed = changePasswordSchema.safeParse({ currentPassword: formData.get('currentPassword'), password: formData.get('password') });
  if (!parsed.success) return zodFailure(locale, parsed.error, {});
  const actor = await requireActor();
  if (!(await checkCurrentPassword(actor.userId, parsed.data.currentPassword))) return fieldFailure(locale, 'currentPassword', 'wrongCurrentPassword', {});
  const problem = findPasswordProblem(parsed.data.password, actor.email);
  if (problem) return fieldFailure(locale, 'password', PASSWORD_PROBLEM_KEYS[problem], {});
  await setPassword(actor.userId, parsed.data.password); // ends every session, this one too
  await recordAudit({ action: 'password_changed', actorId: actor.userId, targetType: 'user', targetId: actor.userId });
  await endSessionCookie();
  redirect(`/${locale}/admin/sign-in`);
}

export async function signOutEverywhereAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const actor = await requireActor();
  await signOutEverywhere(actor, actor.userId);
  await endSessionCookie();
  redirect(`/${locale}/admin/sign-in`);
}

export async function startTwoFactorAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  await startTwoFactorSetup(await requireActor());
  backToAccount(locale);
}

/**
 * "Turn on" (command=confirm, with the app's code) and "new recovery codes"
 * (command=regenerate). Both return the ten recovery codes, shown once and never again.
 */
export async function twoFactorCodesAction(_state: CodesFormState, formData: FormData): Promise<CodesFormState> {
  const locale = formLocale(formData);
  const actor = await requireActor();
  if (formData.get('command') === 'regenerate') return { ok: true, codes: await regenerateRecoveryCodes(actor) };
  const parsed = twoFactorCodeSchema.safeParse({ code: formData.get('code') });
  if (!parsed.success) return zodFailure(locale, parsed.error, {});
  const codes = await confirmTwoFactor(actor, parsed.data.code);
  if (!codes) return fieldFailure(locale, 'code', 'wrongCode', {});
  return { ok: true, codes };
}

export async function disableTwoFactorAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  await disableTwoFactor(await requireActor());
  backToAccount(locale);
}

/** A fresh render of the account page (a same-page redirect alone would reuse the cached one). */
function backToAccount(locale: string): never {
  revalidatePath(`/${locale}/admin/account`);
  redirect(`/${locale}/admin/account`);
}
