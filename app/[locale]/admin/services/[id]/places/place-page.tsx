import 'server-only';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { PlaceForm } from '@/components/admin/editors/PlaceForm';
import { TranslationEntryForm, type TranslationOutcome } from '@/components/admin/editors/TranslationEntryForm';
import { TranslationsTable } from '@/components/admin/editors/TranslationsTable';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getPlaceForEditOrThrow, listNeighborhoodNames, PLACE_TEXT_FIELDS } from '@/lib/data/admin/places';
import { PLACE_FIELDS, type PlaceFormValues } from '@/lib/validation/admin/place';
import { loadServiceOr404 } from '../../load';
import { savePlaceAction } from '../../places-actions';
import { saveTranslationEntryAction } from '../../../translations/entry-actions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The body of "add a place" (locationId null) and "edit a place". */
type Props = { actor: Actor; locale: string; serviceId: string; locationId: string | null; translationOutcome?: TranslationOutcome };

export async function PlacePage({ actor, locale, serviceId, locationId, translationOutcome = null }: Props) {
  const service = await loadServiceOr404(actor, serviceId);
  if (locationId && !UUID.test(locationId)) notFound();
  const place = locationId
    ? await getPlaceForEditOrThrow(actor, serviceId, locationId).catch((error) => {
        if (error instanceof NotFoundError) notFound();
        throw error;
      })
    : null;
  const [t, neighborhoods] = await Promise.all([getTranslations('EditorPlace'), listNeighborhoodNames(actor)]);
  const values = Object.fromEntries(PLACE_FIELDS.map((k) => {
    const value = place?.[k];
    return [k, typeof value === 'boolean' ? (value ? 'on' : '') : value === null || value === undefined ? '' : String(value)];
  })) as PlaceFormValues;
  const fieldLabels = Object.fromEntries(PLACE_TEXT_FIELDS.map((f) => [f, t(f)]));
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/services/${serviceId}#places`} className="text-blue-800 underline" dir="auto">{t('backTo', { name: service.name })}</Link></p>
      <h1 className="mb-4 text-2xl font-bold" dir="auto">{place ? t('editTitle', { name: place.name }) : t('newTitle', { name: service.name })}</h1>
      <EditorIntl>
        <PlaceForm key={place?.version ?? 0} action={savePlaceAction} locale={locale} serviceId={serviceId} serviceVersion={service.version} locationId={place?.id ?? null}
          neighborhoodExamples={neighborhoods.slice(0, 4)} initial={{ ok: true, fieldErrors: {}, values, version: place?.version ?? 1 }} />
      </EditorIntl>
      {place ? (
        <>
          <TranslationsTable entity={place} fieldLabels={fieldLabels} locale={locale} />
          <TranslationEntryForm kind="location" entity={place} serviceId={serviceId} fieldLabels={fieldLabels} locale={locale} outcome={translationOutcome} action={saveTranslationEntryAction} />
        </>
      ) : null}
    </div>
  );
}
