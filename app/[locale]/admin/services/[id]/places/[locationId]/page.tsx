import { setRequestLocale } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { PlacePage } from '../place-page';

export default async function EditPlacePage({ params }: { params: Promise<{ locale: string; id: string; locationId: string }> }) {
  const { locale, id, locationId } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  return <PlacePage actor={actor} locale={locale} serviceId={id} locationId={locationId} />;
}
