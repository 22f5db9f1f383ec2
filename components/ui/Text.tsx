import type { LocalizedText } from '@/lib/data/localize';
import { localeDirection } from '@/lib/i18n/locales';
import { TranslationNotice } from './TranslationNotice';

type Props = {
  value: LocalizedText;
  as?: 'p' | 'span' | 'div' | 'h1' | 'h2' | 'h3';
  className?: string;
  /** Show the "machine translated" / "not yet translated" notice next to the text. */
  notice?: boolean;
  /** With the notice, let the reader open the original of a machine translation (main texts of a page, not cards). */
  original?: boolean;
};

/**
 * Listing text from the database. When it is in another language than the page (a
 * fallback), it carries its own lang and dir so that screen readers pronounce it right
 * and an English name inside an Arabic page is laid out correctly.
 */
export function Text({ value, as: Tag = 'span', className, notice = false, original = false }: Props) {
  if (!value.text) return null;
  const foreign = value.status === 'fallback';
  return (
    <>
      <Tag className={className} lang={foreign ? value.lang : undefined} dir={foreign ? localeDirection(value.lang) : undefined}>
        {value.text}
      </Tag>
      {notice ? <TranslationNotice value={value} withOriginal={original} /> : null}
    </>
  );
}
