import { setRequestLocale } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { translationOutcome } from '@/components/admin/editors/TranslationEntryForm';
import { PlacePage } from '../place-page';

type Props = { params: Promise<{ locale: string; id: string; locationId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EditPlacePage({ params, searchParams }: Props) {
  const { locale, id, locationId } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  return <PlacePage actor={actor} locale={locale} serviceId={id} locationId={locationId} translationOutcome={translationOutcome(await searchParams)} />;
}
