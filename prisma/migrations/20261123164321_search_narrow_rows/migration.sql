-- Search rows become one narrow row per service (docs/decisions/006-search.md): the
-- separate ServiceSearchFacet copy goes, the inline "headline" vector is replaced by an
-- out-of-line "names" vector, and ranking reads GIN indexes instead of ts_rank.
-- The new "names" column is filled by refresh_service_search() at the end of this file.

-- DropForeignKey
ALTER TABLE "ServiceSearchFacet" DROP CONSTRAINT "ServiceSearchFacet_serviceId_fkey";

-- AlterTable
ALTER TABLE "ServiceSearchDocument" DROP COLUMN "headline",
ADD COLUMN     "names" tsvector NOT NULL DEFAULT '',
ADD COLUMN     "primaryCategoryId" UUID;

-- DropTable
DROP TABLE "ServiceSearchFacet";

-- CreateIndex
CREATE INDEX "ServiceSearchDocument_names_idx" ON "ServiceSearchDocument" USING GIN ("names");

ALTER TABLE "ServiceSearchDocument" ALTER COLUMN "names" DROP DEFAULT;


-- A search without words scans every row, and PostgreSQL keeps a scanned table in its buffer
-- cache only while it is under a quarter of shared_buffers: rows must stay narrow. The two
-- vectors (a search reads only their GIN indexes) always go out of line, uncompressed, from
-- 400 bytes a row; the small columns stay inline, never compressed (MAIN).
ALTER TABLE "ServiceSearchDocument" SET (toast_tuple_target = 400);
ALTER TABLE "ServiceSearchDocument"
  ALTER COLUMN "document" SET STORAGE EXTERNAL,
  ALTER COLUMN "names" SET STORAGE EXTERNAL,
  ALTER COLUMN "categoryIds" SET STORAGE MAIN,
  ALTER COLUMN "languages" SET STORAGE MAIN,
  ALTER COLUMN "latitudes" SET STORAGE MAIN,
  ALTER COLUMN "longitudes" SET STORAGE MAIN,
  ALTER COLUMN "openMinutes" SET STORAGE MAIN,
  ALTER COLUMN "sortName" SET STORAGE MAIN;


-- The tsquery builder becomes search_query(), which also returns what ranking needs.
DROP FUNCTION search_tsquery(text[], text[], text, boolean);

-- The categories a query word names: those whose names or synonyms, in any locale, contain
-- it — unless more than three do ("help", "free", "de" name nothing in particular).
CREATE FUNCTION search_word_categories(alternatives tsquery) RETURNS uuid[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN count(*) <= 3 THEN coalesce(array_agg(d."categoryId"), '{}') ELSE '{}' END
  FROM "CategorySearchDocument" d WHERE d.document @@ alternatives
$$;

-- The query for query words. Each word matches itself (as a prefix from 3 letters), its stems
-- in the page's language and in English, the given similar words (typo correction: extras[i]
-- holds space-separated words for words[i]), and the marker of each category it names.
-- Words are all required, or with match_any any one of them. Also returns the query that any one word satisfies, and the categories the words
-- name: both rank results.
CREATE FUNCTION search_query(words text[], extras text[], locale text, match_any boolean, OUT tsq tsquery, OUT any_word tsquery, OUT category_ids uuid[])
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  cjk CONSTANT text := '[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]';
  stem_config regconfig := search_stem_config(locale);
  configs regconfig[] := ARRAY['pg_catalog.english'::regconfig];
  config regconfig;
  alternatives tsquery;
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
    alternatives := search_lexeme_query(word, length(word) >= 3 AND word !~ cjk);
    IF word !~ cjk THEN
      FOREACH config IN ARRAY configs LOOP
        SELECT lexeme INTO stem FROM unnest(to_tsvector(config, word)) LIMIT 1;
        IF stem IS NOT NULL AND stem <> word THEN
          alternatives := alternatives || search_lexeme_query(stem, length(stem) >= 4);
        END IF;
      END LOOP;
    END IF;
    FOREACH extra IN ARRAY string_to_array(coalesce(extras[i], ''), ' ') LOOP
      IF extra <> '' THEN
        alternatives := alternatives || search_lexeme_query(extra, false);
      END IF;
    END LOOP;
    named := search_word_categories(alternatives);
    FOREACH category IN ARRAY named LOOP
      alternatives := alternatives || search_lexeme_query('#' || category, false);
    END LOOP;
    category_ids := category_ids || named;
    tsq := CASE WHEN tsq IS NULL THEN alternatives WHEN match_any THEN tsq || alternatives ELSE tsq && alternatives END;
    any_word := CASE WHEN any_word IS NULL THEN alternatives ELSE any_word || alternatives END;
  END LOOP;
END
$$;

