import { getTranslations } from 'next-intl/server';
import type { SearchOutcome } from '@/lib/data/search';
import { formatList } from '@/lib/i18n/format';

/** What the search did differently from what the link asked, in plain words. */
export async function SearchNotices({ outcome, locale }: { outcome: SearchOutcome; locale: string }) {
  const t = await getTranslations('Search');
  const notes = [
    ...outcome.ignored.map((param) => t(`ignored_${param}`)),
    ...(outcome.match === 'similar' && outcome.corrections.length ? [t('similarWords', { words: formatList(locale, outcome.corrections) })] : []),
    ...(outcome.match === 'any' ? [t('someWords')] : []),
    ...(outcome.match === 'nothing' ? [t('nothingToSearch', { query: outcome.params.q })] : []),
  ];
  if (!notes.length) return null;
  return (
    <ul className="space-y-1 rounded border-s-4 border-brand-600 bg-brand-50 px-4 py-2">
      {notes.map((note) => <li key={note}>{note}</li>)}
    </ul>
  );
}
