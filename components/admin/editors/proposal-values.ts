import type { EventForEdit } from '@/lib/data/admin/events';
import type { ServiceForEdit } from '@/lib/data/admin/services';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import type { ListingState } from '@/lib/moderation/proposal-diff';
import { EVENT_TEXT_FIELDS } from '@/lib/validation/admin/event';
import { SERVICE_TEXT_FIELDS } from '@/lib/validation/admin/service';
import type { Proposal } from '@/lib/validation/partner-submission';
import { eventToFormValues } from './event-values';
import { serviceToFormValues } from './service-values';

// A listing as a proposal form starts from it, and as the review diff compares with it.

const rows = (translations: { locale: string; field: string; value: string }[]) => translations.map(({ locale, field, value }) => ({ locale, field, value }));

export const serviceState = (s: ServiceForEdit): ListingState & { values: ReturnType<typeof serviceToFormValues> } => ({ values: serviceToFormValues(s), translations: rows(s.translations) });
export const eventState = (e: EventForEdit): ListingState & { values: ReturnType<typeof eventToFormValues> } => ({ values: eventToFormValues(e), translations: rows(e.translations) });

/** The form's initial values: the listing's own fields, plus its translations as editable rows. */
export const formValuesOf = <V,>(state: { values: V; translations: ListingState['translations'] }, message = '') => ({ ...state.values, translations: state.translations, message }) as V;
export const formValuesOfProposal = <V,>(p: Proposal, message = '') => ({ ...p.values, translations: p.translations, message }) as V;

/** Choices for the translation rows: every language but the listing's source, every translatable field. */
export function translationChoices(type: 'service' | 'event', sourceLocale: string, fieldLabel: (f: string) => string) {
  return {
    languages: Object.values(LOCALE_INFO).filter((l) => l.code !== sourceLocale).map((l) => ({ value: l.code, label: l.endonym })),
    fields: (type === 'service' ? SERVICE_TEXT_FIELDS : EVENT_TEXT_FIELDS).map((f) => ({ value: f, label: fieldLabel(f) })),
  };
}

/** id → name for categories, places and organizations, so diffs read as words. */
export const namesOf = (...lists: { id: string; name: string }[][]) => new Map(lists.flat().map((o) => [o.id, o.name]));
