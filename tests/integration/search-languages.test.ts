import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from './support/db';
import { categoriesOf, search } from './support/search';

// Issue 3 "Done means": per locale, everyday queries find the expected category at the top,
// typed in the page's language, in another language (L4), or misspelled.
const db = testDb();
afterAll(() => db.$disconnect());

const EVERYDAY: [locale: string, query: string, category: string][] = [
  ['en', 'lawyer', 'legal-immigration'],
  ['es', 'abogado', 'legal-immigration'],
  ['fr', 'avocat', 'legal-immigration'],
  ['ht', 'avoka', 'legal-immigration'],
  ['ar', 'محامي', 'legal-immigration'],
  ['fa-AF', 'وکیل', 'legal-immigration'],
  ['zh-Hans', '律师', 'legal-immigration'],
  ['pt', 'advogado', 'legal-immigration'],
  ['en', 'green card', 'legal-immigration'],
  ['en', 'English class', 'english-classes'],
  ['es', 'clases de inglés', 'english-classes'],
  ['fr', "cours d'anglais", 'english-classes'],
  ['ht', 'kou angle', 'english-classes'],
  ['ar', 'دروس اللغة الإنجليزية', 'english-classes'],
  ['fa-AF', 'صنف انگلیسی', 'english-classes'],
  ['zh-Hans', '英语课', 'english-classes'],
  ['pt', 'aulas de inglês', 'english-classes'],
  ['en', 'citizenship', 'citizenship-civic'],
  ['es', 'ciudadanía', 'citizenship-civic'],
  ['zh-Hans', '入籍', 'citizenship-civic'],
  // Polish, Ukrainian, Russian and Vietnamese: the services are in English only, so these
  // find them through the categories' words in those languages.
  ['pl', 'prawnik', 'legal-immigration'],
  ['pl', 'kurs angielskiego', 'english-classes'],
  ['pl', 'lekarz', 'health'],
  ['uk', 'юрист', 'legal-immigration'],
  ['uk', 'курси англійської', 'english-classes'],
  ['uk', 'лікар', 'health'],
  ['ru', 'адвокат', 'legal-immigration'],
  ['ru', 'курсы английского', 'english-classes'],
  ['ru', 'работа', 'jobs-training'],
  ['vi', 'luật sư', 'legal-immigration'],
  ['vi', 'học tiếng Anh', 'english-classes'],
  ['vi', 'quốc tịch', 'citizenship-civic'],
  // UI-only locales (no translated demo content): their words still find English listings.
  ['sw', 'wakili', 'legal-immigration'],
  ['sw', 'darasa la Kiingereza', 'english-classes'],
  ['sw', 'daktari', 'health'],
  ['so', 'qareen', 'legal-immigration'],
  ['so', 'fasalka Ingiriisiga', 'english-classes'],
  ['so', 'shaqo', 'jobs-training'],
  ['ne', 'वकिल', 'legal-immigration'],
  ['ne', 'अंग्रेजी कक्षा', 'english-classes'],
  ['ne', 'खाना', 'food-basic-needs'],
  ['ps', 'وکیل', 'legal-immigration'],
  ['ps', 'د انګلیسي ټولګی', 'english-classes'],
  ['ps', 'ډاکټر', 'health'],
];

// Another language than the page's, and spellings people really type.
const CROSS_LANGUAGE_AND_TYPOS: [locale: string, query: string, category: string][] = [
  ['en', 'abogado', 'legal-immigration'],
  ['zh-Hans', 'lawyer', 'legal-immigration'],
  ['ar', 'avocat', 'legal-immigration'],
  ['en', 'وكيل', 'legal-immigration'], // Dari word in Arabic letters
  ['en', 'lawer', 'legal-immigration'],
  ['es', 'abogdo', 'legal-immigration'],
  ['fr', 'avocatt', 'legal-immigration'],
  ['en', 'inglish', 'english-classes'],
  ['es', 'clases de ingles', 'english-classes'],
  ['en', 'citizenshp', 'citizenship-civic'],
  ['en', 'LAWYER', 'legal-immigration'],
  ['ht', 'AVOKÀ', 'legal-immigration'],
  ['pl', 'adwokad', 'legal-immigration'],
  ['pl', 'jezyk angielski', 'english-classes'], // without Polish letters
  ['uk', 'адвакат', 'legal-immigration'],
  ['ru', 'анлгийский', 'english-classes'],
  ['vi', 'luat su', 'legal-immigration'], // without tone marks
  ['vi', 'tieng anhh', 'english-classes'],
  ['en', 'юрист', 'legal-immigration'],
  ['sw', 'wakilli', 'legal-immigration'],
  ['so', 'qareenn', 'legal-immigration'],
  ['ne', 'अंग्रेजि', 'english-classes'],
  ['ps', 'انګلیسی', 'english-classes'],
  ['en', 'mwanasheria', 'legal-immigration'], // Swahili word on the English page
];

describe.each([...EVERYDAY, ...CROSS_LANGUAGE_AND_TYPOS])('search in %s for “%s”', (locale, q, category) => {
  it(`puts ${category} at the top`, async () => {
    const outcome = await search(locale, { q });
    expect(outcome.total).toBeGreaterThan(0);
    const top = outcome.items.slice(0, 3).map((item) => item.slug);
    const categories = await categoriesOf(db, top);
    expect(categories.get(top[0]!)?.primary, `first result ${top[0]}`).toBe(category);
    for (const slug of top) expect(categories.get(slug)?.all, slug).toContain(category);
    expect(outcome.matchedCategories[0]?.slug).toBe(category);
  });
});

describe('search language handling', () => {
  it('shows results in the page language whatever the query language', async () => {
    const outcome = await search('es', { q: 'lawyer' });
    expect(outcome.items[0]!.name.lang).toBe('es');
  });

  it('says which similar words it also looked for', async () => {
    const outcome = await search('es', { q: 'abogdo' });
    expect(outcome.match).toBe('similar');
    expect(outcome.corrections).toContain('abogado');
  });

  it('falls back to any of the words when no service has all of them', async () => {
    const outcome = await search('en', { q: 'lawyer zzzqqqxxx' });
    expect(outcome.match).toBe('any');
    expect(outcome.total).toBeGreaterThan(0);
  });

  it('finds a Chinese word inside a longer Chinese text', async () => {
    // "免费律师" ("free lawyer") is a synonym; "律师" alone must still match inside it and elsewhere.
    const whole = await search('zh-Hans', { q: '免费律师' });
    const part = await search('zh-Hans', { q: '律师' });
    expect(whole.total).toBeGreaterThan(0);
    expect(part.total).toBeGreaterThanOrEqual(whole.total);
  });
});
