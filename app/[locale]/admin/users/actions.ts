'use server';
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/components/admin/form/form-state';
import { fieldFailure, formLocale, requestOrigin, safeValues, zodFailure } from '@/lib/auth/action-helpers';
import { ForbiddenError, type Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { inviteUser, resendInvitationOrThrow, revokeInvitationOrThrow } from '@/lib/data/invitations';
import { changeUserRole, setUserDisabled, signOutEverywhere } from '@/lib/data/users';
import { changeRoleSchema, invitationCommandSchema, inviteSchema, userIdSchema } from '@/lib/validation/accounts';

export async function inviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const values = safeValues(formData, ['email', 'role', 'organizationId']);
  const parsed = inviteSchema.safeParse({ email: formData.get('email'), role: formData.get('role'), organizationId: formData.get('organizationId') ?? '' });
  if (!parsed.success) return zodFailure(locale, parsed.error, values);
  const actor = await requireActor('admin');
  const result = await inviteUser(actor, { ...parsed.data, locale }, await requestOrigin());
  if (!result.ok) return fieldFailure(locale, result.error === 'alreadyUser' ? 'email' : 'organizationId', result.error, values);
  revalidatePath(`/${locale}/admin/users`);
  return { ok: true, message: (await getTranslations({ locale, namespace: 'AdminUsers' }))('invited', { email: parsed.data.email }) };
}

/** Role change, disable/enable and sign-out-everywhere; one small form each in the table. */
export async function userCommandAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const command = String(formData.get('command') ?? '');
  const actor = await requireActor('admin');
  try {
    await runUserCommand(actor, command, formData);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    redirect(`/${locale}/admin/users?error=1`);
  }
  revalidatePath(`/${locale}/admin/users`);
  redirect(`/${locale}/admin/users?done=${DONE[command] ?? 'saved'}`);
}

/** Which success message the page shows after each command. */
const DONE: Record<string, string> = { role: 'role', disable: 'disabled', enable: 'enabled', signOutEverywhere: 'signedOut' };

async function runUserCommand(actor: Actor, command: string, formData: FormData) {
  if (command === 'role') {
    const { userId, role } = parseOrForbid(changeRoleSchema, { userId: formData.get('userId'), role: formData.get('role') });
    const organizationId = String(formData.get('organizationId') ?? '') || null;
    await changeUserRole(actor, userId, role, organizationId);
  } else {
    const { userId } = parseOrForbid(userIdSchema, { userId: formData.get('userId') });
    if (command === 'disable' || command === 'enable') await setUserDisabled(actor, userId, command === 'disable');
    else if (command === 'signOutEverywhere') await signOutEverywhere(actor, userId);
    else throw new ForbiddenError('unknown command');
  }
}

function parseOrForbid<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ForbiddenError('bad input');
  return parsed.data;
}

/** Revoke or resend an invitation from the list; the outcome is shown through the URL. */
export async function invitationCommandAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const actor = await requireActor('admin');
  const parsed = invitationCommandSchema.safeParse({ command: formData.get('command'), invitationId: formData.get('invitationId') });
  let outcome = 'error=1';
  if (parsed.success) {
    try {
      if (parsed.data.command === 'revoke') await revokeInvitationOrThrow(actor, parsed.data.invitationId);
      else await resendInvitationOrThrow(actor, parsed.data.invitationId, locale, await requestOrigin());
      outcome = `done=${parsed.data.command === 'revoke' ? 'revoked' : 'resent'}`;
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
    }
  }
  revalidatePath(`/${locale}/admin/users`);
  redirect(`/${locale}/admin/users?${outcome}#invitations-title`);
}
