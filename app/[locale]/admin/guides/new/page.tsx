import { setRequestLocale } from 'next-intl/server';
import { SimpleEdit } from '@/components/admin/editors/SimpleEntityPages';
import { requireActor } from '@/lib/auth/session';
import { saveGuideAction } from '../actions';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  return <SimpleEdit actor={actor} kind="guide" locale={locale} id={null} action={saveGuideAction} notices={{}} />;
}
