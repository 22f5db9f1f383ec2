import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { SettingsForm } from '@/components/admin/editors/SettingsForm';
import { requireActor } from '@/lib/auth/session';
import { getSettingsForEditOrThrow } from '@/lib/data/admin/settings';
import { LOCALE_INFO, LOCALES } from '@/lib/i18n/locales';
import { saveSettingsAction } from './actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string; restored?: string }> };

export default async function SettingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin');
  const [t, c, sv, s, sp] = await Promise.all([getTranslations('EditorSettings'), getTranslations('EditorCommon'), getTranslations('EditorService'), getSettingsForEditOrThrow(actor), searchParams]);
  const values = {
    cityName: s.cityName, stateCode: s.stateCode, timezone: s.timezone, defaultLocale: s.defaultLocale, enabledLocales: s.enabledLocales,
    emergencyPhone: s.emergencyPhone, cityServicesPhone: s.cityServicesPhone, liaisonName: s.liaisonName, liaisonPhone: s.liaisonPhone,
    liaisonEmail: s.liaisonEmail, logoPath: s.logoPath ?? '', verifyFlagAfterDays: String(s.verifyFlagAfterDays), verifyHideAfterDays: String(s.verifyHideAfterDays),
  };
  const locales = LOCALES.map((l) => ({ value: l, label: `${LOCALE_INFO[l].endonym} (${l})` }));
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {sp.saved ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{c('saved')}</p> : null}
      {sp.restored ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{sv('restoredNotice')}</p> : null}
      <p className="mb-4"><Link href={`/${locale}/admin/revisions/settings/1`} className="text-blue-800 underline">{c('history')}</Link></p>
      <EditorIntl>
        <SettingsForm key={s.version} action={saveSettingsAction} locale={locale} locales={locales} initial={{ ok: true, fieldErrors: {}, values, version: s.version }} />
      </EditorIntl>
    </div>
  );
}
