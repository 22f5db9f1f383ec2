// The 16 top-level categories (PRODUCT §8): slugs, icons and taxonomy mappings.
// Per-locale text and search synonyms live in categories-<locale>.ts.
import type { AppLocale } from '../../../lib/i18n/locales';

// Other seed files and the search depend on these slugs and on this order.
export const CATEGORY_SLUGS = [
  'legal-immigration',
  'english-classes',
  'citizenship-civic',
  'education-schools',
  'health',
  'housing-shelter',
  'food-basic-needs',
  'jobs-training',
  'money-taxes-benefits',
  'business',
  'transportation',
  'family-children',
  'safety-emergencies',
  'digital-skills',
  'interpretation-translation',
  'community-recreation',
] as const;

export type CategorySlug = (typeof CATEGORY_SLUGS)[number];
export type TranslationLocale = Exclude<AppLocale, 'en'>;

export type CategoryText = {
  name: string;
  /** Home-page tile, first person and plain ("I need a lawyer"). */
  plainLabel: string;
  description: string;
  /** What people type, lowercase (accents kept): everyday, formal, misspelled. */
  synonyms: string[];
};

export type CategoryLocaleData = Record<CategorySlug, CategoryText>;

type CategoryMeta = {
  icon: string;
  /** Open Eligibility term name (the taxonomy is published as names, not codes). */
  openEligibilityCode: string | null;
  /** AIRS/211 LA taxonomy code; null where no single code fits. */
  airsCode: string | null;
  showsFraudWarning: boolean;
};

const meta = (icon: string, openEligibilityCode: string | null, airsCode: string | null, showsFraudWarning = false): CategoryMeta => ({
  icon,
  openEligibilityCode,
  airsCode,
  showsFraudWarning,
});

export const CATEGORY_META: Record<CategorySlug, CategoryMeta> = {
  'legal-immigration': meta('scale', 'Citizenship & Immigration', 'FT-3600', true), // Immigration/Naturalization Legal Services
  'english-classes': meta('book', null, 'HH-0500.8000-150'), // English as a Second Language
  'citizenship-civic': meta('flag', null, null, true),
  'education-schools': meta('school', 'Education', 'H'), // Education
  health: meta('heart', 'Health', 'L'), // Health Care
  'housing-shelter': meta('home', 'Housing', 'BH'), // Housing/Shelter
  'food-basic-needs': meta('food', 'Food', 'BD'), // Food
  'jobs-training': meta('briefcase', 'Work', 'ND'), // Employment
  'money-taxes-benefits': meta('coins', 'Money', 'NL'), // Public Assistance Programs
  business: meta('store', null, null),
  transportation: meta('bus', 'Transit', 'BT'), // Transportation
  'family-children': meta('family', 'Care', 'PH'), // Individual and Family Support Services
  'safety-emergencies': meta('shield', 'Emergency', null),
  'digital-skills': meta('laptop', 'Computer Class', null),
  'interpretation-translation': meta('chat', 'Translation & Interpretation', 'PH-3500.4500'), // Language Interpretation
  'community-recreation': meta('people', null, null),
};
