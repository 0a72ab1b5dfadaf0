-- The catalogue's text search finds a showcase through one index scan whatever the filters.
--
-- Each listing document also holds (1) a lexeme for every thesaurus concept its text names
-- ('0c' + the concept's id without hyphens, as the search index has since V26, derived from the
-- whole document by the same `search_concept` queries), so a widened word asks for one lexeme
-- instead of an OR of every prefix and phrase of the concept's terms; and (2) a lexeme for every
-- filter value ('#category=self-care', '#group=older-people', '#country=FI', '#language=fi',
-- '#regulatory=…', '#evidence=…'), so a text search with filters is one GIN intersection instead
-- of reading every row the words match and testing its filters (and its kilobyte of text) there.
-- Both kinds begin with a sign or digit: no word a visitor types reaches them by prefix.

CREATE FUNCTION ntc_showcase_filters(p_categories text[], p_groups text[], p_countries text[], p_languages text[],
                                     p_regulatory text, p_evidence text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_tsvector(ARRAY(SELECT DISTINCT v FROM (
          SELECT '#category=' || x FROM unnest(p_categories) AS x
          UNION ALL SELECT '#group=' || x FROM unnest(p_groups) AS x
          UNION ALL SELECT '#country=' || x FROM unnest(p_countries) AS x
          UNION ALL SELECT '#language=' || x FROM unnest(p_languages) AS x
          UNION ALL SELECT '#regulatory=' || p_regulatory WHERE p_regulatory IS NOT NULL
          UNION ALL SELECT '#evidence=' || p_evidence WHERE p_evidence IS NOT NULL) AS f(v))) $$;

-- A listing document with its concept lexemes derived afresh from all of it (earlier ones dropped first).
CREATE FUNCTION ntc_showcase_concepts(p_doc tsvector) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT d || array_to_tsvector(ARRAY(SELECT '0c' || replace(c.id, '-', '') FROM search_concept c WHERE d @@ c.query))
        FROM (SELECT ts_delete(p_doc, ARRAY(SELECT lexeme FROM unnest(p_doc) WHERE lexeme LIKE '0c%')) AS d) AS x $$;

-- A text query AND-ed with the filters' lexemes; a query without lexemes (only stop words) stays
-- empty and so matches nothing, as before.
CREATE FUNCTION ntc_tsquery_within(p_query tsquery, p_filters tsquery) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN numnode(p_query) = 0 THEN p_query ELSE p_query && p_filters END $$;

CREATE OR REPLACE FUNCTION ntc_showcase_listing_sync() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW.published IS NULL OR NEW.status = 'archived' THEN
      DELETE FROM showcase_listing WHERE showcase_id = NEW.id;
    ELSE
      INSERT INTO showcase_listing (showcase_id, organisation_id, published_at, title, summary, categories, target_groups,
                                    countries, languages, regulatory, evidence, head, doc)
      VALUES (NEW.id, NEW.organisation_id, COALESCE(NEW.published_at, now()), NEW.published->'title', NEW.published->'summary',
              ntc_text_array(NEW.published->'categories'), ntc_text_array(NEW.published->'targetGroups'),
              ntc_text_array(NEW.published->'countries'), ntc_text_array(NEW.published->'languages'),
              NEW.published->>'regulatoryStatus', NEW.published->>'evidenceLevel',
              ntc_showcase_head(NEW.published),
              ntc_showcase_concepts(ntc_showcase_head(NEW.published) || ntc_showcase_body(NEW.published)
                || ntc_showcase_extra(NEW.published, NEW.organisation_id))
                || ntc_showcase_filters(ntc_text_array(NEW.published->'categories'), ntc_text_array(NEW.published->'targetGroups'),
                     ntc_text_array(NEW.published->'countries'), ntc_text_array(NEW.published->'languages'),
                     NEW.published->>'regulatoryStatus', NEW.published->>'evidenceLevel'))
      ON CONFLICT (showcase_id) DO UPDATE SET
        organisation_id = EXCLUDED.organisation_id, published_at = EXCLUDED.published_at, title = EXCLUDED.title,
        summary = EXCLUDED.summary, categories = EXCLUDED.categories, target_groups = EXCLUDED.target_groups,
        countries = EXCLUDED.countries, languages = EXCLUDED.languages, regulatory = EXCLUDED.regulatory,
        evidence = EXCLUDED.evidence, head = EXCLUDED.head, doc = EXCLUDED.doc;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE OR REPLACE FUNCTION ntc_showcase_listing_rename(p_organisation uuid) RETURNS void
  LANGUAGE sql
  AS $$
    UPDATE showcase_listing l
    SET doc = ntc_showcase_concepts(ntc_showcase_head(s.published) || ntc_showcase_body(s.published)
          || ntc_showcase_extra(s.published, s.organisation_id))
        || ntc_showcase_filters(l.categories, l.target_groups, l.countries, l.languages, l.regulatory, l.evidence)
    FROM showcase s WHERE s.id = l.showcase_id AND l.organisation_id = p_organisation
  $$;

-- The search index's copy of a showcase does not depend on the listing's documents: a change of
-- them alone (these lexemes, a re-derivation of concepts) need not re-index it.
DROP TRIGGER search_showcase ON showcase_listing;
CREATE TRIGGER search_showcase AFTER INSERT OR UPDATE OF showcase_id, organisation_id, published_at, title, summary,
  categories, target_groups, countries, languages, regulatory, evidence ON showcase_listing
  FOR EACH ROW EXECUTE FUNCTION ntc_search_sync();

-- What is listed already: the index is built again once rather than updated row by row.
DROP INDEX showcase_listing_doc;
UPDATE showcase_listing
SET doc = ntc_showcase_concepts(doc) || ntc_showcase_filters(categories, target_groups, countries, languages, regulatory, evidence);
CREATE INDEX showcase_listing_doc ON showcase_listing USING gin (doc);
ANALYZE showcase_listing;
