-- One search over everything the public may see: published showcases (of verified organisations),
-- published trainings and needs, public material that is not withdrawn, public library entries and
-- verified organisations. One narrow row per item, kept by triggers on the source tables so every
-- write path (services, demo, generator, migrations to come) keeps it right; a row exists only
-- while its item is public, so the search never needs to ask who may see what.
--
-- `doc` holds every language's text unstemmed ('simple'): the query side reaches inflected forms
-- and compounds by prefix (kotiho:* finds kotihoidon) and other languages through the thesaurus.
-- Titles weigh A, summaries and organisation names B, bodies C. Each category or target group the
-- item is filed under is one more lexeme, `topic` + its id without hyphens (topicolderpeople),
-- so a concept named after a taxonomy id also finds what is filed under it.
CREATE TABLE search_entry (
  id           uuid PRIMARY KEY,
  type         text NOT NULL CHECK (type IN ('showcase', 'training', 'challenge', 'material', 'library', 'organisation')),
  title        jsonb NOT NULL,
  summary      jsonb NOT NULL,
  url          text NOT NULL,
  published_at timestamptz NOT NULL,
  doc          tsvector NOT NULL
);
CREATE INDEX search_entry_doc ON search_entry USING gin (doc);
-- Counts per type: each type's own index, so a count of trainings never walks the showcases' lists.
CREATE INDEX search_entry_doc_showcase ON search_entry USING gin (doc) WHERE type = 'showcase';
CREATE INDEX search_entry_doc_training ON search_entry USING gin (doc) WHERE type = 'training';
CREATE INDEX search_entry_doc_challenge ON search_entry USING gin (doc) WHERE type = 'challenge';
CREATE INDEX search_entry_doc_material ON search_entry USING gin (doc) WHERE type = 'material';
CREATE INDEX search_entry_doc_library ON search_entry USING gin (doc) WHERE type = 'library';
CREATE INDEX search_entry_doc_organisation ON search_entry USING gin (doc) WHERE type = 'organisation';

