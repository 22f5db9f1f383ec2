import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { SimpleKind } from '@/lib/data/admin/simple-entities';
import type { SimpleFieldSpec } from './SimpleEditorForm';

/** The organization and guide forms' fields, labelled in the editor's language. */
export async function simpleFieldsFor(kind: SimpleKind, categories: { id: string; name: string }[] = []): Promise<SimpleFieldSpec[]> {
  const [t, s] = await Promise.all([getTranslations('EditorSimple'), getTranslations('EditorService')]);
  const status: SimpleFieldSpec = { name: 'status', label: s('fields.status'), kind: 'select', options: (['draft', 'published', 'archived'] as const).map((v) => ({ value: v, label: s(`status.${v}`) })) };
  const slug: SimpleFieldSpec = { name: 'slug', label: s('fields.slug'), hint: s('hints.slug'), kind: 'text', required: true, maxLength: 100 };
  if (kind === 'organization') {
    return [
      { name: 'name', label: s('fields.name'), kind: 'text', required: true, maxLength: 200 },
      { name: 'alternateName', label: s('fields.alternateName'), kind: 'text', maxLength: 200 },
      slug, status,
      { name: 'description', label: s('fields.description'), kind: 'textarea', maxLength: 5000 },
      { name: 'website', label: s('fields.website'), hint: s('hints.website'), kind: 'url' },
      { name: 'email', label: s('fields.email'), kind: 'email' },
      { name: 'phone', label: s('fields.phone'), kind: 'tel' },
      { name: 'legalStatus', label: t('legalStatus'), hint: t('legalStatusHint'), kind: 'text', maxLength: 100 },
      { name: 'taxId', label: t('taxId'), kind: 'text', maxLength: 30 },
      { name: 'yearFounded', label: t('yearFounded'), kind: 'number' },
    ];
  }
  return [
    { name: 'title', label: t('title'), kind: 'text', required: true, maxLength: 200 },
    slug, status,
    { name: 'summary', label: s('fields.summary'), kind: 'textarea', maxLength: 500 },
    { name: 'body', label: t('body'), hint: t('bodyHint'), kind: 'textarea', required: true, maxLength: 20000 },
    { name: 'categoryId', label: t('category'), kind: 'select', options: [{ value: '', label: '—' }, ...categories.map((c) => ({ value: c.id, label: c.name }))] },
    { name: 'sortOrder', label: t('sortOrder'), kind: 'number' },
  ];
}
