-- A query word's alternatives often cover one another: "immigration" looks for
-- 'immigration':*, its French stem 'immigr':* and its English stem 'immigr':* — every
-- lexeme the first and third find, the second finds too. Each alternative is one more
-- posting list the GIN index reads and merges (for that word ~6 of its ~15 ms at 50,000
-- services), so alternatives another covers are dropped: a prefix covers the lexemes that
-- start with it, and a repeated alternative is kept once. The query finds exactly the same
-- services.
--
-- Ranking categories by ts_rank counts every alternative that matches, so the full
-- list is still returned as rank_tsq for that.

-- The alternatives (lexeme i, as a prefix when prefixes[i]) none of the others cover, OR-ed.
CREATE FUNCTION search_alternatives(lexemes text[], prefixes boolean[]) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  result tsquery;
  covered boolean;
  i int;
  j int;
BEGIN
  FOR i IN 1 .. coalesce(array_length(lexemes, 1), 0) LOOP
    covered := false;
    FOR j IN 1 .. array_length(lexemes, 1) LOOP
      CONTINUE WHEN j = i;
      -- j's prefix covers i; of two identical alternatives the first stays.
      IF prefixes[j] AND starts_with(lexemes[i], lexemes[j])
          AND (lexemes[i] <> lexemes[j] OR NOT prefixes[i] OR j < i) THEN
        covered := true;
      -- the same whole lexeme twice: the first stays.
      ELSIF NOT prefixes[i] AND NOT prefixes[j] AND lexemes[i] = lexemes[j] AND j < i THEN
        covered := true;
      END IF;
      EXIT WHEN covered;
    END LOOP;
    CONTINUE WHEN covered;
    result := CASE WHEN result IS NULL THEN search_lexeme_query(lexemes[i], prefixes[i])
      ELSE result || search_lexeme_query(lexemes[i], prefixes[i]) END;
  END LOOP;
  RETURN result;
END
$$;

DROP FUNCTION search_query(text[], text[], text, boolean);

-- The query for query words. Each word matches itself (as a prefix from 3 letters), its stems
-- in the page's language and in English, the given similar words (typo correction: extras[i]
-- holds space-separated words for words[i]), and the marker of each category it names.
-- Words are all required, or with match_any any one of them. Also returns the query that any
-- one word satisfies and the categories the words name (both rank results), and the query
-- with every alternative, covered or not, to rank categories by.
CREATE FUNCTION search_query(words text[], extras text[], locale text, match_any boolean,
  OUT tsq tsquery, OUT any_word tsquery, OUT category_ids uuid[], OUT rank_tsq tsquery)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  cjk CONSTANT text := '[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]';
  stem_config regconfig := search_stem_config(locale);
  configs regconfig[] := ARRAY['pg_catalog.english'::regconfig];
  config regconfig;
  lexemes text[];
  prefixes boolean[];
  alternatives tsquery;
  every_alternative tsquery;
  named uuid[];
  category uuid;
  word text;
  stem text;
  extra text;
  has_long boolean;
  i int;
BEGIN
  category_ids := '{}';
  IF stem_config IS NOT NULL AND stem_config <> 'pg_catalog.english'::regconfig THEN
    configs := array_prepend(stem_config, configs);
  END IF;
  -- Words under 3 letters ("de", "a", "n" of "n-400") narrow nothing and cost much: they are
  -- left out whenever the query has longer words.
  has_long := EXISTS (SELECT 1 FROM unnest(words) AS w WHERE length(w) >= 3 OR w ~ cjk);
  FOR i IN 1 .. coalesce(array_length(words, 1), 0) LOOP
    word := words[i];
    CONTINUE WHEN word IS NULL OR word = '' OR ((match_any OR has_long) AND length(word) < CASE WHEN word ~ cjk THEN 1 ELSE 3 END);
    lexemes := ARRAY[word];
    prefixes := ARRAY[length(word) >= 3 AND word !~ cjk];
    IF word !~ cjk THEN
      FOREACH config IN ARRAY configs LOOP
        SELECT lexeme INTO stem FROM unnest(to_tsvector(config, word)) LIMIT 1;
        IF stem IS NOT NULL AND stem <> word THEN
          lexemes := lexemes || stem;
          prefixes := prefixes || (length(stem) >= 4);
        END IF;
      END LOOP;
    END IF;
    FOREACH extra IN ARRAY string_to_array(coalesce(extras[i], ''), ' ') LOOP
      IF extra <> '' THEN
        lexemes := lexemes || extra;
        prefixes := prefixes || false;
      END IF;
    END LOOP;
    alternatives := search_alternatives(lexemes, prefixes);
    every_alternative := search_lexeme_query(lexemes[1], prefixes[1]);
    FOR j IN 2 .. array_length(lexemes, 1) LOOP
      every_alternative := every_alternative || search_lexeme_query(lexemes[j], prefixes[j]);
    END LOOP;
    named := search_word_categories(alternatives);
    FOREACH category IN ARRAY named LOOP
      alternatives := alternatives || search_lexeme_query('#' || category, false);
      every_alternative := every_alternative || search_lexeme_query('#' || category, false);
    END LOOP;
    category_ids := category_ids || named;
    tsq := CASE WHEN tsq IS NULL THEN alternatives WHEN match_any THEN tsq || alternatives ELSE tsq && alternatives END;
    rank_tsq := CASE WHEN rank_tsq IS NULL THEN every_alternative WHEN match_any THEN rank_tsq || every_alternative ELSE rank_tsq && every_alternative END;
    any_word := CASE WHEN any_word IS NULL THEN alternatives ELSE any_word || alternatives END;
  END LOOP;
END
$$;
