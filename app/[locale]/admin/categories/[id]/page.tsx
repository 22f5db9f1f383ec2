import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CategoryForm } from '@/components/admin/editors/CategoryForm';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { EditorNotices, noticesFrom } from '@/components/admin/editors/EditorNotices';
import { EntityTranslations } from '@/components/admin/editors/EntityTranslations';
import { requireActor } from '@/lib/auth/session';
import { getCategoryForEditOrThrow } from '@/lib/data/admin/categories';
import { NotFoundError } from '@/lib/data/admin/errors';
import { LOCALES } from '@/lib/i18n/locales';
import { markEntityTranslationReviewedAction } from '../../translations/actions';
import { saveCategoryAction } from '../actions';
import { categoryFormProps } from '../form-props';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditCategoryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const cat = await getCategoryForEditOrThrow(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, c, sp, formProps] = await Promise.all([getTranslations('EditorCategory'), getTranslations('EditorCommon'), searchParams, categoryFormProps(actor, id, cat.sourceLocale)]);
  const synonyms = Object.fromEntries(LOCALES.map((l) => [l, cat.synonyms.filter((s) => s.locale === l).map((s) => s.term).join('\n')]));
  const translated = (field: string) => Object.fromEntries(cat.translations.filter((tr) => tr.field === field).map((tr) => [tr.locale, tr.value]));
  const names = { ...Object.fromEntries(formProps.nameLocales.map((l) => [l.code, ''])), ...translated('name') };
  const labels = { ...Object.fromEntries(formProps.nameLocales.map((l) => [l.code, ''])), ...translated('plainLabel') };
  const values = {
    name: cat.name, plainLabel: cat.plainLabel, description: cat.description, sortOrder: String(cat.sortOrder), showsFraudWarning: cat.showsFraudWarning ? 'on' : '',
    synonyms, parentId: cat.parentId ?? '', names, labels,
  };
  const fieldLabel = (field: string) => t(field === 'plainLabel' ? 'plainLabel' : field === 'description' ? 'description' : 'name');
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/categories`} className="text-blue-800 underline">{t('title')}</Link></p>
      <h1 className="mb-2 text-2xl font-bold" dir="auto">{cat.name}</h1>
      <p className="mb-4 text-sm text-gray-800">{t('slugShown')} <span dir="ltr" className="font-mono">{cat.slug}</span></p>
      <EditorNotices notices={noticesFrom(sp)} />
      <p className="mb-4"><Link href={`/${locale}/admin/revisions/category/${cat.id}`} className="text-blue-800 underline">{c('history')}</Link></p>
      <EditorIntl>
        <CategoryForm key={cat.version} action={saveCategoryAction} id={cat.id} locale={locale} {...formProps} initial={{ ok: true, fieldErrors: {}, values, version: cat.version }} />
      </EditorIntl>
      <EntityTranslations kind="category" id={cat.id} version={cat.version} locale={locale} views={cat.translationViews} fieldLabel={fieldLabel} action={markEntityTranslationReviewedAction} />
    </div>
  );
}
