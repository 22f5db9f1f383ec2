import { z } from 'zod';
import { checkbox, clockTime, email, isoDate, languageCode, optional, phone, requiredText, slug, text, url, version } from './common';

export const SERVICE_TEXT_FIELDS = [
  'name', 'alternateName', 'summary', 'description', 'eligibility', 'howToApply', 'documentsToBring', 'feesDescription', 'alertMessage',
] as const;
export type ServiceTextField = (typeof SERVICE_TEXT_FIELDS)[number];

export const STATUS_QUESTION = ['never', 'only_if_program_requires', 'yes', 'unknown'] as const;
export const DATA_SHARING = ['no', 'only_if_legally_required', 'yes', 'unknown'] as const;
export const LEGAL_AUTHORIZATION = ['doj_accredited_representative', 'licensed_attorney', 'none', 'not_applicable'] as const;
export const ID_DOCUMENTS = ['none_needed', 'municipal_id', 'consular_id', 'foreign_passport', 'state_id', 'any_photo_id', 'school_id', 'itin_letter'] as const;

const uuid = z.uuid({ error: 'invalid' });

/** One weekly opening interval; locationId null = the service's general hours. */
export const hoursRowSchema = z
  .object({ locationId: optional(uuid), weekday: z.coerce.number().int().min(1, { error: 'weekday' }).max(7, { error: 'weekday' }), opensAt: clockTime, closesAt: clockTime })
  .refine((r) => r.opensAt !== r.closesAt, { error: 'hoursEmpty', path: ['closesAt'] });

export const exceptionRowSchema = z
  .object({
    locationId: optional(uuid),
    date: isoDate,
    closed: z.boolean(),
    opensAt: clockTime.nullable(),
    closesAt: clockTime.nullable(),
    note: text(200),
  })
  .refine((r) => r.closed || (r.opensAt !== null && r.closesAt !== null && r.opensAt !== r.closesAt), { error: 'exceptionHours', path: ['opensAt'] });

export const serviceInputSchema = z
  .object({
    slug,
    organizationId: uuid,
    name: requiredText(200),
    alternateName: optional(text(200)),
    summary: text(500),
    description: text(10_000),
    eligibility: text(5_000),
    howToApply: text(5_000),
    documentsToBring: text(5_000),
    feesDescription: text(2_000),
    alertMessage: optional(text(500)),
    alertUntil: optional(isoDate),
    website: optional(url),
    email: optional(email),
    phone: optional(phone),
    isFree: checkbox,
    acceptsWalkIns: checkbox,
    appointmentNeeded: checkbox,
    interpreterAvailable: checkbox,
    offeredOnline: checkbox,
    offeredByPhone: checkbox,
    languages: z.array(languageCode).max(40, { error: 'tooMany' }),
    asksImmigrationStatus: z.enum(STATUS_QUESTION, { error: 'invalid' }),
    sharesDataWithGovernment: z.enum(DATA_SHARING, { error: 'invalid' }),
    servesRegardlessOfStatus: checkbox,
    statusSafetyConfirmedAt: optional(isoDate),
    legalAuthorization: z.enum(LEGAL_AUTHORIZATION, { error: 'invalid' }),
    legalAuthorizationReference: optional(text(200)),
    legalAuthorizationCheckedAt: optional(isoDate),
    idsAccepted: z.array(z.enum(ID_DOCUMENTS, { error: 'invalid' })),
    idsConfirmedAt: optional(isoDate),
    categoryIds: z.array(uuid).max(16, { error: 'tooMany' }),
    primaryCategoryId: optional(uuid),
    locationIds: z.array(uuid).max(50, { error: 'tooMany' }),
    hours: z.array(hoursRowSchema).max(100, { error: 'tooMany' }),
    exceptions: z.array(exceptionRowSchema).max(100, { error: 'tooMany' }),
  })
  .superRefine((s, ctx) => {
    if (s.primaryCategoryId && !s.categoryIds.includes(s.primaryCategoryId)) ctx.addIssue({ code: 'custom', message: 'primaryNotSelected', path: ['primaryCategoryId'] });
    s.hours.forEach((h, i) => {
      if (h.locationId && !s.locationIds.includes(h.locationId)) ctx.addIssue({ code: 'custom', message: 'locationNotSelected', path: ['hours', i, 'locationId'] });
    });
  });

