// `npm run messages:import -- file [--locale es]`: a translator's XLIFF or CSV of UI messages
// back into messages/**/<locale>.json (PRODUCT L6). Everything is checked first (unknown
// keys, ICU syntax, placeholders, plural/select shape and tags against English, markup,
// encoding); if anything is wrong, every problem is listed and no file is written.
// CSV files do not name their locale: give --locale. Commit the changed files afterwards.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales';
import { planUiImport } from '../lib/translation-exchange/ui-exchange';
import { bundlePath } from '../lib/translation-exchange/ui-messages';
import { readLocale, writeBundle } from './lib/message-files';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { locale: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('Usage: npm run messages:import -- <file.xlf|file.csv> [--locale <locale>]');
  process.exit(2);
}
const plan = await planUiImport(new Uint8Array(readFileSync(positionals[0]!)), values.locale ?? null, LOCALES, await readLocale(DEFAULT_LOCALE), readLocale);
if (!plan.ok) {
  console.error(`Nothing was written. ${plan.problems.length} problem(s):`);
  for (const p of plan.problems) {
    const where = [p.line ? `line ${p.line}` : '', p.where ?? ''].filter(Boolean).join(', ');
    console.error(`  ${where ? `${where}: ` : ''}${p.code}${p.values ? ` ${JSON.stringify(p.values)}` : ''}`);
  }
  process.exit(1);
}
for (const { bundle, messages } of plan.files) writeBundle(bundle, plan.locale, messages);
console.log(`${plan.locale}: ${plan.updated} updated, ${plan.unchanged} unchanged; wrote ${plan.files.map((f) => bundlePath(f.bundle, plan.locale)).join(', ')}`);
if (plan.missing.length) console.log(`${plan.missing.length} key(s) still missing (English is shown for them): ${plan.missing.slice(0, 20).join(', ')}${plan.missing.length > 20 ? ', …' : ''}`);
