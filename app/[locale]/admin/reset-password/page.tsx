import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/admin/form/ActionForm';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { isResetTokenUsable } from '@/lib/data/password-reset';
import { resetPasswordAction } from './actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const token = String((await searchParams).token ?? '').slice(0, 200);
  const [t, f, e] = await Promise.all([getTranslations('AccountReset'), getTranslations('AccountFields'), getTranslations('AccountErrors')]);
  const usable = token.length > 0 && (await isResetTokenUsable(token));
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {usable ? (
        <ActionForm
          action={resetPasswordAction}
          hidden={{ locale, token }}
          submitLabel={t('submit')}
          fields={[{ name: 'password', label: f('newPassword'), type: 'password', autoComplete: 'new-password', hint: f('passwordHint'), required: true }]}
        />
      ) : (
        <p role="alert">{e('invalidToken')}</p>
      )}
      <p className="mt-6">
        <LocaleLink href="/admin/sign-in" className="text-blue-800 underline">
          {t('signIn')}
        </LocaleLink>
      </p>
    </section>
  );
}
