import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CategoryForm } from '@/components/admin/editors/CategoryForm';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { requireActor } from '@/lib/auth/session';
import { getCategoryForEditOrThrow } from '@/lib/data/admin/categories';
import { NotFoundError } from '@/lib/data/admin/errors';
import { LOCALE_INFO, LOCALES } from '@/lib/i18n/locales';
import { saveCategoryAction } from '../actions';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditCategoryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const cat = await getCategoryForEditOrThrow(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, c, ts, sp] = await Promise.all([getTranslations('EditorCategory'), getTranslations('EditorCommon'), getTranslations('EditorTranslations'), searchParams]);
  const synonyms = Object.fromEntries(LOCALES.map((l) => [l, cat.synonyms.filter((s) => s.locale === l).map((s) => s.term).join('\n')]));
  const values = { name: cat.name, plainLabel: cat.plainLabel, description: cat.description, sortOrder: String(cat.sortOrder), showsFraudWarning: cat.showsFraudWarning ? 'on' : '', synonyms };
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/categories`} className="text-blue-800 underline">{t('title')}</Link></p>
      <h1 className="mb-4 text-2xl font-bold">{cat.name}</h1>
      {sp.saved ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{c('saved')}</p> : null}
      <p className="mb-4"><Link href={`/${locale}/admin/revisions/category/${cat.id}`} className="text-blue-800 underline">{c('history')}</Link></p>
      <EditorIntl>
        <CategoryForm key={cat.version} action={saveCategoryAction} id={cat.id} locale={locale} locales={LOCALES.map((l) => ({ code: l, label: t('synonymsIn', { language: `${LOCALE_INFO[l].endonym} (${l})` }) }))}
          initial={{ ok: true, fieldErrors: {}, values, version: cat.version }} />
      </EditorIntl>
      <section aria-labelledby="tr-title" className="mt-10">
        <h2 id="tr-title" className="mb-2 text-xl font-semibold">{ts('title')}</h2>
        <table className="w-full border-collapse text-start text-sm">
          <thead>
            <tr className="border-b border-gray-500">
              <th scope="col" className="p-2 text-start">{ts('language')}</th>
              <th scope="col" className="p-2 text-start">{c('field')}</th>
              <th scope="col" className="p-2 text-start">{ts('text')}</th>
              <th scope="col" className="p-2 text-start">{ts('status')}</th>
            </tr>
          </thead>
          <tbody>
            {cat.translationViews.map((v) => (
              <tr key={`${v.locale}-${v.field}`} className="border-b border-gray-200 align-top">
                <td className="p-2">{v.locale}</td>
                <td className="p-2">{t(v.field === 'plainLabel' ? 'plainLabel' : v.field === 'description' ? 'description' : 'name')}</td>
                <td className="p-2" lang={v.locale} dir="auto">{v.value}</td>
                <td className="p-2">{ts(`statuses.${v.status}`)}{v.outdated ? <strong className="block text-red-800">{ts('outdated')}</strong> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
