import { z } from 'zod';
import { slugSchema } from './params';

// PRODUCT P7: what a visitor may send without an account, and what staff decide. Every
// error message is a key of the "SuggestionErrors" namespace (messages/suggestions).

/** C0/C1 control characters (tab and line breaks allowed in long text) and bidi overrides/isolates, which can disguise text. */
const FORBIDDEN_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export const LIMITS = { line: 200, longLine: 300, text: 2000, email: 254 } as const;

const line = (max: number = LIMITS.line) =>
  z.string().trim().max(max, { error: 'tooLong' }).refine((s) => !FORBIDDEN_LINE.test(s), { error: 'invalidCharacters' });
const text = (max: number = LIMITS.text) =>
  z.string().trim().max(max, { error: 'tooLong' }).refine((s) => !FORBIDDEN_TEXT.test(s), { error: 'invalidCharacters' });
const requiredLine = (max?: number) => line(max).refine((s) => s.length > 0, { error: 'required', abort: true });

/** Optional, only to reply; an empty field means "do not reply". */
const contactEmail = z
  .string()
  .trim()
  .max(LIMITS.email, { error: 'tooLong' })
  .refine((s) => s === '' || z.email().safeParse(s).success, { error: 'email' })
  .transform((s) => (s === '' ? null : s.toLowerCase()));

export const PROBLEM_TYPES = ['closed', 'moved', 'wrong_phone', 'wrong_hours', 'other'] as const;
export type ProblemTypeValue = (typeof PROBLEM_TYPES)[number];

export const problemReportSchema = z
  .object({
    serviceSlug: z.string().refine((s) => slugSchema.safeParse(s).success, { error: 'unknownService' }),
    problemType: z.enum(PROBLEM_TYPES, { error: 'problemType' }),
    message: text(),
    contactEmail,
  })
  .refine((r) => r.problemType !== 'other' || r.message.length > 0, { error: 'messageForOther', path: ['message'] });
export type ProblemReportInput = z.output<typeof problemReportSchema>;

export const serviceSuggestionSchema = z.object({
  name: requiredLine(),
  organization: line(),
  offers: text().refine((s) => s.length > 0, { error: 'required' }),
  category: z.union([z.literal(''), slugSchema], { error: 'category' }),
  area: line(LIMITS.longLine),
  phone: line(50),
  website: line(LIMITS.longLine),
  languages: line(),
  message: text(),
  contactEmail,
});
export type ServiceSuggestionInput = z.output<typeof serviceSuggestionSchema>;

/** Field names of each public form, in the order the form shows them (values sent back on errors). */
export const PROBLEM_REPORT_FIELDS = ['problemType', 'message', 'contactEmail'] as const;
export const SUGGESTION_FIELDS = ['name', 'organization', 'offers', 'category', 'area', 'phone', 'website', 'languages', 'message', 'contactEmail'] as const;

/** The hidden fields every public form carries (anti-spam and replay protection). */
export const intakeEnvelopeSchema = z.object({
  idempotencyKey: z.uuid(),
  stamp: z.string().max(200),
});

export const SUGGESTION_KINDS = ['suggest_service', 'report_problem'] as const;
export const SUGGESTION_STATUSES = ['pending', 'approved', 'rejected'] as const;

export const suggestionFilterSchema = z.object({
  kind: z.enum(SUGGESTION_KINDS).optional().catch(undefined),
  status: z.enum(SUGGESTION_STATUSES).optional().catch('pending'),
});

export const suggestionDecisionSchema = z.object({
  id: z.uuid({ error: 'required' }),
  decision: z.enum(['approved', 'rejected'], { error: 'required' }),
  note: text(),
});
export type SuggestionDecisionInput = z.output<typeof suggestionDecisionSchema>;
