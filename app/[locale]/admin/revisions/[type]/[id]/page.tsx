import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DiffTable } from '@/components/admin/editors/DiffTable';
import { buttonClass } from '@/components/admin/forms/Field';
import { requireActor } from '@/lib/auth/session';
import { diffSnapshots, flattenSnapshot } from '@/lib/data/admin/diff';
import { currentVersionOf, getRevisionOrThrow, listRevisions, type EntityType } from '@/lib/data/admin/revisions';
import { editorPath } from '@/lib/validation/admin/entity-commands';
import { restoreRevisionAction, restoreSettingsRevisionAction } from '../../actions';
import { currentSettingsVersion } from '@/lib/data/admin/settings';

type Props = { params: Promise<{ locale: string; type: string; id: string }>; searchParams: Promise<{ from?: string; to?: string; view?: string; stale?: string; failed?: string }> };
const TYPES: EntityType[] = ['organization', 'guide', 'category', 'settings'];

/** A8 for organizations, guides, categories and settings: view and compare any revision. */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const { locale, type, id } = await params;
  setRequestLocale(locale);
  const entityType = TYPES.find((t) => t === type);
  if (!entityType || !/^([0-9a-f-]{36}|1)$/.test(id)) notFound();
  const actor = await requireActor(...(entityType === 'settings' ? (['admin'] as const) : (['admin', 'staff'] as const)));
  const [t, c, format, revisions, sp] = await Promise.all([getTranslations('EditorHistory'), getTranslations('EditorCommon'), getFormatter(), listRevisions(actor, entityType, id), searchParams]);
  const ids = new Set(revisions.map((r) => r.id));
  const latest = revisions[0] ? await getRevisionOrThrow(actor, revisions[0].id) : null;
  const name = String(latest?.snapshot.name ?? latest?.snapshot.title ?? latest?.snapshot.cityName ?? id);
  const restorable = entityType === 'organization' || entityType === 'guide' || entityType === 'category' ? entityType : null;
  const currentVersion = restorable ? await currentVersionOf(actor, restorable, id) : entityType === 'settings' ? await currentSettingsVersion(actor) : null;
  const view = sp.view && ids.has(sp.view) ? await getRevisionOrThrow(actor, sp.view) : null;
  let diff = null;
  if (sp.from && sp.to && ids.has(sp.from) && ids.has(sp.to)) {
    const [a, b] = await Promise.all([getRevisionOrThrow(actor, sp.from), getRevisionOrThrow(actor, sp.to)]);
    const [older, newer] = a.version <= b.version ? [a, b] : [b, a];
    diff = { rows: diffSnapshots(older.snapshot, newer.snapshot), older: older.version, newer: newer.version };
  }
  return (
    <div>
      {restorable ? <p className="mb-1"><a href={`/${locale}/admin/${editorPath(restorable)}/${id}`} className="text-blue-800 underline">{t('backToEditor')}</a></p> : null}
      <h1 className="mb-4 text-2xl font-bold" dir="auto">{t('title', { name })}</h1>
      {sp.stale ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{c('staleAction')}</p> : null}
      {sp.failed ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{t('restoreFailed')}</p> : null}
      {revisions.length === 0 ? <p>{t('none')}</p> : (
        <form method="get" className="mb-6">
          <table className="w-full border-collapse text-start">
            <caption className="mb-2 text-start">{t('compareHint')}</caption>
            <thead>
              <tr className="border-b border-gray-500">
                {(['version', 'action', 'author', 'when', 'from', 'to'] as const).map((h) => <th key={h} scope="col" className="p-2 text-start">{t(h)}</th>)}
                <th scope="col" className="p-2 text-start"><span className="sr-only">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, i) => (
                <tr key={r.id} className="border-b border-gray-200">
                  <td className="p-2">{r.version}</td>
                  <td className="p-2">{t(`actions_.${r.action as 'update'}`)}</td>
                  <td className="p-2">{r.authorName ?? t('system')}</td>
                  <td className="p-2">{format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td className="p-2"><input type="radio" name="from" value={r.id} defaultChecked={sp.from ? sp.from === r.id : i === 1} aria-label={t('fromN', { version: r.version })} className="size-5" /></td>
                  <td className="p-2"><input type="radio" name="to" value={r.id} defaultChecked={sp.to ? sp.to === r.id : i === 0} aria-label={t('toN', { version: r.version })} className="size-5" /></td>
                  <td className="p-2"><a href={`?view=${r.id}`} className="text-blue-800 underline">{t('viewN', { version: r.version })}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" className={`${buttonClass.secondary} mt-3`}>{t('compare')}</button>
        </form>
      )}
      {diff ? (
        <section aria-labelledby="diff-title" className="mb-8">
          <h2 id="diff-title" className="text-xl font-semibold">{t('diffTitle', { older: diff.older, newer: diff.newer })}</h2>
          {diff.rows.length === 0 ? <p>{t('noDifferences')}</p> : <DiffTable rows={diff.rows} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: t('diffCaption', { count: diff.rows.length }) }} />}
        </section>
      ) : null}
      {view ? (
        <section aria-labelledby="view-title">
          <h2 id="view-title" className="text-xl font-semibold">{t('viewTitle', { version: view.version })}</h2>
          {entityType === 'settings' && currentVersion !== null && view.version !== currentVersion ? (
            <form action={restoreSettingsRevisionAction} className="my-3">
              <input type="hidden" name="revisionId" value={view.id} />
              <input type="hidden" name="version" value={currentVersion} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className={buttonClass.primary}>{t('restoreN', { version: view.version })}</button>
            </form>
          ) : null}
          {restorable && currentVersion !== null && view.version !== currentVersion ? (
            <form action={restoreRevisionAction} className="my-3">
              <input type="hidden" name="kind" value={restorable} />
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="revisionId" value={view.id} />
              <input type="hidden" name="version" value={currentVersion} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className={buttonClass.primary}>{t('restoreN', { version: view.version })}</button>
            </form>
          ) : null}
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
            {[...flattenSnapshot(view.snapshot)].map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-mono text-sm" dir="ltr">{k}</dt>
                <dd className="whitespace-pre-wrap break-words" dir="auto">{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
