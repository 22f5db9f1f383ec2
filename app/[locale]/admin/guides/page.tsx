import { setRequestLocale } from 'next-intl/server';
import { SimpleList } from '@/components/admin/editors/SimpleEntityPages';
import { requireActor } from '@/lib/auth/session';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  return <SimpleList actor={actor} kind="guide" locale={locale} />;
}
