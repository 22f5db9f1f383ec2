import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { fieldErrorsOf, text, type FieldErrors } from './admin/common';
import { EVENT_TEXT_FIELDS, eventFormToValues, eventInputSchema, type EventFormValues, type EventInput } from './admin/event';
import { SERVICE_TEXT_FIELDS, serviceFormToValues, serviceInputSchema, type ServiceFormValues, type ServiceInput } from './admin/service';

// A partner's proposal (R2–R3) is the editor form's values as typed, plus translations the
// partner wrote. They are checked with the staff editors' own schemas when submitted and
// again when approved, so a proposal can never hold what the editor would refuse.

export const PARTNER_KINDS = ['new_service', 'edit_service', 'new_event', 'edit_event'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const listingTypeOf = (kind: PartnerKind) => (kind.endsWith('service') ? 'service' : 'event') as 'service' | 'event';

/** Stored proposals stay small: a whole service with every translation is well under this. */
export const MAX_PAYLOAD_CHARS = 200_000;

export type TranslationRow = { locale: string; field: string; value: string };
export type ServiceProposal = { values: ServiceFormValues; translations: TranslationRow[] };
export type EventProposal = { values: EventFormValues; translations: TranslationRow[] };
export type Proposal = ServiceProposal | EventProposal;

export const translationRowsSchema = (fields: readonly string[]) =>
  z.array(z.object({
    locale: z.enum(LOCALES, { error: 'invalid' }),
    field: z.enum(fields as [string, ...string[]], { error: 'invalid' }),
    value: text(10_000),
  })).max(200, { error: 'tooMany' });

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/** Translation rows come as parallel lists; rows with no text are the spare ones and dropped. */
export function translationRowsOf(fd: FormData): TranslationRow[] {
  const [locales, fields, values] = ['trLocale', 'trField', 'trValue'].map((n) => fd.getAll(n).map(str));
  return values!.map((value, i) => ({ locale: locales![i] ?? '', field: fields![i] ?? '', value })).filter((r) => r.value.trim() !== '');
}

export function proposalFromForm(kind: PartnerKind, fd: FormData): Proposal {
  const translations = translationRowsOf(fd);
  return listingTypeOf(kind) === 'service' ? { values: serviceFormToValues(fd), translations } : { values: eventFormToValues(fd), translations };
}

export const textFieldsOf = (kind: PartnerKind): readonly string[] => (listingTypeOf(kind) === 'service' ? SERVICE_TEXT_FIELDS : EVENT_TEXT_FIELDS);

export const idempotencyKeySchema = z.uuid({ error: 'invalid' });

/** Fields a partner's form sends besides the listing's own values. */
export const partnerSubmitSchema = z.object({
  kind: z.enum(PARTNER_KINDS),
  targetId: z.uuid().nullable(),
  targetVersion: z.coerce.number().int().min(1).nullable(),
  idempotencyKey: idempotencyKeySchema,
  locale: z.string().regex(/^[a-zA-Z-]{2,10}$/),
  message: text(2_000),
});

/** A reviewer's note: required when asking for changes or rejecting, so the partner knows why. */
export const reviewerNoteSchema = text(2_000).min(1, { error: 'required' });

export const decisionSchema = z.object({
  submissionId: z.uuid(),
  locale: z.string().regex(/^[a-zA-Z-]{2,10}$/),
  decision: z.enum(['approve', 'request_changes', 'reject']),
  note: text(2_000),
});

export type ValidProposal =
  | { ok: true; type: 'service'; input: ServiceInput; translations: TranslationRow[] }
  | { ok: true; type: 'event'; input: EventInput; translations: TranslationRow[] }
  | { ok: false; errors: FieldErrors };

/** The proposal through the editor's schema (and the translations through theirs); every error, keyed like the form. */
export function validateProposal(kind: PartnerKind, proposal: Proposal, cityZone: string): ValidProposal {
  if (JSON.stringify(proposal).length > MAX_PAYLOAD_CHARS) return { ok: false, errors: { form: ['tooLarge'] } };
  const translations = translationRowsSchema(textFieldsOf(kind)).safeParse(proposal.translations);
  const trErrors = translations.success ? {} : Object.fromEntries(Object.entries(fieldErrorsOf(translations.error)).map(([k, v]) => [`translations.${k}`, v]));
  if (listingTypeOf(kind) === 'service') {
    const parsed = serviceInputSchema.safeParse(proposal.values);
    if (!parsed.success || !translations.success) return { ok: false, errors: { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...trErrors } };
    return { ok: true, type: 'service', input: parsed.data, translations: translations.data };
  }
  const parsed = eventInputSchema(cityZone).safeParse(proposal.values);
  if (!parsed.success || !translations.success) return { ok: false, errors: { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...trErrors } };
  return { ok: true, type: 'event', input: parsed.data, translations: translations.data };
}

/** The name a proposal gives its listing (services: name, events: title). */
export function proposalTitle(p: Proposal | null | undefined): string {
  const v = (p?.values ?? {}) as Record<string, unknown>;
  return typeof v.name === 'string' ? v.name : typeof v.title === 'string' ? v.title : '';
}
