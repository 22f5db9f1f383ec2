import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/admin/form/ActionForm';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { findInvitationEmail } from '@/lib/data/invitations';
import { acceptInvitationAction } from './actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export default async function InvitationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const token = String((await searchParams).token ?? '').slice(0, 200);
  const [t, f, e, s] = await Promise.all([getTranslations('AccountInvitation'), getTranslations('AccountFields'), getTranslations('AccountErrors'), getTranslations('AccountSignIn')]);
  const email = token ? await findInvitationEmail(token) : null;
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {email ? (
        <>
          <p className="mb-6">{t('intro', { email })}</p>
          <ActionForm
            action={acceptInvitationAction}
            hidden={{ locale, token }}
            submitLabel={t('submit')}
            fields={[
              { name: 'name', label: f('name'), autoComplete: 'name', required: true },
              { name: 'password', label: f('newPassword'), type: 'password', autoComplete: 'new-password', hint: f('passwordHint'), required: true },
            ]}
          />
        </>
      ) : (
        <p role="alert">{e('invalidToken')}</p>
      )}
      <p className="mt-6">
        <LocaleLink href="/admin/sign-in" className="text-blue-800 underline">
          {s('title')}
        </LocaleLink>
      </p>
    </section>
  );
}
