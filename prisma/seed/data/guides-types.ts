import type { CategorySlug, TranslationLocale } from './categories-base';

/**
 * Guide text. `body` is plain text: blank lines between paragraphs, "## " headings,
 * "- " list items. "{city}" is replaced by the demo city's name when seeding.
 */
export type GuideText = { title: string; summary: string; body: string };

export type GuideSeed = {
  slug: string;
  categorySlug: CategorySlug;
  sortOrder: number;
  /** verifiedAt = now minus this many days. */
  verifiedDaysAgo: number;
  en: GuideText;
  /** A field left out has no translation row: the site shows English with a notice. */
  translations: Record<TranslationLocale, Partial<GuideText>>;
};
