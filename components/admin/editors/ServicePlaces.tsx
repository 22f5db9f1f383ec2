import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { listPlacesOfService } from '@/lib/data/admin/places';
import { ConfirmAction } from '../ui/ConfirmAction';

type Props = {
  serviceId: string;
  serviceVersion: number;
  locale: string;
  places: Awaited<ReturnType<typeof listPlacesOfService>>;
  removeAction: (fd: FormData) => Promise<void>;
};

/** Where the service is given: each place with edit and remove, and "add a new place". */
export async function ServicePlaces({ serviceId, serviceVersion, locale, places, removeAction }: Props) {
  const t = await getTranslations('EditorPlace');
  return (
    <section id="places" aria-labelledby="places-title" className="mb-8 rounded border border-gray-300 p-4">
      <h2 id="places-title" className="mb-2 text-xl font-semibold">{t('listTitle')}</h2>
      <p className="mb-3 text-gray-800">{t('listIntro')}</p>
      {places.length === 0 ? <p className="mb-3">{t('none')}</p> : (
        <ul className="mb-4 divide-y divide-gray-200">
          {places.map((p) => (
            <li key={p.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
              <div>
                <p className="font-semibold" dir="auto">{p.name}</p>
                <p className="text-sm text-gray-800" dir="auto">{[p.address1, p.city, p.postalCode].filter(Boolean).join(', ') || p.neighborhood}</p>
                <p className="text-sm text-gray-800">
                  {[p.isConfidential ? t('confidentialBadge') : null, p.wheelchairAccessible ? t('wheelchairBadge') : null].filter(Boolean).join(' · ')}
                </p>
              </div>
              <div className="flex flex-wrap items-start gap-2">
                <Link href={`/${locale}/admin/services/${serviceId}/places/${p.id}`} className="rounded border border-gray-600 px-3 py-1 text-sm focus:outline-2 focus:outline-offset-2 focus:outline-blue-700" aria-label={t('editLabel', { name: p.name })}>{t('edit')}</Link>
                <ConfirmAction
                  label={t('remove')} labelFor={t('removeLabel', { name: p.name })}
                  question={t('removeQuestion', { name: p.name })} confirmLabel={t('removeConfirm')}
                  action={removeAction} hidden={{ serviceId, version: String(serviceVersion), locationId: p.id, locale }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Link href={`/${locale}/admin/services/${serviceId}/places/new`} className="inline-block rounded bg-blue-800 px-4 py-2 font-semibold text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">{t('addNew')}</Link>
    </section>
  );
}
