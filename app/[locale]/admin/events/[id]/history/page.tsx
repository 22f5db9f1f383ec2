import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { DiffTable } from '@/components/admin/editors/DiffTable';
import { buttonClass } from '@/components/admin/forms/Field';
import { requireActor } from '@/lib/auth/session';
import { diffSnapshots, flattenSnapshot } from '@/lib/data/admin/diff';
import { getRevisionOrThrow, listRevisions } from '@/lib/data/admin/revisions';
import { restoreEventRevisionAction } from '../../actions';
import { loadEventOr404 } from '../../load';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ from?: string; to?: string; view?: string; stale?: string }> };

/** A8: every revision of an event; view one, compare two, restore one. */
export default async function EventHistoryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const event = await loadEventOr404(actor, id);
  const [t, c, format, revisions, sp] = await Promise.all([getTranslations('EditorHistory'), getTranslations('EditorCommon'), getFormatter(), listRevisions(actor, 'event', id), searchParams]);
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const from = sp.from && byId.has(sp.from) ? sp.from : null;
  const to = sp.to && byId.has(sp.to) ? sp.to : null;
  const view = sp.view && byId.has(sp.view) ? await getRevisionOrThrow(actor, sp.view) : null;
  let diff = null;
  if (from && to) {
    const [a, b] = await Promise.all([getRevisionOrThrow(actor, from), getRevisionOrThrow(actor, to)]);
    const [older, newer] = a.version <= b.version ? [a, b] : [b, a];
    diff = { rows: diffSnapshots(older.snapshot, newer.snapshot), older: older.version, newer: newer.version };
  }
  const labels = { field: c('field'), before: c('before'), after: c('after') };
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/events/${id}`} className="text-blue-800 underline">{t('backToEditor')}</Link></p>
      <h1 className="mb-4 text-2xl font-bold">{t('title', { name: event.title })}</h1>
      {sp.stale ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{c('staleAction')}</p> : null}
      {revisions.length === 0 ? <p>{t('none')}</p> : (
        <form method="get" className="mb-6">
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-start">
              <caption className="mb-2 text-start">{t('compareHint')}</caption>
              <thead>
                <tr className="border-b border-gray-500">
                  <th scope="col" className="p-2 text-start">{t('version')}</th>
                  <th scope="col" className="p-2 text-start">{t('action')}</th>
                  <th scope="col" className="p-2 text-start">{t('author')}</th>
                  <th scope="col" className="p-2 text-start">{t('when')}</th>
                  <th scope="col" className="p-2 text-start">{t('from')}</th>
                  <th scope="col" className="p-2 text-start">{t('to')}</th>
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
                    <td className="p-2"><input type="radio" name="from" value={r.id} defaultChecked={from ? from === r.id : i === 1} aria-label={t('fromN', { version: r.version })} className="size-5" /></td>
                    <td className="p-2"><input type="radio" name="to" value={r.id} defaultChecked={to ? to === r.id : i === 0} aria-label={t('toN', { version: r.version })} className="size-5" /></td>
                    <td className="p-2"><Link href={`?view=${r.id}`} className="text-blue-800 underline">{t('viewN', { version: r.version })}</Link></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit" className={`${buttonClass.secondary} mt-3`}>{t('compare')}</button>
        </form>
      )}
      {diff ? (
        <section aria-labelledby="diff-title" className="mb-8">
          <h2 id="diff-title" className="text-xl font-semibold">{t('diffTitle', { older: diff.older, newer: diff.newer })}</h2>
          {diff.rows.length === 0 ? <p>{t('noDifferences')}</p> : <DiffTable rows={diff.rows} labels={{ ...labels, caption: t('diffCaption', { count: diff.rows.length }) }} />}
        </section>
      ) : null}
      {view ? (
        <section aria-labelledby="view-title" className="mb-8">
          <h2 id="view-title" className="text-xl font-semibold">{t('viewTitle', { version: view.version })}</h2>
          {view.version !== event.version ? (
            <form action={restoreEventRevisionAction} className="my-3">
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="revisionId" value={view.id} />
              <input type="hidden" name="version" value={event.version} />
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