export type ServiceInput = z.output<typeof serviceInputSchema>;

/** What the editor form holds: strings as typed, so a refused save can show them again. */
export type HoursRowValues = { weekday: string; opensAt: string; closesAt: string; locationId: string };
export type ExceptionRowValues = { date: string; closed: boolean; opensAt: string | null; closesAt: string | null; note: string; locationId: string };
export type ServiceFormValues = Record<(typeof SCALAR_FIELDS)[number] | (typeof CHECKBOX_FIELDS)[number], string> & {
  languages: string[]; idsAccepted: string[]; categoryIds: string[]; locationIds: string[]; hours: HoursRowValues[]; exceptions: ExceptionRowValues[];
};

export const serviceUpdateSchema = z.object({ id: uuid, version, service: serviceInputSchema });

export const SCALAR_FIELDS = ['slug', 'organizationId', 'name', 'alternateName', 'summary', 'description', 'eligibility', 'howToApply', 'documentsToBring', 'feesDescription', 'alertMessage', 'alertUntil', 'website', 'email', 'phone', 'asksImmigrationStatus', 'sharesDataWithGovernment', 'statusSafetyConfirmedAt', 'legalAuthorization', 'legalAuthorizationReference', 'legalAuthorizationCheckedAt', 'idsConfirmedAt', 'primaryCategoryId'] as const;
export const CHECKBOX_FIELDS = ['isFree', 'acceptsWalkIns', 'appointmentNeeded', 'interpreterAvailable', 'offeredOnline', 'offeredByPhone', 'servesRegardlessOfStatus'] as const;

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');
const all = (fd: FormData, name: string) => fd.getAll(name).map(str);

/**
 * FormData to the shape serviceInputSchema parses. Hours and exceptions come as parallel
 * lists (one entry per row); rows left entirely blank are the spare rows the form renders
 * for adding hours without JavaScript, and are dropped.
 */
export function serviceFormToValues(fd: FormData): ServiceFormValues {
  const scalar = (name: string) => str(fd.get(name));
  const values = {} as ServiceFormValues;
  for (const key of [...SCALAR_FIELDS, ...CHECKBOX_FIELDS]) values[key] = scalar(key);
  values.languages = scalar('languages').split(/[\s,]+/).filter(Boolean);
  values.idsAccepted = all(fd, 'idsAccepted');
  values.categoryIds = all(fd, 'categoryIds');
  values.locationIds = all(fd, 'locationIds');
  const [hw, ho, hc, hl] = ['hoursWeekday', 'hoursOpens', 'hoursCloses', 'hoursLocation'].map((n) => all(fd, n));
  values.hours = hw!
    .map((weekday, i) => ({ weekday, opensAt: ho![i] ?? '', closesAt: hc![i] ?? '', locationId: hl![i] ?? '' }))
    .filter((r) => r.weekday !== '' || r.opensAt !== '' || r.closesAt !== '');
  const [ed, ek, eo, ec, en, el] = ['excDate', 'excKind', 'excOpens', 'excCloses', 'excNote', 'excLocation'].map((n) => all(fd, n));
  values.exceptions = ed!
    .map((date, i) => ({ date, closed: ek![i] !== 'open', opensAt: eo![i] || null, closesAt: ec![i] || null, note: en![i] ?? '', locationId: el![i] ?? '' }))
    .filter((r) => r.date !== '' || r.opensAt || r.closesAt || r.note !== '');
  return values;
}
