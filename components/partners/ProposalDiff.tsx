import { getTranslations } from 'next-intl/server';
import { DiffTable } from '@/components/admin/editors/DiffTable';
import type { DiffRow } from '@/lib/data/admin/diff';
import { isAppLocale, LOCALE_INFO } from '@/lib/i18n/locales';

/** A7: a proposal's changes, field by field, with the editor's field names. Values are text, never HTML. */
export async function ProposalDiff({ type, rows, caption }: { type: 'service' | 'event'; rows: DiffRow[]; caption: string }) {
  const [c, tf, t] = await Promise.all([getTranslations('EditorCommon'), getTranslations(type === 'service' ? 'EditorService' : 'EditorEvent'), getTranslations('Moderation')]);
  const name = (f: string) => (tf.has(`fields.${f}` as 'fields.name') ? tf(`fields.${f}` as 'fields.name') : f);
  const label = (field: string) => {
    const m = /^translations\.([^.]+)\.(.+)$/.exec(field);
    if (!m) return name(field);
    return `${name(m[2]!)} (${isAppLocale(m[1]!) ? LOCALE_INFO[m[1]!].endonym : m[1]})`;
  };
  if (rows.length === 0) return <p className="my-3">{t('noChanges')}</p>;
  return <DiffTable rows={rows} fieldLabel={label} labels={{ field: c('field'), before: c('before'), after: c('after'), caption }} />;
}
