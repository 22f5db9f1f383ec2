import type { CategorySlug } from './categories-base';
import type { TargetLocale } from './types';

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
  /**
   * The demo content's languages (TARGET_LOCALES), not every UI locale: a locale or field
   * left out has no translation row, and the site shows English with a notice.
   */
  translations: Record<TargetLocale, Partial<GuideText>>;
};
