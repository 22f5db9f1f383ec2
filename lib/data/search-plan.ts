import { Prisma } from '../generated/prisma/client';
import { searchPassSql, type SearchPassInput, type SearchPassRow } from './search-sql';

// How a query is tried (PRODUCT P2 "typo tolerance"). Strict first: every word must match
// (itself, as a prefix, or a stem). When that finds fewer than a handful, each word that
// occurs nowhere is widened with the most similar words of the index vocabulary (pg_trgm),
// so "abogdo" finds "abogado"; the widened query is a superset of the strict one, so its
// order stays sensible. When all words together still find nothing, any word may match.
// The runner is passed in so the benchmark times exactly the statements a page runs.

/**
 * Runs one statement; `workMem`: run it in a transaction with that much work_mem, and without
 * JIT compilation — the search statement's estimated cost can pass jit_above_cost on broad
 * queries, and compiling costs more than the few ms the statement runs for.
 */
export type SqlRunner = <T>(query: Prisma.Sql, options?: { workMem?: string }) => Promise<T[]>;

/**
 * Counting every filter option keeps all matches in memory at once: at 50,000 services that
 * is several MB, more than PostgreSQL's default work_mem (4 MB), and spilling to disk would
 * cost more than the counting. Set for the search statement only.
 */
export const SEARCH_WORK_MEM = '32MB';

export type SearchMatch = 'all' | 'similar' | 'any' | 'browse' | 'nothing';

export type SearchPlanInput = Omit<SearchPassInput, 'text'> & { q: string };

export type SearchPlanResult = SearchPassRow & { total: number; match: SearchMatch; corrections: string[] };

/** Below this many results, misspelled words are widened to similar ones. */
const FEW_RESULTS = 3;

export async function runSearchPlan(run: SqlRunner, input: SearchPlanInput): Promise<SearchPlanResult> {
  const pass = async (text: SearchPassInput['text']) => {
    const [row] = await run<SearchPassRow>(searchPassSql({ ...input, text }), { workMem: SEARCH_WORK_MEM });
    return { ...row!, total: row!.counts.total ?? 0 };
  };
  if (!input.q) return { ...(await pass(null)), match: 'browse', corrections: [] };

  const [{ words }] = (await run<{ words: string[] }>(Prisma.sql`SELECT search_words(${input.q}) AS words`)) as [{ words: string[] }];
  // Only punctuation, emoji or symbols: there is nothing to look for.
  if (words.length === 0) return { ...emptyRow(), match: 'nothing', corrections: [] };

  const none = words.map(() => '');
  let result = await pass({ words, extras: none, matchAny: false });
  let match: SearchMatch = 'all';
  let extras = none;
  if (result.total < FEW_RESULTS) {
    extras = await similarWords(run, words);
    if (extras.some(Boolean)) {
      const widened = await pass({ words, extras, matchAny: false });
      if (widened.total > result.total) [result, match] = [widened, 'similar'];
    }
  }
  if (result.total === 0 && words.length > 1) {
    const anyWord = await pass({ words, extras, matchAny: true });
    if (anyWord.total > 0) [result, match] = [anyWord, 'any'];
  }
  const corrections = match === 'all' ? [] : [...new Set(extras.flatMap((e) => e.split(' ')).filter(Boolean))];
  return { ...result, match, corrections };
}

/** For each word that occurs in no document: up to three similar words of the vocabulary. */
async function similarWords(run: SqlRunner, words: string[]): Promise<string[]> {
  const rows = await run<{ similar: string }>(Prisma.sql`
    SELECT coalesce((
      SELECT string_agg(term, ' ' ORDER BY rank)
      FROM (
        SELECT v.term, row_number() OVER (ORDER BY similarity(v.term, w.word) DESC, v.documents DESC, v.term) AS rank
        FROM "SearchVocabulary" v
        WHERE v.term % w.word
        ORDER BY rank LIMIT 3) AS best
      WHERE length(w.word) >= 4 AND w.word !~ '[\u3400-\u9FFF]'
        AND NOT EXISTS (SELECT 1 FROM "SearchVocabulary" known WHERE known.term = w.word)
    ), '') AS similar
    FROM unnest(${words}::text[]) WITH ORDINALITY AS w (word, position)
    ORDER BY w.position`);
  return rows.map((row) => row.similar);
}

function emptyRow(): SearchPassRow & { total: number } {
  return { total: 0, items: [], counts: { unfiltered: 0, total: 0 }, categoryCounts: {}, languageCounts: {}, matchedCategories: [] };
}
