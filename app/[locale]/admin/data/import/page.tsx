import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/Field';
import { ImportPreviewView } from '@/components/admin/hsds/ImportPreviewView';
import { requireActor } from '@/lib/auth/session';
import { ImportUploadError, previewHsdsImport } from '@/lib/data/hsds/import-staff';
import { MAX_UPLOAD_BYTES } from '@/lib/data/hsds/import-read';
import { applyHsdsImportAction } from './actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ upload?: string; error?: string; applied?: string }> };
const ERRORS = ['empty', 'tooLarge', 'notFound', 'invalid', 'changed', 'alreadyApplied'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const megabytes = MAX_UPLOAD_BYTES / 1024 / 1024;

/** I2 import: upload → preview (what will be created/updated, problems by file and row) → apply. */
export default async function ImportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const sp = await searchParams;
  const t = await getTranslations('AdminImport');
  const error = ERRORS.find((e) => e === sp.error);
  let preview = null;
  let missing = false;
  if (sp.upload && UUID.test(sp.upload)) {
    try {
      preview = await previewHsdsImport(actor, sp.upload);
    } catch (e) {
      if (!(e instanceof ImportUploadError)) throw e;
      missing = true;
    }
  }
  const shownError = error ?? (missing ? 'notFound' : undefined);
  return (
    <section>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      {shownError ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{t(`errors.${shownError}`, { megabytes })}</p> : null}
      {preview?.appliedAt && preview.summary ? (
        <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">
          {t('applied', {
            created: Object.values(preview.summary).reduce((n, c) => n + c.create, 0),
            updated: Object.values(preview.summary).reduce((n, c) => n + c.update, 0),
          })}
        </p>
      ) : null}
      {preview && sp.upload ? (
        <>
          <ImportPreviewView preview={preview} />
          {preview.problems.length === 0 && !preview.appliedAt ? (
            <form action={applyHsdsImportAction} className="mt-4">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="uploadId" value={sp.upload} />
              <p className="mb-2">{t('applyHint')}</p>
              <button type="submit" className={buttonClass.primary}>{t('apply')}</button>
            </form>
          ) : null}
          <p className="mt-6">
            <Link href={`/${locale}/admin/data/import`} className="text-blue-800 underline">{t('startOver')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="mb-4">{t('intro')}</p>
          <form action={`/api/admin/hsds-import?locale=${locale}`} method="post" encType="multipart/form-data">
            <label htmlFor="hsds-file" className="mb-1 block font-semibold">{t('fileLabel', { megabytes })}</label>
            <input id="hsds-file" name="file" type="file" required accept=".zip,.csv,application/zip,text/csv" className="mb-4 block" />
            <button type="submit" className={buttonClass.primary}>{t('check')}</button>
          </form>
        </>
      )}
    </section>
  );
}
