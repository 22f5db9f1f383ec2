import { getFormatter, getTranslations } from 'next-intl/server';
import type { InvitationRow } from '@/lib/data/invitations';
import { ConfirmAction } from '../ui/ConfirmAction';

const small = 'rounded border border-gray-600 px-2 py-1 text-sm focus:outline-2 focus:outline-offset-2 focus:outline-blue-700';

type Props = { invitations: InvitationRow[]; locale: string; action: (formData: FormData) => Promise<void> };

/** Who was invited and what became of it; open invitations can be sent again or revoked. */
export async function InvitationsTable({ invitations, locale, action }: Props) {
  const [t, roles, format] = await Promise.all([getTranslations('AdminUsers'), getTranslations('AccountRoles'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title" className="mb-3 text-xl font-semibold">{t('invitationsTitle')}</h2>
      {invitations.length === 0 ? <p>{t('invitationsEmpty')}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <thead>
              <tr className="border-b border-gray-400">
                {(['email', 'role', 'invitationState', 'actions'] as const).map((h) => <th key={h} scope="col" className="p-2 text-start">{t(h)}</th>)}
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="p-2 text-start font-normal" dir="ltr">{i.email}</th>
                  <td className="p-2">
                    {roles(i.role)}
                    {i.organizationName ? <div className="text-sm text-gray-700">{i.organizationName}</div> : null}
                  </td>
                  <td className="p-2">
                    {t(`invitationStates.${i.state}`, { date: date(i.expiresAt) })}
                    <div className="text-sm text-gray-700">{t('invitedOn', { date: date(i.createdAt), name: i.invitedByName ?? '—' })}</div>
                  </td>
                  <td className="p-2">
                    {i.state === 'pending' || i.state === 'expired' ? (
                      <div className="flex flex-wrap items-start gap-2">
                        <form action={action}>
                          <input type="hidden" name="locale" value={locale} />
                          <input type="hidden" name="invitationId" value={i.id} />
                          <input type="hidden" name="command" value="resend" />
                          <button type="submit" className={small} aria-label={t('resendFor', { email: i.email })}>{t('resend')}</button>
                        </form>
                        <ConfirmAction
                          label={t('revoke')} labelFor={t('revokeFor', { email: i.email })}
                          question={t('revokeQuestion', { email: i.email })} confirmLabel={t('revokeConfirm')}
                          action={action} hidden={{ locale, invitationId: i.id, command: 'revoke' }}
                        />
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
