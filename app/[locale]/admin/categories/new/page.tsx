import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { CategoryForm } from '@/components/admin/editors/CategoryForm';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { requireActor } from '@/lib/auth/session';
import { LOCALES } from '@/lib/i18n/locales';
import { saveCategoryAction } from '../actions';
import { categoryFormProps } from '../form-props';

/** A5: a new category, with its web address, parent, names per language and search words. */
export default async function NewCategoryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const [t, formProps] = await Promise.all([getTranslations('EditorCategory'), categoryFormProps(actor, null)]);
  const empty = Object.fromEntries(formProps.nameLocales.map((l) => [l.code, '']));
  const values = { name: '', plainLabel: '', description: '', sortOrder: '0', showsFraudWarning: '', slug: '', parentId: '', synonyms: Object.fromEntries(LOCALES.map((l) => [l, ''])), names: empty, labels: empty };
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/categories`} className="text-blue-800 underline">{t('title')}</Link></p>
      <h1 className="mb-4 text-2xl font-bold">{t('newTitle')}</h1>
      <EditorIntl>
        <CategoryForm action={saveCategoryAction} id={null} locale={locale} {...formProps} initial={{ ok: true, fieldErrors: {}, values, version: 1 }} />
      </EditorIntl>
    </div>
  );
}
