-- CreateEnum
CREATE TYPE "SearchAreaKind" AS ENUM ('zip', 'neighborhood');

-- CreateTable
CREATE TABLE "ServiceSearchDocument" (
    "serviceId" UUID NOT NULL,
    "document" tsvector NOT NULL,
    "headline" tsvector NOT NULL,
    "categoryIds" UUID[],
    "languages" TEXT[],
    "isFree" BOOLEAN NOT NULL,
    "acceptsWalkIns" BOOLEAN NOT NULL,
    "noIdNeeded" BOOLEAN NOT NULL,
    "servesRegardlessOfStatus" BOOLEAN NOT NULL,
    "interpreterAvailable" BOOLEAN NOT NULL,
    "wheelchairAccessible" BOOLEAN NOT NULL,
    "latitudes" DOUBLE PRECISION[],
    "longitudes" DOUBLE PRECISION[],
    "openMinutes" int4multirange,
    "sortName" TEXT NOT NULL,
    "listed" BOOLEAN NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceSearchDocument_pkey" PRIMARY KEY ("serviceId")
);

-- CreateTable
CREATE TABLE "ServiceSearchFacet" (
    "serviceId" UUID NOT NULL,
    "categoryIds" UUID[],
    "languages" TEXT[],
    "isFree" BOOLEAN NOT NULL,
    "acceptsWalkIns" BOOLEAN NOT NULL,
    "noIdNeeded" BOOLEAN NOT NULL,
    "servesRegardlessOfStatus" BOOLEAN NOT NULL,
    "interpreterAvailable" BOOLEAN NOT NULL,
    "wheelchairAccessible" BOOLEAN NOT NULL,
    "latitudes" DOUBLE PRECISION[],
    "longitudes" DOUBLE PRECISION[],
    "openMinutes" int4multirange,
    "sortName" TEXT NOT NULL,
    "listed" BOOLEAN NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceSearchFacet_pkey" PRIMARY KEY ("serviceId")
);

-- CreateTable
CREATE TABLE "CategorySearchDocument" (
    "categoryId" UUID NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "CategorySearchDocument_pkey" PRIMARY KEY ("categoryId")
);

