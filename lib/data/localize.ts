// Turns an entity's source text plus its translation rows into what a page shows:
// the text, the language it is actually in, and how trustworthy the translation is.

export type TranslationRow = { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing' };

export type LocalizedText = {
  text: string;
  /** The language the text is written in (for the lang attribute). */
  lang: string;
  /** source: the original; fallback: the original shown because no translation exists. */
  status: 'source' | 'reviewed' | 'machine' | 'fallback';
  /** For machine translations: the source text, so that a reader can check it (PRODUCT L3). */
  original?: { text: string; lang: string };
};

export function localize(
  entity: { sourceLocale: string; translations?: TranslationRow[] },
  field: string,
  sourceText: string | null | undefined,
  locale: string,
): LocalizedText {
  const text = sourceText ?? '';
  if (locale === entity.sourceLocale) return { text, lang: entity.sourceLocale, status: 'source' };
  const row = entity.translations?.find((t) => t.locale === locale && t.field === field);
  if (row && row.status !== 'missing' && row.value.trim() !== '') {
    const original = row.status === 'machine' && text ? { text, lang: entity.sourceLocale } : undefined;
    return { text: row.value, lang: locale, status: row.status, ...(original ? { original } : {}) };
  }
  return { text, lang: entity.sourceLocale, status: text ? 'fallback' : 'source' };
}

/** Prisma `include` fragment: only the rows of the requested locale travel. */
export function translationsIn(locale: string) {
  return { where: { locale }, select: { locale: true, field: true, value: true, status: true } } as const;
}