-- Category documents: every name, tile label and synonym in every locale.
CREATE OR REPLACE FUNCTION refresh_service_search(service_ids uuid[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- One refresh at a time: two concurrent refreshes of a service would both delete and
  -- then insert its row.
  PERFORM pg_advisory_xact_lock(hashtext('refresh_service_search'));
  IF service_ids IS NULL THEN
    DELETE FROM "SearchVocabulary";
    PERFORM refresh_category_search();
  END IF;
  IF service_ids IS NULL THEN
    DELETE FROM "ServiceSearchDocument";
  ELSE
    DELETE FROM "ServiceSearchDocument" WHERE "serviceId" = ANY (service_ids);
  END IF;

  CREATE TEMP TABLE IF NOT EXISTS search_scope (id uuid PRIMARY KEY) ON COMMIT DROP;
  TRUNCATE search_scope;
  IF service_ids IS NULL THEN
    INSERT INTO search_scope SELECT id FROM "Service";
  ELSE
    INSERT INTO search_scope SELECT DISTINCT s.id FROM unnest(service_ids) AS u (id) JOIN "Service" s ON s.id = u.id;
  END IF;
  -- Statistics, so that a refresh of a few services reads them through indexes.
  ANALYZE search_scope;

  -- Each locale a service is written in: its words as written (name, summary, description,
  -- eligibility, how to apply) and their stems where the locale has a stemmer; and its name
  -- alone. A missing translation adds nothing; the source locale's words still count.
  CREATE TEMP TABLE IF NOT EXISTS search_vectors (service_id uuid, locale text, plain tsvector, stemmed tsvector, names tsvector) ON COMMIT DROP;
  TRUNCATE search_vectors;
  INSERT INTO search_vectors
  SELECT service_id, locale, to_tsvector('pg_catalog.simple', body),
    CASE WHEN config IS NOT NULL THEN to_tsvector(config, body) END,
    CASE WHEN config IS NOT NULL THEN to_tsvector('pg_catalog.simple', name) || to_tsvector(config, name) ELSE to_tsvector('pg_catalog.simple', name) END
  FROM (
    SELECT service_id, locale, search_stem_config(locale) AS config,
      coalesce(string_agg(body, ' ') FILTER (WHERE is_name), '') AS name,
      string_agg(body, ' ') AS body
    FROM (
      SELECT s.id, s."sourceLocale", w.is_name, search_normalize(w.body)
      FROM "Service" s JOIN search_scope USING (id)
      CROSS JOIN LATERAL (VALUES
        (true, concat_ws(' ', s.name, s."alternateName")),
        (false, concat_ws(' ', s.summary, s.description, s.eligibility, s."howToApply"))) AS w (is_name, body)
      UNION ALL
      SELECT t."serviceId", t.locale, t.field IN ('name', 'alternateName'), search_normalize(t.value)
      FROM "ServiceTranslation" t JOIN "Service" s ON s.id = t."serviceId" JOIN search_scope scope ON scope.id = s.id
      WHERE t.field IN ('name', 'alternateName', 'summary', 'description', 'eligibility', 'howToApply')
        AND t.status <> 'missing' AND t.locale <> s."sourceLocale"
    ) AS texts (service_id, locale, is_name, body)
    GROUP BY service_id, locale
  ) AS grouped;

  INSERT INTO "ServiceSearchDocument" (
    "serviceId", document, names, "primaryCategoryId", "categoryIds", languages, "isFree", "acceptsWalkIns", "noIdNeeded",
    "servesRegardlessOfStatus", "interpreterAvailable", "wheelchairAccessible", latitudes, longitudes, "openMinutes", "sortName",
    listed, "verifiedAt", "createdAt")
  WITH RECURSIVE service_categories (service_id, category_id, is_primary, depth) AS (
    SELECT sc."serviceId", sc."categoryId", sc."isPrimary", 0
    FROM "ServiceCategory" sc JOIN search_scope s ON s.id = sc."serviceId"
    UNION ALL
    SELECT sc.service_id, c."parentId", false, sc.depth + 1
    FROM service_categories sc JOIN "Category" c ON c.id = sc.category_id
    WHERE c."parentId" IS NOT NULL AND sc.depth < 4
  ),
  -- A category is one marker lexeme, '#<id>': never produced from text (punctuation is
  -- dropped), never reached by a prefix. search_query() adds it to words naming the category.
  categories AS (
    SELECT service_id, array_agg(DISTINCT category_id) AS ids,
      (array_agg(category_id) FILTER (WHERE is_primary))[1] AS primary_id,
      array_to_tsvector(array_agg(DISTINCT '#' || category_id)) AS markers
    FROM service_categories
    GROUP BY service_id
  ),
  words AS (
    SELECT service_id,
      search_vector_agg(CASE WHEN stemmed IS NULL THEN plain ELSE plain || stemmed END) AS all_words,
      search_vector_agg(names) AS names
    FROM search_vectors
    GROUP BY service_id
  )
  SELECT s.id,
    -- Positions are stripped: matching never needs them, and the vectors get much smaller.
    strip(coalesce(w.all_words, '') || coalesce(c.markers, '') || org.vector),
    strip(coalesce(w.names, '')),
    c.primary_id,
    coalesce(c.ids, '{}'),
    s.languages, s."isFree", s."acceptsWalkIns", 'none_needed' = ANY (s."idsAccepted"), s."servesRegardlessOfStatus",
    s."interpreterAvailable",
    coalesce(places.wheelchair, false),
    coalesce(places.latitudes, '{}'),
    coalesce(places.longitudes, '{}'),
    coalesce(hours.minutes, '{}'::int4multirange),
    s.name,
    s.status = 'published' AND o.status = 'published',
    s."verifiedAt",
    s."createdAt"
  FROM "Service" s
  JOIN search_scope USING (id)
  JOIN "Organization" o ON o.id = s."organizationId"
  CROSS JOIN LATERAL (
    SELECT to_tsvector('pg_catalog.simple', search_normalize(concat_ws(' ', o.name, o."alternateName"))) AS vector
  ) AS org
  LEFT JOIN words w ON w.service_id = s.id
  LEFT JOIN categories c ON c.service_id = s.id
  LEFT JOIN LATERAL (
    SELECT bool_or(l."wheelchairAccessible") AS wheelchair,
      array_agg(point.latitude ORDER BY l.id) FILTER (WHERE point.latitude IS NOT NULL) AS latitudes,
      array_agg(point.longitude ORDER BY l.id) FILTER (WHERE point.latitude IS NOT NULL) AS longitudes
    FROM "ServiceAtLocation" sal
    JOIN "Location" l ON l.id = sal."locationId"
    LEFT JOIN LATERAL (
      SELECT l.latitude, l.longitude WHERE NOT l."isConfidential" AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL
      UNION ALL
      SELECT * FROM (
        SELECT a.latitude, a.longitude FROM "SearchArea" a
        WHERE (a.kind = 'neighborhood' AND lower(a.name) = lower(l.neighborhood))
           OR (a.kind = 'zip' AND a.code = left(l."postalCode", 5))
        ORDER BY a.kind DESC
        LIMIT 1) AS area
      WHERE l."isConfidential" OR l.latitude IS NULL OR l.longitude IS NULL
    ) AS point ON true
    WHERE sal."serviceId" = s.id
  ) AS places ON true
  LEFT JOIN LATERAL (
    SELECT range_agg(r) AS minutes
    FROM "WeeklyHours" wh
    CROSS JOIN LATERAL (SELECT (wh.weekday - 1) * 1440 + wh."opensAt" AS start,
      (wh.weekday - 1) * 1440 + CASE WHEN wh."closesAt" <= wh."opensAt" THEN wh."closesAt" + 1440 ELSE wh."closesAt" END AS finish) AS m
    CROSS JOIN LATERAL (
      SELECT int4range(m.start, least(m.finish, 10080))
      UNION ALL
      SELECT int4range(0, m.finish - 10080) WHERE m.finish > 10080) AS parts (r)
    WHERE wh."serviceId" = s.id
  ) AS hours ON true;

  -- Typo correction suggests words as written, never stems: only plain vectors count.
  INSERT INTO "SearchVocabulary" (term, documents)
  SELECT word, ndoc FROM ts_stat('SELECT plain FROM search_vectors')
  WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
  ON CONFLICT (term) DO UPDATE SET documents = greatest("SearchVocabulary".documents, excluded.documents);
END
$$;

-- What decides visibility is copied into ServiceSearchDocument, and kept exact here whatever
-- write path changes it (an editor, an import, SQL by hand): publishing, archiving or
-- verifying a service, or unpublishing its organization, shows at once in search.
CREATE OR REPLACE FUNCTION search_follow_service() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  is_listed boolean := NEW.status = 'published' AND (SELECT status = 'published' FROM "Organization" WHERE id = NEW."organizationId");
BEGIN
  UPDATE "ServiceSearchDocument" SET listed = is_listed, "verifiedAt" = NEW."verifiedAt", "createdAt" = NEW."createdAt" WHERE "serviceId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION search_follow_organization() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ServiceSearchDocument" d SET listed = s.status = 'published' AND NEW.status = 'published'
  FROM "Service" s WHERE s."organizationId" = NEW.id AND d."serviceId" = s.id;
  RETURN NULL;
END
$$;

-- Rebuild every search row in the new shape (a no-op on an empty database).
SELECT refresh_service_search(NULL);
