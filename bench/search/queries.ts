// The benchmark's fixed query mix (issue 3): everyday words in every locale (taken from the
// seeded category synonyms), phrases, misspellings, other scripts, and the same with
// filters, plus searches by filters alone. Built deterministically; 240 queries.
import { ar } from '../../prisma/seed/data/categories-ar';
import type { CategoryLocaleData } from '../../prisma/seed/data/categories-base';
import { en } from '../../prisma/seed/data/categories-en';
import { es } from '../../prisma/seed/data/categories-es';
import { faAF } from '../../prisma/seed/data/categories-fa-af';
import { fr } from '../../prisma/seed/data/categories-fr';
import { ht } from '../../prisma/seed/data/categories-ht';
import { pt } from '../../prisma/seed/data/categories-pt';
import { zhHans } from '../../prisma/seed/data/categories-zh-hans';
import { seededRandom } from './random';

export type BenchQuery = { locale: string; query: string; kind: 'word' | 'phrase' | 'misspelling' | 'filtered' | 'filters-only' };

const SYNONYMS: [string, CategoryLocaleData][] = [['en', en], ['es', es], ['ar', ar], ['fr', fr], ['ht', ht], ['pt', pt], ['zh-Hans', zhHans], ['fa-AF', faAF]];

const PHRASES: [string, string][] = [
  ['en', 'free immigration lawyer'], ['en', 'english class for adults'], ['en', 'help with rent'], ['en', 'food pantry'],
  ['en', 'doctor without insurance'], ['en', 'job training program'], ['es', 'clases de inglés'], ['es', 'abogado de inmigración gratis'],
  ['es', 'ayuda con la renta'], ['es', 'comida gratis'], ['fr', 'cours de français'], ['fr', 'avocat gratuit'], ['fr', 'aide alimentaire'],
  ['ht', 'kou angle'], ['ht', 'avoka gratis'], ['pt', 'aulas de inglês'], ['pt', 'advogado de imigração'], ['ar', 'دروس اللغة الإنجليزية'],
  ['ar', 'مساعدة قانونية مجانية'], ['zh-Hans', '免费律师'], ['zh-Hans', '英语课'], ['fa-AF', 'کمک حقوقی رایگان'], ['fa-AF', 'صنف انگلیسی'],
  ['en', 'citizenship test'], ['en', 'tax help'], ['es', 'seguro médico'], ['en', 'mental health counseling'], ['en', 'green card renewal'],
  ['es', 'permiso de trabajo'], ['en', 'school enrollment'],
];

const MISSPELLINGS: [string, string][] = [
  ['en', 'lawer'], ['en', 'imigration'], ['en', 'inglish class'], ['en', 'docter'], ['en', 'citizenshp'], ['en', 'asylym'], ['en', 'shelterr'],
  ['es', 'abogdo'], ['es', 'inmigrasion'], ['es', 'clases de ingles'], ['es', 'vivienda'], ['fr', 'avocatt'], ['fr', 'imigration'],
  ['ht', 'avoca'], ['ht', 'imigrasion'], ['pt', 'advogdo'], ['pt', 'imigraçao'], ['ar', 'محامى'], ['en', 'foood bank'], ['en', 'translater'],
];

const FILTERS = [
  'free=1', 'opennow=1', 'lang=es', 'lang=ar', 'walkin=1', 'noid=1&allstatus=1', 'wheelchair=1', 'interpreter=1',
  'near=frog-hollow&within=2', 'near=06112&within=5&sort=distance', 'free=1&opennow=1', 'category=health&free=1',
  'near=downtown&sort=distance', 'lang=prs&free=1', 'category=legal-immigration&near=06106&within=5',
];

function pickSynonyms(data: CategoryLocaleData, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const all = Object.values(data).flatMap((c) => c.synonyms);
  return Array.from({ length: count }, () => random.pick(all));
}

export function benchQueries(): BenchQuery[] {
  const random = seededRandom(42);
  const q = (text: string) => `q=${encodeURIComponent(text)}`;
  const words: BenchQuery[] = SYNONYMS.flatMap(([locale, data], i) => pickSynonyms(data, 12, 100 + i).map((w) => ({ locale, query: q(w), kind: 'word' as const })));
  const phrases = PHRASES.map(([locale, text]) => ({ locale, query: q(text), kind: 'phrase' as const }));
  const misspellings = MISSPELLINGS.map(([locale, text]) => ({ locale, query: q(text), kind: 'misspelling' as const }));
  const textual = [...words, ...phrases, ...misspellings];
  const filtered = Array.from({ length: 80 }, () => {
    const base = random.pick(textual);
    return { locale: base.locale, query: `${base.query}&${random.pick(FILTERS)}`, kind: 'filtered' as const };
  });
  const filtersOnly = FILTERS.slice(0, 14).map((f, i) => ({ locale: SYNONYMS[i % SYNONYMS.length]![0], query: f, kind: 'filters-only' as const }));
  return [...words, ...phrases, ...misspellings, ...filtered, ...filtersOnly];
}
