import { setRequestLocale } from 'next-intl/server';
import { SimpleEdit } from '@/components/admin/editors/SimpleEntityPages';
import { requireActor } from '@/lib/auth/session';
import { saveOrganizationAction } from '../actions';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function Page({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  return <SimpleEdit actor={actor} kind="organization" locale={locale} id={id} action={saveOrganizationAction} saved={(await searchParams).saved === '1'} />;
}
