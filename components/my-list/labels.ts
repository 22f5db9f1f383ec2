import 'server-only';
import { getTranslations } from 'next-intl/server';
import { MAX_SAVED_SERVICES } from '@/lib/my-list/saved-list';

/** The translated texts of SaveButton, passed as props: the island ships no message catalog. */
export async function saveButtonLabels() {
  const t = await getTranslations('MyList');
  return { save: t('save'), remove: t('remove'), saved: t('savedStatus'), full: t('full', { max: MAX_SAVED_SERVICES }) };
}
