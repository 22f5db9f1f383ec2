import { setRequestLocale } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { PlacePage } from '../place-page';

export default async function NewPlacePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  return <PlacePage actor={actor} locale={locale} serviceId={id} locationId={null} />;
}
