import 'server-only';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import type { z } from 'zod';
import type { FormState } from '@/components/admin/form/form-state';
import { DEFAULT_LOCALE, isAppLocale, type AppLocale } from '@/lib/i18n/locales';
import type { PasswordProblem } from './password-rules';
import { configuredOrigin, siteOrigin } from '../http/site-origin';

export function formLocale(formData: FormData): AppLocale {
  const value = String(formData.get('locale') ?? '');
  return isAppLocale(value) ? value : DEFAULT_LOCALE;
}

/** Only plain text fields; never a password. */
export function safeValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? '').slice(0, 300)]));
}

export async function errorT(locale: AppLocale) {
  return getTranslations({ locale, namespace: 'AccountErrors' });
}

type ErrorKey = Parameters<Awaited<ReturnType<typeof errorT>>>[0];

/** Every zod issue, translated, by field. */
export async function zodFailure(locale: AppLocale, error: z.ZodError, values: Record<string, string>): Promise<FormState> {
  const t = await errorT(locale);
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    const key = (issue.message in ERROR_KEYS ? issue.message : 'required') as ErrorKey;
    const text = t(key);
    if (!fieldErrors[field]?.includes(text)) (fieldErrors[field] ??= []).push(text);
  }
  return { ok: false, message: t('formHasErrors'), fieldErrors, values };
}

export async function fieldFailure(locale: AppLocale, field: string, key: ErrorKey, values: Record<string, string>): Promise<FormState> {
  const t = await errorT(locale);
  return { ok: false, message: t('formHasErrors'), fieldErrors: { [field]: [t(key)] }, values };
}

export const PASSWORD_PROBLEM_KEYS: Record<PasswordProblem, ErrorKey> = {
  tooShort: 'passwordTooShort',
  tooLong: 'passwordTooLong',
  common: 'passwordCommon',
  containsEmail: 'passwordContainsEmail',
};

const ERROR_KEYS: Record<string, true> = Object.fromEntries(
  ['required', 'email', 'tooLong', 'passwordTooShort', 'passwordTooLong', 'code', 'role', 'unknownOrganization', 'invalidToken', 'organizationRequired'].map((k) => [k, true]),
);

/**
 * The site's own origin for links in emails: APP_URL. Never taken from the Host header in
 * production (an attacker could make reset links point elsewhere); in development the
 * request's host is used.
 */
export async function requestOrigin(): Promise<string> {
  if (configuredOrigin() || process.env.NODE_ENV === 'production') return siteOrigin();
  return siteOrigin(await headers());
}

/** The client's address, used only as an in-memory rate-limit key (never stored). */
export async function clientAddress(): Promise<string | null> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || null;
}
