import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { listCategoriesForStaff } from '@/lib/data/admin/categories';

export default async function CategoriesAdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const [t, items] = await Promise.all([getTranslations('EditorCategory'), listCategoriesForStaff(actor)]);
  const nameOf = new Map(items.map((c) => [c.id, c.name]));
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href={`/${locale}/admin/categories/new`} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">{t('newTitle')}</Link>
      </div>
      <ul className="divide-y divide-gray-200">
        {items.map((c) => (
          <li key={c.id} className="flex justify-between gap-3 py-2">
            <Link href={`/${locale}/admin/categories/${c.id}`} className="text-blue-800 underline" dir="auto">{c.parentId ? `${nameOf.get(c.parentId) ?? ''} › ` : ''}{c.name}</Link>
            <span>{t('counts', { services: c._count.services, synonyms: c._count.synonyms })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
