import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { listCategoriesForStaff } from '@/lib/data/admin/categories';

export default async function CategoriesAdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const [t, items] = await Promise.all([getTranslations('EditorCategory'), listCategoriesForStaff(actor)]);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      <ul className="divide-y divide-gray-200">
        {items.map((c) => (
          <li key={c.id} className="flex justify-between gap-3 py-2">
            <Link href={`/${locale}/admin/categories/${c.id}`} className="text-blue-800 underline">{c.name}</Link>
            <span>{t('counts', { services: c._count.services, synonyms: c._count.synonyms })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
