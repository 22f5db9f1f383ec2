import type { AppLocale } from './locales';

// PRODUCT L1: which locales' interface text (messages/) a human speaker of the language has
// reviewed. Every translation so far was drafted with machine help and checked only for
// meaning by the team, so none is marked reviewed. When a speaker signs off on a language,
// set `reviewedBy` (who, when) here; staff see this on /admin/translations.
export const UI_TEXT_REVIEW: Record<AppLocale, { reviewedBy: string | null }> = {
  en: { reviewedBy: 'source language' },
  es: { reviewedBy: null },
  ar: { reviewedBy: null },
  fr: { reviewedBy: null },
  ht: { reviewedBy: null },
  pt: { reviewedBy: null },
  'zh-Hans': { reviewedBy: null },
  'fa-AF': { reviewedBy: null },
  pl: { reviewedBy: null },
  uk: { reviewedBy: null },
  ru: { reviewedBy: null },
  vi: { reviewedBy: null },
  ps: { reviewedBy: null },
  sw: { reviewedBy: null },
  so: { reviewedBy: null },
  ne: { reviewedBy: null },
};
