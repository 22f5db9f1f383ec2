import 'server-only';
import { getTranslations } from 'next-intl/server';
import { LIMITS, PROBLEM_TYPES } from '@/lib/validation/suggestions';
import type { IntakeFieldSpec } from './IntakeField';

// The fields of the two public forms, with their translated labels (messages/suggestions).

export async function intakeLabels() {
  const t = await getTranslations('SuggestForm');
  return { submit: t('submit'), sending: t('sending'), required: t('required'), honeypot: t('honeypot') };
}

async function emailField(): Promise<IntakeFieldSpec> {
  const t = await getTranslations('SuggestForm');
  return { name: 'contactEmail', label: t('emailLabel'), hint: t('emailHint'), kind: 'email', maxLength: LIMITS.email, autoComplete: 'email' };
}

export async function problemReportFields(): Promise<IntakeFieldSpec[]> {
  const t = await getTranslations('ReportForm');
  return [
    { name: 'problemType', label: t('problemLabel'), kind: 'radios', required: true, options: PROBLEM_TYPES.map((p) => ({ value: p, label: t(`problemTypes.${p}`) })) },
    { name: 'message', label: t('messageLabel'), hint: t('messageHint'), kind: 'textarea', maxLength: LIMITS.text },
    await emailField(),
  ];
}

export async function serviceSuggestionFields(categories: { slug: string; name: string }[]): Promise<IntakeFieldSpec[]> {
  const t = await getTranslations('SuggestForm');
  return [
    { name: 'name', label: t('nameLabel'), kind: 'text', required: true, maxLength: LIMITS.line },
    { name: 'organization', label: t('organizationLabel'), kind: 'text', maxLength: LIMITS.line },
    { name: 'offers', label: t('offersLabel'), hint: t('offersHint'), kind: 'textarea', required: true, maxLength: LIMITS.text },
    { name: 'category', label: t('categoryLabel'), kind: 'select', options: [{ value: '', label: t('categoryNone') }, ...categories.map((c) => ({ value: c.slug, label: c.name }))] },
    { name: 'area', label: t('areaLabel'), hint: t('areaHint'), kind: 'text', maxLength: LIMITS.longLine },
    { name: 'phone', label: t('phoneLabel'), kind: 'tel', maxLength: 50 },
    { name: 'website', label: t('websiteLabel'), kind: 'url', maxLength: LIMITS.longLine },
    { name: 'languages', label: t('languagesLabel'), hint: t('languagesHint'), kind: 'text', maxLength: LIMITS.line },
    { name: 'message', label: t('messageLabel'), kind: 'textarea', maxLength: LIMITS.text },
    await emailField(),
  ];
}
