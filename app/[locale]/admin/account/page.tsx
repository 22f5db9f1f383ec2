import { getTranslations, setRequestLocale } from 'next-intl/server';
import QRCode from 'qrcode';
import { TwoFactorCodesForm } from '@/components/admin/account/TwoFactorCodesForm';
import { ActionForm } from '@/components/admin/form/ActionForm';
import { ConfirmAction } from '@/components/admin/ui/ConfirmAction';
import { requireActor } from '@/lib/auth/session';
import { countRecoveryCodesLeft, getPendingTwoFactorSecret } from '@/lib/data/two-factor';
import { getOwnAccount } from '@/lib/data/users';
import { changePasswordAction, disableTwoFactorAction, signOutEverywhereAction, startTwoFactorAction, twoFactorCodesAction } from './actions';

const button = 'rounded border border-gray-600 px-4 py-2 font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-blue-700';

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor();
  const [t, f, account, pending, codesLeft] = await Promise.all([getTranslations('AccountSettings'), getTranslations('AccountFields'), getOwnAccount(actor), getPendingTwoFactorSecret(actor), countRecoveryCodesLeft(actor)]);
  // Rendered on the server as SVG: the secret never leaves for a third-party QR service.
  const qr = pending ? await QRCode.toString(pending.uri, { type: 'svg', margin: 1, width: 200 }) : null;
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="password-title">
        <h2 id="password-title" className="mb-3 text-xl font-semibold">{t('passwordTitle')}</h2>
        <ActionForm
          action={changePasswordAction}
          hidden={{ locale }}
          submitLabel={t('passwordSubmit')}
          fields={[
            { name: 'currentPassword', label: f('currentPassword'), type: 'password', autoComplete: 'current-password', required: true },
            { name: 'password', label: f('newPassword'), type: 'password', autoComplete: 'new-password', hint: f('passwordHint'), required: true },
          ]}
        />
      </section>
      <section aria-labelledby="two-factor" id="two-factor-section">
        <h2 id="two-factor" className="mb-3 text-xl font-semibold">{t('twoFactorTitle')}</h2>
        <p className="mb-3">{account.twoFactorEnabled ? t('twoFactorOn') : t('twoFactorOff')}</p>
        {account.twoFactorEnabled ? <p className="mb-3">{t('recoveryCodesLeft', { count: codesLeft })}</p> : null}
        {account.twoFactorEnabled || (pending && qr) ? (
          <div className="mb-4 space-y-3">
            {pending && qr ? (
              <>
                <p>{t('twoFactorScan', { secret: pending.secret })}</p>
                <div role="img" aria-label={t('qrLabel')} className="w-[200px] bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
              </>
            ) : <p>{t('recoveryRegenerateIntro')}</p>}
            {/* Same element and key in both states: the no-JavaScript post renders the codes here. */}
            <TwoFactorCodesForm
              key="two-factor-codes"
              action={twoFactorCodesAction}
              mode={account.twoFactorEnabled ? 'regenerate' : 'confirm'}
              locale={locale}
              labels={{
                code: f('code'), submit: account.twoFactorEnabled ? t('recoveryRegenerate') : t('twoFactorConfirm'),
                codesTitle: t('recoveryTitle'), codesIntro: t('recoveryIntro'), codesDone: t('recoveryDone'), listLabel: t('recoveryListLabel'),
              }}
            />
          </div>
        ) : null}
        {account.twoFactorEnabled ? (
          <ConfirmAction label={t('twoFactorDisable')} question={t('twoFactorDisableQuestion')} confirmLabel={t('twoFactorDisableConfirm')} action={disableTwoFactorAction} hidden={{ locale }} />
        ) : pending && qr ? null : (
          <form action={startTwoFactorAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={button}>{t('twoFactorStart')}</button>
          </form>
        )}
      </section>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="mb-3 text-xl font-semibold">{t('sessionsTitle')}</h2>
        <p className="mb-3">{t('sessionsIntro')}</p>
        <form action={signOutEverywhereAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className={button}>{t('signOutEverywhere')}</button>
        </form>
      </section>
    </div>
  );
}
