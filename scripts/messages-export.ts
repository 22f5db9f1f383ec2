// `npm run messages:export -- --locale es --format xliff|csv [--out file]`: the UI messages of
// one locale as a file for a translator (PRODUCT L6); stdout without --out.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales';
import { UI_TEXT_REVIEW } from '../lib/i18n/ui-text-review';
import { uiUnits, writeUiMessages } from '../lib/translation-exchange/ui-exchange';
import { readLocale } from './lib/message-files';

const { values } = parseArgs({ options: { locale: { type: 'string' }, format: { type: 'string', default: 'xliff' }, out: { type: 'string' } } });
const locale = values.locale ?? '';
if (!(LOCALES as readonly string[]).includes(locale) || locale === DEFAULT_LOCALE || !['xliff', 'csv'].includes(values.format!)) {
  console.error(`Usage: npm run messages:export -- --locale <${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')}> --format <xliff|csv> [--out file]`);
  process.exit(2);
}
const reviewed = Boolean((UI_TEXT_REVIEW as Record<string, { reviewedBy: string | null } | undefined>)[locale]?.reviewedBy);
const body = writeUiMessages(uiUnits(await readLocale(DEFAULT_LOCALE), await readLocale(locale), reviewed), locale, values.format as 'xliff' | 'csv');
if (values.out) {
  writeFileSync(values.out, body);
  console.log(`Wrote ${values.out}`);
} else process.stdout.write(body);
