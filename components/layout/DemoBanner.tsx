import { getTranslations } from 'next-intl/server';

/** PRODUCT §9: demo data is always labelled as fictional. */
export async function DemoBanner() {
  const t = await getTranslations('Layout');
  return (
    <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      {t('demoBanner')}
    </p>
  );
}
