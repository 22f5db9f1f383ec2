import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/actor';
import { listCategoriesForStaff } from '@/lib/data/admin/categories';
import { LOCALE_INFO, LOCALES } from '@/lib/i18n/locales';

/** What the category form offers: languages for search words and names, and possible parents. */
export async function categoryFormProps(actor: Actor, editingId: string | null, sourceLocale = 'en') {
  const [t, categories] = await Promise.all([getTranslations('EditorCategory'), listCategoriesForStaff(actor)]);
  const language = (l: (typeof LOCALES)[number]) => `${LOCALE_INFO[l].endonym} (${l})`;
  return {
    locales: LOCALES.map((l) => ({ code: l, label: t('synonymsIn', { language: language(l) }) })),
    nameLocales: LOCALES.filter((l) => l !== sourceLocale).map((l) => ({ code: l, language: language(l) })),
    parents: categories.filter((c) => c.id !== editingId).map((c) => ({ value: c.id, label: c.name })),
  };
}
