import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { DEFAULT_LOCALE, isAppLocale } from '../../i18n/locales';
import { UI_TEXT_REVIEW } from '../../i18n/ui-text-review';
import { uiUnits, writeUiMessages } from '../../translation-exchange/ui-exchange';
import { loadBundles, type BundleName, type MessageTree } from '../../translation-exchange/ui-messages';
import { recordAudit } from '../audit';
import { ExchangeLocaleError } from './translation-exchange-export';

// Staff download the interface text of a locale for a translator, made by the same code as
// `npm run messages:export`. Bringing it back is a developer step (messages:import), because
// the files live in the code repository (docs/decisions/013).

async function importBundle(bundle: BundleName, locale: string): Promise<MessageTree> {
  try {
    const file = bundle === 'main' ? await import(`../../../messages/${locale}.json`) : await import(`../../../messages/${bundle}/${locale}.json`);
    return file.default as MessageTree;
  } catch {
    return {}; // a bundle not yet translated into this locale
  }
}

export async function exportUiMessagesForStaff(actor: Actor | null, query: { locale: string; format: 'xliff' | 'csv' }) {
  assertRole(actor, 'admin', 'staff');
  if (!isAppLocale(query.locale) || query.locale === DEFAULT_LOCALE) throw new ExchangeLocaleError();
  const reviewed = Boolean((UI_TEXT_REVIEW as Record<string, { reviewedBy: string | null } | undefined>)[query.locale]?.reviewedBy);
  const units = uiUnits(await loadBundles(DEFAULT_LOCALE, importBundle), await loadBundles(query.locale, importBundle), reviewed);
  await recordAudit({ action: 'ui_messages_export', actorId: actor.userId, details: { ...query, units: units.length } });
  const day = new Date().toISOString().slice(0, 10);
  return {
    fileName: `welcome-desk-interface-${query.locale}-${day}.${query.format === 'xliff' ? 'xlf' : 'csv'}`,
    contentType: query.format === 'xliff' ? 'application/xliff+xml; charset=utf-8' : 'text/csv; charset=utf-8',
    body: writeUiMessages(units, query.locale, query.format),
  };
}
