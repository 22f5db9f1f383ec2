-- Search counts every filter option from a few grouped rows instead of once per matching
-- service (docs/decisions/006-search.md, docs/PERFORMANCE.md): each search row gets its
-- yes/no traits as one bit mask, and ids for its distinct category and language arrays.
-- (The defaults below only let the columns be added to existing rows; they go at the end.)

-- AlterTable
ALTER TABLE "ServiceSearchDocument" ADD COLUMN     "categorySetId" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "languageSetId" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "traits" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SearchCategorySet" (
    "id" SERIAL NOT NULL,
    "categoryIds" UUID[],

    CONSTRAINT "SearchCategorySet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchLanguageSet" (
    "id" SERIAL NOT NULL,
    "languages" TEXT[],

    CONSTRAINT "SearchLanguageSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchCategorySet_categoryIds_key" ON "SearchCategorySet"("categoryIds");

-- CreateIndex
CREATE UNIQUE INDEX "SearchLanguageSet_languages_key" ON "SearchLanguageSet"("languages");


-- As in search_narrow_rows, plus traits and the category and language sets.
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

  -- Each service's categories with their ancestors, and the marker lexemes for them.
  -- A category is one marker lexeme, '#<id>': never produced from text (punctuation is
  -- dropped), never reached by a prefix. search_query() adds it to words naming the category.
  CREATE TEMP TABLE IF NOT EXISTS search_categories (service_id uuid PRIMARY KEY, ids uuid[], primary_id uuid, markers tsvector) ON COMMIT DROP;
  TRUNCATE search_categories;
  INSERT INTO search_categories
  WITH RECURSIVE service_categories (service_id, category_id, is_primary, depth) AS (
    SELECT sc."serviceId", sc."categoryId", sc."isPrimary", 0
    FROM "ServiceCategory" sc JOIN search_scope s ON s.id = sc."serviceId"
    UNION ALL
    SELECT sc.service_id, c."parentId", false, sc.depth + 1
    FROM service_categories sc JOIN "Category" c ON c.id = sc.category_id
    WHERE c."parentId" IS NOT NULL AND sc.depth < 4
  )
    SELECT service_id, array_agg(DISTINCT category_id) AS ids,
      (array_agg(category_id) FILTER (WHERE is_primary))[1] AS primary_id,
      array_to_tsvector(array_agg(DISTINCT '#' || category_id)) AS markers
    FROM service_categories
    GROUP BY service_id;

  -- The distinct category and language arrays, each stored once: counts group by their ids.
  INSERT INTO "SearchCategorySet" ("categoryIds")
  SELECT DISTINCT coalesce(c.ids, '{}') FROM search_scope s LEFT JOIN search_categories c ON c.service_id = s.id
  ON CONFLICT ("categoryIds") DO NOTHING;
  INSERT INTO "SearchLanguageSet" (languages)
  SELECT DISTINCT coalesce(s.languages, '{}') FROM "Service" s JOIN search_scope USING (id)
  ON CONFLICT (languages) DO NOTHING;

  INSERT INTO "ServiceSearchDocument" (
    "serviceId", document, names, "primaryCategoryId", "categoryIds", languages, "isFree", "acceptsWalkIns", "noIdNeeded",
    "servesRegardlessOfStatus", "interpreterAvailable", "wheelchairAccessible", latitudes, longitudes, "openMinutes", "sortName",
    listed, "verifiedAt", "createdAt", traits, "categorySetId", "languageSetId")
  WITH words AS (
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
    s.languages, s."isFree", s."acceptsWalkIns", coalesce('none_needed' = ANY (s."idsAccepted"), false), s."servesRegardlessOfStatus",
    s."interpreterAvailable",
    coalesce(places.wheelchair, false),
    coalesce(places.latitudes, '{}'),
    coalesce(places.longitudes, '{}'),
    coalesce(hours.minutes, '{}'::int4multirange),
    s.name,
    s.status = 'published' AND o.status = 'published',
    s."verifiedAt",
    s."createdAt",
    -- The bits of lib/data/search-sql.ts (TRAIT_BITS), from the same values as the columns above.
    CASE WHEN s."isFree" THEN 1 ELSE 0 END
      + CASE WHEN 'none_needed' = ANY (s."idsAccepted") THEN 2 ELSE 0 END
      + CASE WHEN s."servesRegardlessOfStatus" THEN 4 ELSE 0 END
      + CASE WHEN s."acceptsWalkIns" THEN 8 ELSE 0 END
      + CASE WHEN coalesce(places.wheelchair, false) THEN 32 ELSE 0 END
      + CASE WHEN s."interpreterAvailable" THEN 64 ELSE 0 END,
    category_set.id,
    language_set.id
  FROM "Service" s
  JOIN search_scope USING (id)
  JOIN "Organization" o ON o.id = s."organizationId"
  CROSS JOIN LATERAL (
    SELECT to_tsvector('pg_catalog.simple', search_normalize(concat_ws(' ', o.name, o."alternateName"))) AS vector
  ) AS org
  LEFT JOIN words w ON w.service_id = s.id
  LEFT JOIN search_categories c ON c.service_id = s.id
  JOIN "SearchCategorySet" category_set ON category_set."categoryIds" = coalesce(c.ids, '{}')
  JOIN "SearchLanguageSet" language_set ON language_set.languages = coalesce(s.languages, '{}')
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

  -- Sets no search row uses any more (a full refresh only: it sees every row).
  IF service_ids IS NULL THEN
    DELETE FROM "SearchCategorySet" cs WHERE NOT EXISTS (SELECT 1 FROM "ServiceSearchDocument" d WHERE d."categorySetId" = cs.id);
    DELETE FROM "SearchLanguageSet" ls WHERE NOT EXISTS (SELECT 1 FROM "ServiceSearchDocument" d WHERE d."languageSetId" = ls.id);
  END IF;

  -- Typo correction suggests words as written, never stems: only plain vectors count.
  INSERT INTO "SearchVocabulary" (term, documents)
  SELECT word, ndoc FROM ts_stat('SELECT plain FROM search_vectors')
  WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
  ON CONFLICT (term) DO UPDATE SET documents = greatest("SearchVocabulary".documents, excluded.documents);
END
$$;

-- Existing rows: the same values from the columns they already hold (no full rebuild).
INSERT INTO "SearchCategorySet" ("categoryIds")
SELECT DISTINCT coalesce("categoryIds", '{}') FROM "ServiceSearchDocument" ON CONFLICT ("categoryIds") DO NOTHING;
INSERT INTO "SearchLanguageSet" (languages)
SELECT DISTINCT coalesce(languages, '{}') FROM "ServiceSearchDocument" ON CONFLICT (languages) DO NOTHING;
UPDATE "ServiceSearchDocument" d SET
  traits = CASE WHEN d."isFree" THEN 1 ELSE 0 END + CASE WHEN d."noIdNeeded" THEN 2 ELSE 0 END
    + CASE WHEN d."servesRegardlessOfStatus" THEN 4 ELSE 0 END + CASE WHEN d."acceptsWalkIns" THEN 8 ELSE 0 END
    + CASE WHEN d."wheelchairAccessible" THEN 32 ELSE 0 END + CASE WHEN d."interpreterAvailable" THEN 64 ELSE 0 END,
  "categorySetId" = (SELECT id FROM "SearchCategorySet" WHERE "categoryIds" = coalesce(d."categoryIds", '{}')),
  "languageSetId" = (SELECT id FROM "SearchLanguageSet" WHERE languages = coalesce(d.languages, '{}'));

ALTER TABLE "ServiceSearchDocument" ALTER COLUMN "categorySetId" DROP DEFAULT,
  ALTER COLUMN "languageSetId" DROP DEFAULT,
  ALTER COLUMN "traits" DROP DEFAULT;
