import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/components/admin/form/ActionForm';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { getCurrentActor } from '@/lib/auth/session';
import { signInAction } from './actions';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'AccountSignIn' }))('title') };
}

export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getCurrentActor()) redirect(`/${locale}/admin`);
  const [t, f] = await Promise.all([getTranslations('AccountSignIn'), getTranslations('AccountFields')]);
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('intro')}</p>
      <ActionForm
        action={signInAction}
        hidden={{ locale }}
        submitLabel={t('submit')}
        fields={[
          { name: 'email', label: f('email'), type: 'email', autoComplete: 'username', required: true },
          { name: 'password', label: f('password'), type: 'password', autoComplete: 'current-password', required: true },
        ]}
      />
      <p className="mt-6">
        <LocaleLink href="/admin/forgot-password" className="text-blue-800 underline">
          {t('forgot')}
        </LocaleLink>
      </p>
    </section>
  );
}