-- CreateTable
CREATE TABLE "SearchVocabulary" (
    "term" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "SearchVocabulary_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "SearchArea" (
    "id" UUID NOT NULL,
    "kind" "SearchAreaKind" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SearchArea_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceSearchDocument_document_idx" ON "ServiceSearchDocument" USING GIN ("document");

-- CreateIndex
CREATE INDEX "CategorySearchDocument_document_idx" ON "CategorySearchDocument" USING GIN ("document");

-- CreateIndex
CREATE INDEX "SearchVocabulary_term_idx" ON "SearchVocabulary" USING GIN ("term" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "SearchArea_kind_code_key" ON "SearchArea"("kind", "code");

-- AddForeignKey
ALTER TABLE "ServiceSearchDocument" ADD CONSTRAINT "ServiceSearchDocument_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceSearchFacet" ADD CONSTRAINT "ServiceSearchFacet_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CategorySearchDocument" ADD CONSTRAINT "CategorySearchDocument_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Search functions (docs/decisions/004-search.md). Prisma does not model functions,
-- so they live only here; its schema diff neither creates nor drops them.
-- ---------------------------------------------------------------------------

-- A service's words in every locale make a large vector: keep it out of the table's pages,
-- uncompressed, so that reading rows to rank them stays cheap; a search reads only the GIN
-- index of this column.
ALTER TABLE "ServiceSearchDocument" ALTER COLUMN "document" SET STORAGE EXTERNAL;

-- Arabic and Dari spell some letters differently ("وکیل" / "وكيل"); one form each, without
-- short vowels or tatweel, and Eastern Arabic digits as ASCII. Skipped for other scripts.
CREATE FUNCTION search_fold_arabic(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN t ~ '[\u0600-\u06FF]' THEN
    translate(regexp_replace(t, '[\u064B-\u065F\u0670\u0640]', '', 'g'),
      U&'\0623\0625\0622\0671\0649\06CC\06A9\06C0\0629\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9',
      U&'\0627\0627\0627\0627\064A\064A\0643\0647\0647' || '01234567890123456789')
  ELSE t END
$$;

-- Chinese is written without spaces. Documents index every character and every pair of
-- characters; a query looks up its pairs (or its single character), so "律师" finds
-- "免费律师咨询" without a dictionary. Pairs are cut twice, from the first and from the
-- second character of each run; regular expressions only, which is fast.
CREATE FUNCTION search_split_cjk(t text, for_query boolean) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN t !~ '[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]' THEN t ELSE concat_ws(' ',
    regexp_replace(t, '[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+', ' ', 'g'),
    CASE WHEN NOT for_query THEN regexp_replace(runs, '([\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF])', ' \1 ', 'g') END,
    regexp_replace(runs, '([\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]{2})', ' \1 ', 'g'),
    regexp_replace(regexp_replace(runs, '(^| )[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]', '\1', 'g'), '([\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]{2})', ' \1 ', 'g'))
  END
  FROM (SELECT regexp_replace(t, '[^\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+', ' ', 'g') AS runs) AS r
$$;

-- Text as search compares it, the same for documents and queries: accents and case folded
-- (unaccent), Arabic script folded, punctuation turned into spaces, Chinese split.
-- One expression, so PostgreSQL inlines it into the queries that call it.
CREATE FUNCTION search_normalize(input text, for_query boolean DEFAULT false) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(btrim(search_split_cjk(
    regexp_replace(search_fold_arabic(lower(unaccent('unaccent'::regdictionary, input))), '[^[:alnum:]]+', ' ', 'g'),
    for_query)), '')
$$;

-- The stemming configuration PostgreSQL ships for a locale, or NULL (Haitian Creole, Dari
-- and Chinese have none; they are matched on whole words and prefixes only).
CREATE FUNCTION search_stem_config(locale text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE split_part(lower(locale), '-', 1)
    WHEN 'en' THEN 'pg_catalog.english'
    WHEN 'es' THEN 'pg_catalog.spanish'
    WHEN 'fr' THEN 'pg_catalog.french'
    WHEN 'pt' THEN 'pg_catalog.portuguese'
    WHEN 'ar' THEN 'pg_catalog.arabic'
  END::regconfig
$$;

-- A text's search vector: its words as they are (language-neutral, "simple") plus, where
-- the locale has a stemmer, their stems, so "clinics" meets "clinic" and "المحامي" meets
-- "محامي".
CREATE FUNCTION search_vector(locale text, body text) RETURNS tsvector
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  normalized text := search_normalize(body, false);
  config regconfig := search_stem_config(locale);
BEGIN
  IF normalized = '' THEN
    RETURN ''::tsvector;
  END IF;
  IF config IS NULL THEN
    RETURN to_tsvector('pg_catalog.simple', normalized);
  END IF;
  RETURN to_tsvector('pg_catalog.simple', normalized) || to_tsvector(config, normalized);
END
$$;

CREATE AGGREGATE search_vector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- Distance in miles between two points of one city: an equirectangular projection (under
-- 0.5% off within 50 miles), plain arithmetic so that it costs little per row.
CREATE FUNCTION search_distance_miles(lat1 float8, lng1 float8, lat2 float8, lng2 float8) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT sqrt(power((lat2 - lat1) * 69.05, 2) + power((lng2 - lng1) * 69.17 * cos(radians(lat1)), 2))
$$;

-- Query words: the normalized query's distinct words in the order typed, at most ten.
CREATE FUNCTION search_words(query text) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(lexeme ORDER BY first_position), '{}')
  FROM (
    SELECT lexeme, positions[1] AS first_position
    FROM unnest(to_tsvector('pg_catalog.simple', search_normalize(left(query, 200), true)))
    ORDER BY positions[1]
    LIMIT 10
  ) AS words
$$;

-- One lexeme as a tsquery. Built by quoting, never by parsing user text, so characters such
-- as & | ! : * ( ) can never become operators.
CREATE FUNCTION search_lexeme_query(word text, prefix boolean) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ('''' || replace(replace(word, '\', '\\'), '''', '''''') || '''' || CASE WHEN prefix THEN ':*' ELSE '' END)::tsquery
$$;

-- The tsquery for query words. Each word matches itself (as a prefix from 3 letters), its
-- stems in the page's language and in English, the given similar words (typo correction:
-- extras[i] holds space-separated words for words[i]), and the marker of every category
-- whose names or synonyms, in any locale, contain it (unless more than three do). Words are all required,
-- or with match_any any one of them (then words under 3 letters are ignored).
CREATE FUNCTION search_tsquery(words text[], extras text[], locale text, match_any boolean) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  cjk CONSTANT text := '[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]';
  stem_config regconfig := search_stem_config(locale);
  configs regconfig[] := ARRAY['pg_catalog.english'::regconfig];
  config regconfig;
  result tsquery;
  alternatives tsquery;
  word text;
  stem text;
  extra text;
  marker text;
  markers text[];
  i int;
BEGIN
  IF stem_config IS NOT NULL AND stem_config <> 'pg_catalog.english'::regconfig THEN
    configs := array_prepend(stem_config, configs);
  END IF;
  FOR i IN 1 .. coalesce(array_length(words, 1), 0) LOOP
    word := words[i];
    CONTINUE WHEN word IS NULL OR word = '' OR (match_any AND length(word) < CASE WHEN word ~ cjk THEN 2 ELSE 3 END);
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
    -- A word naming a category in any language also finds the category's services; a word
    -- found in many categories' synonyms ("help", "free", "de") names none of them.
    SELECT array_agg('#' || d."categoryId") INTO markers FROM "CategorySearchDocument" d WHERE d.document @@ alternatives;
    IF cardinality(markers) <= 3 THEN
      FOREACH marker IN ARRAY markers LOOP
        alternatives := alternatives || search_lexeme_query(marker, false);
      END LOOP;
    END IF;
    result := CASE WHEN result IS NULL THEN alternatives WHEN match_any THEN result || alternatives ELSE result && alternatives END;
  END LOOP;
  RETURN result;
END
$$;

-- Category documents: every name, tile label and synonym in every locale.
CREATE FUNCTION refresh_category_search() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CategorySearchDocument";
  INSERT INTO "CategorySearchDocument" ("categoryId", document)
  SELECT id, search_vector_agg(setweight(search_vector(locale, body), weight))
  FROM (
    SELECT c.id, c."sourceLocale" AS locale, 'A'::"char" AS weight, concat_ws(' ', c.name, c."plainLabel") AS body FROM "Category" c
    UNION ALL
    SELECT t."categoryId", t.locale, 'A', t.value
    FROM "CategoryTranslation" t JOIN "Category" c ON c.id = t."categoryId"
    WHERE t.field IN ('name', 'plainLabel') AND t.status <> 'missing' AND t.locale <> c."sourceLocale"
    UNION ALL
    SELECT s."categoryId", s.locale, 'B', s.term FROM "CategorySynonym" s
  ) AS texts
  GROUP BY id;
  -- Their words, as written, for typo correction.
  INSERT INTO "SearchVocabulary" (term, documents)
  SELECT word, ndoc FROM ts_stat($words$
    SELECT to_tsvector('pg_catalog.simple', search_normalize(string_agg(body, ' ')))
    FROM (
      SELECT id AS category_id, concat_ws(' ', name, "plainLabel") AS body FROM "Category"
      UNION ALL SELECT "categoryId", value FROM "CategoryTranslation" WHERE field IN ('name', 'plainLabel') AND status <> 'missing'
      UNION ALL SELECT "categoryId", term FROM "CategorySynonym") AS texts
    GROUP BY category_id$words$)
  WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
  ON CONFLICT (term) DO NOTHING;
END
$$;

-- Rebuilds the search rows of the given services (NULL: of every service, and the category
-- documents and the vocabulary from scratch). lib/data calls it after every write that
-- changes what search sees, in the same transaction; the seed calls it once at the end.
CREATE FUNCTION refresh_service_search(service_ids uuid[] DEFAULT NULL) RETURNS void
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
    DELETE FROM "ServiceSearchFacet";
  ELSE
    DELETE FROM "ServiceSearchDocument" WHERE "serviceId" = ANY (service_ids);
    DELETE FROM "ServiceSearchFacet" WHERE "serviceId" = ANY (service_ids);
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

  -- Each locale a service is written in: its words as written, and their stems where the
  -- locale has a stemmer, weighted A name, B summary, C description and eligibility, D how
  -- to apply. A missing translation adds nothing; the source locale's words still count.
  CREATE TEMP TABLE IF NOT EXISTS search_vectors (service_id uuid, locale text, plain tsvector, stemmed tsvector, names tsvector) ON COMMIT DROP;
  TRUNCATE search_vectors;
  INSERT INTO search_vectors
  SELECT service_id, locale,
    setweight(to_tsvector('pg_catalog.simple', a), 'A') || setweight(to_tsvector('pg_catalog.simple', b), 'B')
      || setweight(to_tsvector('pg_catalog.simple', c), 'C') || setweight(to_tsvector('pg_catalog.simple', d), 'D'),
    CASE WHEN config IS NOT NULL THEN
      setweight(to_tsvector(config, a), 'A') || setweight(to_tsvector(config, b), 'B')
        || setweight(to_tsvector(config, c), 'C') || setweight(to_tsvector(config, d), 'D')
    END,
    setweight(to_tsvector('pg_catalog.simple', a), 'A')
  FROM (
    SELECT service_id, locale, search_stem_config(locale) AS config,
      coalesce(string_agg(body, ' ') FILTER (WHERE weight = 'A'), '') AS a,
      coalesce(string_agg(body, ' ') FILTER (WHERE weight = 'B'), '') AS b,
      coalesce(string_agg(body, ' ') FILTER (WHERE weight = 'C'), '') AS c,
      coalesce(string_agg(body, ' ') FILTER (WHERE weight = 'D'), '') AS d
    FROM (
      SELECT s.id, s."sourceLocale", w.weight, search_normalize(w.body)
      FROM "Service" s JOIN search_scope USING (id)
      CROSS JOIN LATERAL (VALUES
        ('A', concat_ws(' ', s.name, s."alternateName")),
        ('B', s.summary),
        ('C', concat_ws(' ', s.description, s.eligibility)),
        ('D', s."howToApply")) AS w (weight, body)
      UNION ALL
      SELECT t."serviceId", t.locale,
        CASE t.field WHEN 'name' THEN 'A' WHEN 'alternateName' THEN 'A' WHEN 'summary' THEN 'B' WHEN 'howToApply' THEN 'D' ELSE 'C' END,
        search_normalize(t.value)
      FROM "ServiceTranslation" t JOIN "Service" s ON s.id = t."serviceId" JOIN search_scope scope ON scope.id = s.id
      WHERE t.field IN ('name', 'alternateName', 'summary', 'description', 'eligibility', 'howToApply')
        AND t.status <> 'missing' AND t.locale <> s."sourceLocale"
    ) AS texts (service_id, locale, weight, body)
    GROUP BY service_id, locale
  ) AS grouped;

  INSERT INTO "ServiceSearchDocument" (
    "serviceId", document, headline, "categoryIds", languages, "isFree", "acceptsWalkIns", "noIdNeeded",
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
  -- dropped), never reached by a prefix. search_tsquery() adds it to words naming the category.
  categories AS (
    SELECT service_id, array_agg(DISTINCT category_id) AS ids,
      string_agg(DISTINCT format('''#%s'':1%s', category_id, CASE WHEN is_primary THEN 'B' ELSE 'C' END), ' ')::tsvector AS markers
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
    coalesce(w.all_words, '') || coalesce(c.markers, '') || org.vector,
    coalesce(w.names, '') || coalesce(c.markers, '') || org.vector,
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
    SELECT setweight(to_tsvector('pg_catalog.simple', search_normalize(concat_ws(' ', o.name, o."alternateName"))), 'C') AS vector
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

  -- The narrow copy for searches without words.
  INSERT INTO "ServiceSearchFacet" (
    "serviceId", "categoryIds", languages, "isFree", "acceptsWalkIns", "noIdNeeded", "servesRegardlessOfStatus",
    "interpreterAvailable", "wheelchairAccessible", latitudes, longitudes, "openMinutes", "sortName", listed, "verifiedAt", "createdAt")
  SELECT d."serviceId", d."categoryIds", d.languages, d."isFree", d."acceptsWalkIns", d."noIdNeeded", d."servesRegardlessOfStatus",
    d."interpreterAvailable", d."wheelchairAccessible", d.latitudes, d.longitudes, d."openMinutes", d."sortName", d.listed, d."verifiedAt", d."createdAt"
  FROM "ServiceSearchDocument" d JOIN search_scope s ON s.id = d."serviceId";

  -- Typo correction suggests words as written, never stems: only plain vectors count.
  INSERT INTO "SearchVocabulary" (term, documents)
  SELECT word, ndoc FROM ts_stat('SELECT plain FROM search_vectors')
  WHERE length(word) >= 3 AND word !~ '^[0-9]+$'
  ON CONFLICT (term) DO UPDATE SET documents = greatest("SearchVocabulary".documents, excluded.documents);
END
$$;

-- What decides visibility is copied into the search tables, and kept exact here whatever
-- write path changes it (an editor, an import, SQL by hand): publishing, archiving or
-- verifying a service, or unpublishing its organization, shows at once in search.
CREATE FUNCTION search_follow_service() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  is_listed boolean := NEW.status = 'published' AND (SELECT status = 'published' FROM "Organization" WHERE id = NEW."organizationId");
BEGIN
  UPDATE "ServiceSearchDocument" SET listed = is_listed, "verifiedAt" = NEW."verifiedAt", "createdAt" = NEW."createdAt" WHERE "serviceId" = NEW.id;
  UPDATE "ServiceSearchFacet" SET listed = is_listed, "verifiedAt" = NEW."verifiedAt", "createdAt" = NEW."createdAt" WHERE "serviceId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_follow_service
  AFTER UPDATE OF status, "verifiedAt", "createdAt", "organizationId" ON "Service"
  FOR EACH ROW EXECUTE FUNCTION search_follow_service();

CREATE FUNCTION search_follow_organization() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ServiceSearchDocument" d SET listed = s.status = 'published' AND NEW.status = 'published'
  FROM "Service" s WHERE s."organizationId" = NEW.id AND d."serviceId" = s.id;
  UPDATE "ServiceSearchFacet" f SET listed = s.status = 'published' AND NEW.status = 'published'
  FROM "Service" s WHERE s."organizationId" = NEW.id AND f."serviceId" = s.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_follow_organization
  AFTER UPDATE OF status ON "Organization"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION search_follow_organization();

-- Index what an existing database already holds (a no-op on an empty one).
SELECT refresh_service_search(NULL);
