import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getSimpleEntityForEditOrThrow, listCategoryChoices, listSimpleEntities, TEXT_FIELDS, type SimpleKind } from '@/lib/data/admin/simple-entities';
import type { EditorFormState } from '../forms/form-state';
import { markEntityTranslationReviewedAction } from '@/app/[locale]/admin/translations/actions';
import { saveTranslationEntryAction } from '@/app/[locale]/admin/translations/entry-actions';
import { EditorIntl } from './EditorIntl';
import { EntityTranslations } from './EntityTranslations';
import { EditorNotices, type Notices } from './EditorNotices';
import { SimpleEditorForm } from './SimpleEditorForm';
import { TranslationEntryForm } from './TranslationEntryForm';
import { simpleFieldsFor } from './simple-fields';

type Action = (s: EditorFormState<Record<string, string>>, fd: FormData) => Promise<EditorFormState<Record<string, string>>>;
const path = (kind: SimpleKind) => (kind === 'organization' ? 'organizations' : 'guides');

export async function SimpleList({ actor, kind, locale }: { actor: Actor; kind: SimpleKind; locale: string }) {
  const [t, s, items] = await Promise.all([getTranslations('EditorSimple'), getTranslations('EditorService'), listSimpleEntities(actor, kind)]);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t(`${kind}s`)}</h1>
        <Link href={`/${locale}/admin/${path(kind)}/new`} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white">{t(`new_${kind}`)}</Link>
      </div>
      <ul className="divide-y divide-gray-200">
        {items.map((i) => (
          <li key={i.id} className="flex justify-between gap-3 py-2">
            <Link href={`/${locale}/admin/${path(kind)}/${i.id}`} className="text-blue-800 underline" dir="auto">{i.name}</Link>
            <span>{s(`status.${i.status}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}


export async function SimpleEdit({ actor, kind, locale, id, action, notices }: { actor: Actor; kind: SimpleKind; locale: string; id: string | null; action: Action; notices: Notices }) {
  const [t, c, s] = await Promise.all([getTranslations('EditorSimple'), getTranslations('EditorCommon'), getTranslations('EditorService')]);
  const fields = await simpleFieldsFor(kind, kind === 'guide' ? await listCategoryChoices(actor) : []);
  let loaded = null;
  if (id) {
    if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
    try {
      loaded = await getSimpleEntityForEditOrThrow(actor, kind, id);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }
  }
  const values = Object.fromEntries(fields.map((f) => [f.name, loaded ? String(loaded.row[f.name] ?? '') : f.name === 'status' ? 'draft' : f.name === 'sortOrder' ? '0' : '']));
  const version = loaded?.row.version ?? 1;
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/${path(kind)}`} className="text-blue-800 underline">{t(`${kind}s`)}</Link></p>
      <h1 className="mb-4 text-2xl font-bold" dir="auto">{loaded ? String(loaded.row.name ?? loaded.row.title) : t(`new_${kind}`)}</h1>
      <EditorNotices notices={notices} />
      {id ? <p className="mb-4"><Link href={`/${locale}/admin/revisions/${kind}/${id}`} className="text-blue-800 underline">{s('history')}</Link></p> : null}
      <EditorIntl>
        <SimpleEditorForm key={version} action={action} fields={fields} hidden={{ locale, ...(id ? { id } : {}) }} submitLabel={c('save')} initial={{ ok: true, fieldErrors: {}, values, version }} />
      </EditorIntl>
      {loaded && id ? (
        <>
          <EntityTranslations kind={kind} id={id} version={version} locale={locale} views={loaded.translationViews} action={markEntityTranslationReviewedAction}
            fieldLabel={(field) => fields.find((f) => f.name === field)?.label ?? field} />
          <TranslationEntryForm kind={kind} entity={{ id, version, sourceLocale: String(loaded.row.sourceLocale ?? 'en') }} locale={locale} outcome={notices.translation ?? null}
            fieldLabels={Object.fromEntries(TEXT_FIELDS[kind].map((f) => [f, fields.find((x) => x.name === f)?.label ?? f]))} action={saveTranslationEntryAction} />
        </>
      ) : null}
    </div>
  );
}
