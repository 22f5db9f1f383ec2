import 'server-only';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { clientAddress } from '@/lib/auth/action-helpers';
import { createProblemReport, createServiceSuggestion, type IntakeResult } from '@/lib/data/suggestions';
import { DEFAULT_LOCALE, isAppLocale, type AppLocale } from '@/lib/i18n/locales';
import { checkFormStamp, issueFormStamp } from '@/lib/spam/form-stamp';
import { isIntakeLimited, recordIntake } from '@/lib/spam/intake-rate-limit';
import {
  intakeEnvelopeSchema, problemReportSchema, PROBLEM_REPORT_FIELDS, serviceSuggestionSchema, SUGGESTION_FIELDS,
} from '@/lib/validation/suggestions';
import { HONEYPOT_FIELD, type IntakeFormState } from './form-state';

// The one path every public form post takes (PRODUCT P7): honeypot, signed time stamp,
// per-client limit, zod, then lib/data. Refusals keep what the visitor typed and say in
// their language what to do; success goes to the confirmation page.

export type IntakeForm = 'report' | 'suggest';

const KNOWN_ERRORS = new Set(['required', 'tooLong', 'invalidCharacters', 'email', 'problemType', 'messageForOther', 'unknownService', 'category']);

export function intakeLocale(formData: FormData): AppLocale {
  const value = String(formData.get('locale') ?? '');
  return isAppLocale(value) ? value : DEFAULT_LOCALE;
}

const fieldsOf = (form: IntakeForm) => (form === 'report' ? PROBLEM_REPORT_FIELDS : SUGGESTION_FIELDS);

/** What the visitor typed, to put back in the form (bounded: a form is never echoed whole). */
function typedValues(form: IntakeForm, formData: FormData): Record<string, string> {
  return Object.fromEntries(fieldsOf(form).map((n) => [n, String(formData.get(n) ?? '').slice(0, 5000)]));
}

export async function handleIntake(form: IntakeForm, formData: FormData): Promise<IntakeFormState> {
  const locale = intakeLocale(formData);
  const t = await getTranslations({ locale, namespace: 'SuggestionErrors' });
  const values = typedValues(form, formData);
  // Without JavaScript the page is rendered again with a new stamp; sending the first one
  // back keeps counting from when the visitor opened the form.
  const firstStamp = String(formData.get('stamp') ?? '').slice(0, 200);
  const refuse = (message: string, extra: Partial<IntakeFormState> = {}): IntakeFormState => ({ message, values, stamp: firstStamp, ...extra });

  const envelope = intakeEnvelopeSchema.safeParse({ idempotencyKey: formData.get('idempotencyKey'), stamp: formData.get('stamp') });
  if (!envelope.success) return refuse(t('expired'), { stamp: issueFormStamp(form) });
  // A filled honeypot is a bot: it is told "thank you" and nothing is stored.
  if (String(formData.get(HONEYPOT_FIELD) ?? '') !== '') redirect(`/${locale}/suggest/thanks`);
  const stamp = checkFormStamp(form, envelope.data.stamp);
  if (stamp === 'tooFast') return refuse(t('tooFast'));
  if (stamp !== 'ok') return refuse(t('expired'), { stamp: issueFormStamp(form) });

  const parsed = form === 'report'
    ? problemReportSchema.safeParse({ ...values, serviceSlug: String(formData.get('serviceSlug') ?? '') })
    : serviceSuggestionSchema.safeParse(values);
  if (!parsed.success) return refuse(t('formHasErrors'), { fieldErrors: translateIssues(parsed.error, t) });

  const client = await clientAddress();
  if (isIntakeLimited(client)) return refuse(t('rateLimited'));
  const meta = { locale, idempotencyKey: envelope.data.idempotencyKey };
  const result: IntakeResult = form === 'report'
    ? await createProblemReport(parsed.data as z.output<typeof problemReportSchema>, meta)
    : await createServiceSuggestion(parsed.data as z.output<typeof serviceSuggestionSchema>, meta);
  if (!result.ok) return refuse(t('formHasErrors'), { fieldErrors: { form: [t(result.reason)] } });
  if (result.created) recordIntake(client);
  redirect(`/${locale}/suggest/thanks`);
}

type Translate = Awaited<ReturnType<typeof getTranslations<'SuggestionErrors'>>>;

/** Every issue, translated, by field; the hidden service field's problem is shown for the whole form. */
function translateIssues(error: z.ZodError, t: Translate): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = String(issue.path[0] ?? 'form');
    const field = path === 'serviceSlug' ? 'form' : path;
    const key = KNOWN_ERRORS.has(issue.message) ? issue.message : 'required';
    const text = t(key as 'required');
    if (!out[field]?.includes(text)) (out[field] ??= []).push(text);
  }
  return out;
}
