'use server';
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import type { ImportFormState } from '@/components/admin/translations/import-form-state';
import { formLocale } from '@/lib/auth/action-helpers';
import { requireActor } from '@/lib/auth/session';
import { importContentTranslations } from '@/lib/data/admin/translation-exchange-import';
import type { ExchangeProblem } from '@/lib/translation-exchange/units';
import { contentImportFormSchema } from '@/lib/validation/admin/translation-exchange';

/** "Check and import" a translator's XLIFF or CSV: all of it, or nothing with every problem listed. */
export async function importTranslationsAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const locale = formLocale(formData);
  const actor = await requireActor('admin', 'staff');
  const t = await getTranslations({ locale, namespace: 'TranslationExchange' });
  const translationLocale = String(formData.get('translationLocale') ?? '');
  const parsed = contentImportFormSchema.safeParse({ locale, translationLocale, file: formData.get('file') });
  if (!parsed.success) {
    const fileMissing = parsed.error.issues.some((i) => i.path[0] === 'file');
    return { status: 'invalid', translationLocale, message: t(fileMissing ? 'fileRequired' : 'problems.locale', { locale: translationLocale }) };
  }
  const { file } = parsed.data;
  const result = await importContentTranslations(actor, { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, locale: translationLocale });
  if (!result.ok) {
    const shown = result.problems.slice(0, 200);
    return {
      status: 'rejected', translationLocale,
      message: t('rejected', { count: result.problems.length }),
      problems: shown.map((p) => describe(t, p)),
    };
  }
  revalidatePath(`/${locale}/admin/translations`);
  return { status: 'imported', translationLocale, message: t('imported', { updated: result.updated, unchanged: result.unchanged, empty: result.empty }) };
}

type T = Awaited<ReturnType<typeof getTranslations<'TranslationExchange'>>>;

function describe(t: T, p: ExchangeProblem): string {
  const values = { locale: '', kilobytes: 0, max: 0, length: 0, columns: '', detail: '', status: '', element: '', version: '', encoding: '', ...p.values };
  const what = t(`problems.${p.code}`, values);
  if (p.where && p.line) return t('atUnitLine', { unit: p.where, line: p.line, problem: what });
  if (p.where) return t('atUnit', { unit: p.where, problem: what });
  if (p.line) return t('atLine', { line: p.line, problem: what });
  return what;
}
