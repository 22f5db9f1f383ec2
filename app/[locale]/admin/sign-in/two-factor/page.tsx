import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/admin/form/ActionForm';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { readTwoFactorCookie } from '@/lib/auth/session';
import { twoFactorAction } from '../actions';

export default async function TwoFactorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, f, s] = await Promise.all([getTranslations('AccountTwoFactor'), getTranslations('AccountFields'), getTranslations('AccountSignIn')]);
  const pending = await readTwoFactorCookie();
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      {pending ? (
        <>
          <p className="mb-6">{t('intro')}</p>
          <ActionForm
            action={twoFactorAction}
            hidden={{ locale }}
            submitLabel={t('submit')}
            fields={[{ name: 'code', label: f('codeOrRecovery'), hint: t('recoveryHint'), autoComplete: 'one-time-code', required: true }]}
          />
        </>
      ) : (
        <p>
          {t('expired')}{' '}
          <LocaleLink href="/admin/sign-in" className="text-blue-800 underline">
            {s('title')}
          </LocaleLink>
        </p>
      )}
    </section>
  );
}
