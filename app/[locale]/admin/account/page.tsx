import { getTranslations, setRequestLocale } from 'next-intl/server';
import QRCode from 'qrcode';
import { ActionForm } from '@/components/admin/form/ActionForm';
import { requireActor } from '@/lib/auth/session';
import { getPendingTwoFactorSecret } from '@/lib/data/two-factor';
import { getOwnAccount } from '@/lib/data/users';
import { changePasswordAction, confirmTwoFactorAction, disableTwoFactorAction, signOutEverywhereAction, startTwoFactorAction } from './actions';

const button = 'rounded border border-gray-600 px-4 py-2 font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-blue-700';

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor();
  const [t, f, account, pending] = await Promise.all([getTranslations('AccountSettings'), getTranslations('AccountFields'), getOwnAccount(actor), getPendingTwoFactorSecret(actor)]);
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
        {account.twoFactorEnabled ? (
          <form action={disableTwoFactorAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={button}>{t('twoFactorDisable')}</button>
          </form>
        ) : pending && qr ? (
          <div>
            <p className="mb-3">{t('twoFactorScan', { secret: pending.secret })}</p>
            <div role="img" aria-label={t('qrLabel')} className="mb-4 w-[200px] bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
            <ActionForm action={confirmTwoFactorAction} hidden={{ locale }} submitLabel={t('twoFactorConfirm')} fields={[{ name: 'code', label: f('code'), autoComplete: 'one-time-code', inputMode: 'numeric', required: true }]} />
          </div>
        ) : (
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
