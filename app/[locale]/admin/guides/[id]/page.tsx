import { setRequestLocale } from 'next-intl/server';
import { noticesFrom } from '@/components/admin/editors/EditorNotices';
import { SimpleEdit } from '@/components/admin/editors/SimpleEntityPages';
import { requireActor } from '@/lib/auth/session';
import { saveGuideAction } from '../actions';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  return <SimpleEdit actor={actor} kind="guide" locale={locale} id={id} action={saveGuideAction} notices={noticesFrom(await searchParams)} />;
}
