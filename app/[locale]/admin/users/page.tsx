import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/admin/form/ActionForm';
import { ConfirmAction } from '@/components/admin/ui/ConfirmAction';
import { listInvitations } from '@/lib/data/invitations';
import { requireActor } from '@/lib/auth/session';
import { listOrganizationChoices, listUsers } from '@/lib/data/users';
import { invitationCommandAction, inviteAction, userCommandAction } from './actions';
import { InvitationsTable } from '@/components/admin/users/InvitationsTable';

const small = 'rounded border border-gray-600 px-2 py-1 text-sm focus:outline-2 focus:outline-offset-2 focus:outline-blue-700';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string; error?: string }> };
const DONE_MESSAGES = ['saved', 'role', 'disabled', 'enabled', 'signedOut', 'revoked', 'resent'] as const;

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin');
  const [t, f, e, roles, users, organizations, invitations] = await Promise.all([
    getTranslations('AdminUsers'), getTranslations('AccountFields'), getTranslations('AccountErrors'), getTranslations('AccountRoles'), listUsers(actor), listOrganizationChoices(actor), listInvitations(actor),
  ]);
  const roleOptions = (['staff', 'partner', 'admin'] as const).map((r) => ({ value: r, label: roles(r) }));
  const query = await searchParams;
  const done = DONE_MESSAGES.find((d) => d === query.done) ?? (query.done ? 'saved' : null);
  const failed = query.error === '1';
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {done ? <p role="status" className="rounded bg-green-100 p-3 text-green-900">{done === 'saved' ? t('done') : t(`done_.${done}`)}</p> : null}
      {failed ? <p role="alert" className="rounded bg-red-100 p-3 text-red-900">{e('notAllowed')}</p> : null}
      <section aria-labelledby="invite-title">
        <h2 id="invite-title" className="mb-3 text-xl font-semibold">{t('inviteTitle')}</h2>
        <ActionForm
          action={inviteAction}
          hidden={{ locale }}
          submitLabel={t('inviteSubmit')}
          fields={[
            { name: 'email', label: f('email'), type: 'email', autoComplete: 'off', required: true },
            { name: 'role', label: f('role'), type: 'select', options: roleOptions },
            { name: 'organizationId', label: f('organization'), type: 'select', options: [{ value: '', label: f('noOrganization') }, ...organizations.map((o) => ({ value: o.id, label: o.name }))] },
          ]}
        />
      </section>
      <InvitationsTable invitations={invitations} locale={locale} action={invitationCommandAction} />
      <section aria-labelledby="list-title">
        <h2 id="list-title" className="mb-3 text-xl font-semibold">{t('listTitle')}</h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <thead>
              <tr className="border-b border-gray-400">
                {(['name', 'email', 'role', 'status', 'actions'] as const).map((h) => (
                  <th key={h} scope="col" className="p-2 text-start">{t(h)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="p-2 text-start font-normal">{user.name}</th>
                  <td className="p-2" dir="ltr">{user.email}</td>
                  <td className="p-2">
                    {roles(user.role)}
                    {user.organizationName ? <div className="text-sm text-gray-700">{user.organizationName}</div> : null}
                  </td>
                  <td className="p-2">{user.disabled ? t('disabled') : t('active')}{user.twoFactor ? <div className="text-sm">{t('twoFactor')}</div> : null}</td>
                  <td className="p-2">
                    <div className="flex flex-wrap gap-2">
                      <form action={userCommandAction} className="flex flex-wrap items-center gap-1">
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="command" value="role" />
                        <label className="sr-only" htmlFor={`role-${user.id}`}>{t('newRoleFor', { name: user.name })}</label>
                        <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded border border-gray-500 px-1 py-1 text-sm">
                          {roleOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                        </select>
                        <button type="submit" className={small}>{t('changeRole')}</button>
                      </form>
                      {user.id !== actor.userId && user.disabled ? (
                        <form action={userCommandAction}>
                          <input type="hidden" name="locale" value={locale} />
                          <input type="hidden" name="userId" value={user.id} />
                          <input type="hidden" name="command" value="enable" />
                          <button type="submit" className={small} aria-label={`${t('enable')}: ${user.name}`}>{t('enable')}</button>
                        </form>
                      ) : null}
                      {user.id !== actor.userId && !user.disabled ? (
                        <ConfirmAction
                          label={t('disable')} labelFor={`${t('disable')}: ${user.name}`}
                          question={t('disableQuestion', { name: user.name })} confirmLabel={t('disableConfirm')}
                          action={userCommandAction} hidden={{ locale, userId: user.id, command: 'disable' }}
                        />
                      ) : null}
                      <form action={userCommandAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="command" value="signOutEverywhere" />
                        <button type="submit" className={small} aria-label={`${t('signOutEverywhere')}: ${user.name}`}>{t('signOutEverywhere')}</button>
                      </form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
