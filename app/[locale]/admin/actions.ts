'use server';
import { redirect } from 'next/navigation';
import { formLocale } from '@/lib/auth/action-helpers';
import { endSessionCookie, getCurrentActor } from '@/lib/auth/session';
import { recordAudit } from '@/lib/data/audit';

export async function signOutAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const actor = await getCurrentActor();
  await endSessionCookie();
  if (actor) await recordAudit({ action: 'sign_out', actorId: actor.userId });
  redirect(`/${locale}/admin/sign-in`);
}
