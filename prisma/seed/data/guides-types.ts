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
   * A field left out has no translation row: the site shows English with a notice. Only the
   * demo-content locales (TARGET_LOCALES); UI-only locales such as ps or sw get English.
   */
  translations: Record<TargetLocale, Partial<GuideText>>;
};