-- The words of indexed titles and organisation names (and, added at start, the thesaurus's terms):
-- what "did you mean" suggests, by trigram similarity.
CREATE TABLE search_word (
  word text PRIMARY KEY
);
CREATE INDEX search_word_trigram ON search_word USING gin (word gin_trgm_ops);

CREATE FUNCTION ntc_search_all(j jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT concat_ws(' ', j->>'fi', j->>'sv', j->>'en') $$;

CREATE FUNCTION ntc_search_topics(topics text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(array_to_tsvector(coalesce(array_agg(DISTINCT 'topic' || replace(t, '-', '')), '{}')), 'B')
        FROM unnest(coalesce(topics, '{}')) AS t $$;

CREATE FUNCTION ntc_search_put(p_id uuid, p_type text, p_title jsonb, p_summary jsonb, p_url text, p_at timestamptz,
                               p_body text, p_owner text, p_topics text[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    v_doc tsvector := setweight(to_tsvector('simple', ntc_search_all(p_title)), 'A')
        || setweight(to_tsvector('simple', concat_ws(' ', ntc_search_all(p_summary), p_owner)), 'B')
        || setweight(to_tsvector('simple', coalesce(p_body, '')), 'C')
        || ntc_search_topics(p_topics);
  BEGIN
    INSERT INTO search_entry (id, type, title, summary, url, published_at, doc)
    VALUES (p_id, p_type, p_title, coalesce(p_summary, '{}'), p_url, coalesce(p_at, now()), v_doc)
    ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, title = EXCLUDED.title, summary = EXCLUDED.summary,
      url = EXCLUDED.url, published_at = EXCLUDED.published_at, doc = EXCLUDED.doc;
    INSERT INTO search_word (word)
    SELECT DISTINCT w FROM regexp_split_to_table(lower(concat_ws(' ', ntc_search_all(p_title), p_owner)), '[^[:alnum:]]+') AS w
    WHERE length(w) BETWEEN 4 AND 40 AND w !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING;
  END
  $$;

CREATE FUNCTION ntc_search_showcase(p_id uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE r record;
  BEGIN
    SELECT s.published, l.published_at, o.name INTO r
    FROM showcase_listing l JOIN showcase s ON s.id = l.showcase_id JOIN organisation o ON o.id = l.organisation_id
    WHERE l.showcase_id = p_id AND o.verified;
    IF NOT FOUND THEN
      DELETE FROM search_entry WHERE id = p_id;
    ELSE
      PERFORM ntc_search_put(p_id, 'showcase', r.published->'title', r.published->'summary', '/showcases/' || p_id,
        r.published_at, ntc_search_all(r.published->'description'), r.name,
        ntc_text_array(r.published->'categories') || ntc_text_array(r.published->'targetGroups'));
    END IF;
  END
  $$;

CREATE FUNCTION ntc_search_challenge(p_id uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE r record;
  BEGIN
    SELECT c.title, c.description, c.published_at, c.categories, c.target_groups, o.name INTO r
    FROM challenge c JOIN organisation o ON o.id = c.organisation_id
    WHERE c.id = p_id AND c.status = 'published';
    IF NOT FOUND THEN
      DELETE FROM search_entry WHERE id = p_id;
    ELSE
      PERFORM ntc_search_put(p_id, 'challenge', r.title, '{}'::jsonb, '/challenges/' || p_id, r.published_at,
        ntc_search_all(r.description), r.name, r.categories || r.target_groups);
    END IF;
  END
  $$;

CREATE FUNCTION ntc_search_training(p_id uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE r record;
  BEGIN
    SELECT t.title, t.description, t.starts_at, o.name INTO r
    FROM training t LEFT JOIN organisation o ON o.id = t.organisation_id
    WHERE t.id = p_id AND t.status = 'published';
    IF NOT FOUND THEN
      DELETE FROM search_entry WHERE id = p_id;
    ELSE
      PERFORM ntc_search_put(p_id, 'training', r.title, '{}'::jsonb, '/trainings/' || p_id, r.starts_at,
        ntc_search_all(r.description), r.name, '{}');
    END IF;
  END
  $$;

CREATE FUNCTION ntc_search_material(p_id uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE r record;
  BEGIN
    SELECT m.title, m.topic, m.created_at, o.name INTO r
    FROM material m LEFT JOIN organisation o ON o.id = m.organisation_id
    WHERE m.id = p_id AND m.visibility = 'public' AND m.withdrawn_at IS NULL;
    IF NOT FOUND THEN
      DELETE FROM search_entry WHERE id = p_id;
    ELSE
      PERFORM ntc_search_put(p_id, 'material', r.title, '{}'::jsonb, '/materials#material-' || p_id, r.created_at,
        NULL, r.name, ARRAY[r.topic]);
    END IF;
  END
  $$;

CREATE FUNCTION ntc_search_library(p_id uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE r record;
  BEGIN
    SELECT e.published, e.published_at, o.name INTO r
    FROM library_entry e LEFT JOIN organisation o ON o.id = e.organisation_id
    WHERE e.id = p_id AND e.published IS NOT NULL AND e.status <> 'archived';
    IF NOT FOUND THEN
      DELETE FROM search_entry WHERE id = p_id;
    ELSE
      PERFORM ntc_search_put(p_id, 'library', r.published->'title', r.published->'summary', '/library/' || p_id,
        r.published_at, ntc_search_all(r.published->'body'), r.name, ntc_text_array(r.published->'categories'));
    END IF;
  END
  $$;

CREATE FUNCTION ntc_search_organisation(p_id uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE r record;
  BEGIN
    SELECT o.name, o.description, o.verified_at, o.created_at INTO r FROM organisation o WHERE o.id = p_id AND o.verified;
    IF NOT FOUND THEN
      DELETE FROM search_entry WHERE id = p_id;
    ELSE
      PERFORM ntc_search_put(p_id, 'organisation', jsonb_build_object('fi', r.name, 'sv', r.name, 'en', r.name),
        r.description, '/organisations/' || p_id, coalesce(r.verified_at, r.created_at), NULL, NULL, '{}');
    END IF;
  END
  $$;

-- The showcase catalogue's own search understands the same: its rows' documents also hold the
-- organisation's name (so a company's name finds its showcases) and the topic lexemes.
CREATE FUNCTION ntc_showcase_extra(p jsonb, p_organisation uuid) RETURNS tsvector
  LANGUAGE sql STABLE
  AS $$
    SELECT setweight(to_tsvector('simple', coalesce((SELECT name FROM organisation WHERE id = p_organisation), '')), 'B')
        || ntc_search_topics(ntc_text_array(p->'categories') || ntc_text_array(p->'targetGroups'))
  $$;

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
              ntc_showcase_head(NEW.published) || ntc_showcase_body(NEW.published)
                || ntc_showcase_extra(NEW.published, NEW.organisation_id))
      ON CONFLICT (showcase_id) DO UPDATE SET
        organisation_id = EXCLUDED.organisation_id, published_at = EXCLUDED.published_at, title = EXCLUDED.title,
        summary = EXCLUDED.summary, categories = EXCLUDED.categories, target_groups = EXCLUDED.target_groups,
        countries = EXCLUDED.countries, languages = EXCLUDED.languages, regulatory = EXCLUDED.regulatory,
        evidence = EXCLUDED.evidence, head = EXCLUDED.head, doc = EXCLUDED.doc;
    END IF;
    RETURN NULL;
  END
  $$;

-- A renamed organisation: its showcases' catalogue documents follow (and, by the trigger below, the index).
CREATE FUNCTION ntc_showcase_listing_rename(p_organisation uuid) RETURNS void
  LANGUAGE sql
  AS $$
    UPDATE showcase_listing l
    SET doc = ntc_showcase_head(s.published) || ntc_showcase_body(s.published) || ntc_showcase_extra(s.published, s.organisation_id)
    FROM showcase s WHERE s.id = l.showcase_id AND l.organisation_id = p_organisation
  $$;

UPDATE showcase_listing l
SET doc = l.doc || ntc_showcase_extra(s.published, s.organisation_id)
FROM showcase s WHERE s.id = l.showcase_id;

CREATE FUNCTION ntc_search_sync() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    v_id uuid := (to_jsonb(NEW) ->> CASE WHEN TG_TABLE_NAME = 'showcase_listing' THEN 'showcase_id' ELSE 'id' END)::uuid;
  BEGIN
    CASE TG_TABLE_NAME
      WHEN 'showcase_listing' THEN PERFORM ntc_search_showcase(v_id);
      WHEN 'challenge' THEN PERFORM ntc_search_challenge(v_id);
      WHEN 'training' THEN PERFORM ntc_search_training(v_id);
      WHEN 'material' THEN PERFORM ntc_search_material(v_id);
      WHEN 'library_entry' THEN PERFORM ntc_search_library(v_id);
      WHEN 'organisation' THEN
        PERFORM ntc_search_organisation(v_id);
        IF TG_OP = 'UPDATE' THEN
          IF OLD.name IS DISTINCT FROM NEW.name THEN PERFORM ntc_showcase_listing_rename(v_id); END IF;
          PERFORM ntc_search_showcase(l.showcase_id) FROM showcase_listing l WHERE l.organisation_id = v_id;
          PERFORM ntc_search_challenge(c.id) FROM challenge c WHERE c.organisation_id = v_id AND c.status = 'published';
          PERFORM ntc_search_training(t.id) FROM training t WHERE t.organisation_id = v_id AND t.status = 'published';
          PERFORM ntc_search_material(m.id) FROM material m WHERE m.organisation_id = v_id AND m.withdrawn_at IS NULL;
          PERFORM ntc_search_library(e.id) FROM library_entry e WHERE e.organisation_id = v_id AND e.published IS NOT NULL;
        END IF;
    END CASE;
    RETURN NULL;
  END
  $$;

-- A deleted source row takes its entry with it.
CREATE FUNCTION ntc_search_drop() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    DELETE FROM search_entry
    WHERE id = (to_jsonb(OLD) ->> CASE WHEN TG_TABLE_NAME = 'showcase_listing' THEN 'showcase_id' ELSE 'id' END)::uuid;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER search_showcase AFTER INSERT OR UPDATE ON showcase_listing FOR EACH ROW EXECUTE FUNCTION ntc_search_sync();
CREATE TRIGGER search_showcase_drop AFTER DELETE ON showcase_listing FOR EACH ROW EXECUTE FUNCTION ntc_search_drop();
-- A showcase's description is not in its listing row: a change of the published copy alone re-indexes it.
CREATE FUNCTION ntc_search_showcase_sync() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN PERFORM ntc_search_showcase(NEW.id); RETURN NULL; END $$;
CREATE TRIGGER search_showcase_published AFTER UPDATE OF published ON showcase FOR EACH ROW
  WHEN (OLD.published IS DISTINCT FROM NEW.published) EXECUTE FUNCTION ntc_search_showcase_sync();
CREATE TRIGGER search_challenge AFTER INSERT OR UPDATE ON challenge FOR EACH ROW EXECUTE FUNCTION ntc_search_sync();
CREATE TRIGGER search_challenge_drop AFTER DELETE ON challenge FOR EACH ROW EXECUTE FUNCTION ntc_search_drop();
CREATE TRIGGER search_training AFTER INSERT OR UPDATE ON training FOR EACH ROW EXECUTE FUNCTION ntc_search_sync();
CREATE TRIGGER search_training_drop AFTER DELETE ON training FOR EACH ROW EXECUTE FUNCTION ntc_search_drop();
CREATE TRIGGER search_material AFTER INSERT OR UPDATE ON material FOR EACH ROW EXECUTE FUNCTION ntc_search_sync();
CREATE TRIGGER search_material_drop AFTER DELETE ON material FOR EACH ROW EXECUTE FUNCTION ntc_search_drop();
CREATE TRIGGER search_library AFTER INSERT OR UPDATE ON library_entry FOR EACH ROW EXECUTE FUNCTION ntc_search_sync();
CREATE TRIGGER search_library_drop AFTER DELETE ON library_entry FOR EACH ROW EXECUTE FUNCTION ntc_search_drop();
CREATE TRIGGER search_organisation AFTER INSERT ON organisation FOR EACH ROW EXECUTE FUNCTION ntc_search_sync();
CREATE TRIGGER search_organisation_change AFTER UPDATE OF name, description, verified ON organisation FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.description IS DISTINCT FROM NEW.description
        OR OLD.verified IS DISTINCT FROM NEW.verified)
  EXECUTE FUNCTION ntc_search_sync();
CREATE TRIGGER search_organisation_drop AFTER DELETE ON organisation FOR EACH ROW EXECUTE FUNCTION ntc_search_drop();

-- What is public already.
SELECT ntc_search_organisation(id) FROM organisation WHERE verified;
SELECT ntc_search_showcase(showcase_id) FROM showcase_listing;
SELECT ntc_search_challenge(id) FROM challenge WHERE status = 'published';
SELECT ntc_search_training(id) FROM training WHERE status = 'published';
SELECT ntc_search_material(id) FROM material WHERE visibility = 'public' AND withdrawn_at IS NULL;
SELECT ntc_search_library(id) FROM library_entry WHERE published IS NOT NULL AND status <> 'archived';
