import { z } from 'zod';

// Account forms. Messages are keys of the "AccountErrors" namespace; actions translate
// them. Password rules beyond length (common list, email) are checked in lib/auth.
const email = z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(254, { error: 'tooLong' }).pipe(z.email({ error: 'email' })).transform((v) => v.toLowerCase());
const anyPassword = z.string({ error: 'required' }).min(1, { error: 'required' }).max(1024, { error: 'tooLong' });
const newPassword = z.string({ error: 'required' }).min(1, { error: 'required' }).max(1024, { error: 'passwordTooLong' });
const token = z.string({ error: 'invalidToken' }).min(10, { error: 'invalidToken' }).max(200, { error: 'invalidToken' });
export const roleSchema = z.enum(['admin', 'staff', 'partner'], { error: 'role' });

export const signInSchema = z.object({ email, password: anyPassword });
export const twoFactorCodeSchema = z.object({ code: z.string({ error: 'code' }).trim().regex(/^\d{6}$/, { error: 'code' }) });
/** The sign-in step takes the app's 6 digits or a recovery code ("abcde-fghij", any case, spaces allowed). */
export const signInSecondStepSchema = z.object({
  code: z.string({ error: 'code' }).trim().max(40, { error: 'code' }).refine((v) => /^\d{6}$/.test(v) || /^[a-z2-9]{10}$/i.test(v.replace(/[\s-]/g, '')), { error: 'code' }),
});
export const forgotPasswordSchema = z.object({ email });
export const resetPasswordSchema = z.object({ token, password: newPassword });
export const acceptInvitationSchema = z.object({ token, name: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(120, { error: 'tooLong' }), password: newPassword });
export const changePasswordSchema = z.object({ currentPassword: anyPassword, password: newPassword });
export const inviteSchema = z.object({
  email,
  role: roleSchema,
  organizationId: z.union([z.literal(''), z.uuid({ error: 'unknownOrganization' })]).transform((v) => v || null),
});
export const userIdSchema = z.object({ userId: z.string().min(1).max(100) });
export const changeRoleSchema = z.object({ userId: z.string().min(1).max(100), role: roleSchema });
export const invitationCommandSchema = z.object({ command: z.enum(['revoke', 'resend']), invitationId: z.uuid() });
