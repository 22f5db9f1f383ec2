import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/admin/form/ActionForm';
import { forgotPasswordAction } from './actions';

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, f] = await Promise.all([getTranslations('AccountForgot'), getTranslations('AccountFields')]);
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('intro')}</p>
      <ActionForm action={forgotPasswordAction} hidden={{ locale }} submitLabel={t('submit')} fields={[{ name: 'email', label: f('email'), type: 'email', autoComplete: 'email', required: true }]} />
    </section>
  );
}
