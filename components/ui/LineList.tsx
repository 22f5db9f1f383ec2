import type { LocalizedText } from '@/lib/data/localize';
import { localeDirection } from '@/lib/i18n/locales';
import { TranslationNotice } from './TranslationNotice';

/** Text stored one item per line (steps, documents), shown as a list. */
export function LineList({ value, ordered = false, checklist = false }: { value: LocalizedText; ordered?: boolean; checklist?: boolean }) {
  const items = value.text.split('\n').map((l) => l.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim()).filter(Boolean);
  if (!items.length) return null;
  const foreign = value.status === 'fallback';
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List
        lang={foreign ? value.lang : undefined}
        dir={foreign ? localeDirection(value.lang) : undefined}
        className={ordered ? 'list-inside list-decimal space-y-1' : checklist ? 'space-y-1' : 'list-inside list-disc space-y-1'}
      >
        {items.map((item, i) => (
          <li key={i} className={checklist ? "before:me-2 before:content-['☐']" : undefined}>{item}</li>
        ))}
      </List>
      <TranslationNotice value={value} />
    </>
  );
}
