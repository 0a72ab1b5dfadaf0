-- Helpers for generated columns over a showcase's published copy (jsonb).
CREATE FUNCTION ntc_text_array(j jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(x), '{}') FROM jsonb_array_elements_text(coalesce(j, '[]'::jsonb)) AS x $$;

CREATE TABLE showcase (
  id              uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  status          text NOT NULL CHECK (status IN ('draft', 'pending', 'published', 'changes-requested', 'archived')),
  -- The working copy that owners edit, and the copy the public sees (null until first approved).
  content         jsonb NOT NULL,
  published       jsonb,
  published_at    timestamptz,
  created_by      uuid REFERENCES account (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  submitted_at    timestamptz,
  view_count      bigint NOT NULL DEFAULT 0,
  contact_count   bigint NOT NULL DEFAULT 0
);
CREATE INDEX showcase_organisation ON showcase (organisation_id);
CREATE INDEX showcase_pending ON showcase (submitted_at, id) WHERE status = 'pending';

-- The public catalogue: a narrow projection of each public showcase's approved copy, kept
-- by a trigger so every write path (service, demo, generator) keeps it right. Search and
-- facets read only this table, never the wide rows with both copies.
CREATE TABLE showcase_listing (
  showcase_id     uuid PRIMARY KEY REFERENCES showcase (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL,
  published_at    timestamptz NOT NULL,
  title           jsonb NOT NULL,
  summary         jsonb NOT NULL,
  categories      text[] NOT NULL,
  target_groups   text[] NOT NULL,
  countries       text[] NOT NULL,
  languages       text[] NOT NULL,
  regulatory      text,
  evidence        text,
  -- Titles and summaries, each language stemmed by its own dictionary plus an unstemmed copy
  -- for names: matched and ranked. Descriptions: matched only.
  head            tsvector NOT NULL,
  doc             tsvector NOT NULL
);
CREATE INDEX showcase_listing_doc ON showcase_listing USING gin (doc);
CREATE INDEX showcase_listing_categories ON showcase_listing USING gin (categories);
CREATE INDEX showcase_listing_target_groups ON showcase_listing USING gin (target_groups);
CREATE INDEX showcase_listing_countries ON showcase_listing USING gin (countries);
CREATE INDEX showcase_listing_newest ON showcase_listing (published_at DESC, showcase_id);

CREATE FUNCTION ntc_showcase_head(p jsonb) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('finnish'::regconfig, coalesce(p->'title'->>'fi', '')), 'A')
        || setweight(to_tsvector('swedish'::regconfig, coalesce(p->'title'->>'sv', '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(p->'title'->>'en', '')), 'A')
        || setweight(to_tsvector('finnish'::regconfig, coalesce(p->'summary'->>'fi', '')), 'B')
        || setweight(to_tsvector('swedish'::regconfig, coalesce(p->'summary'->>'sv', '')), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce(p->'summary'->>'en', '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, concat_ws(' ', p->'title'->>'fi', p->'title'->>'sv',
             p->'title'->>'en', p->'summary'->>'fi', p->'summary'->>'sv', p->'summary'->>'en')), 'D')
  $$;

CREATE FUNCTION ntc_showcase_body(p jsonb) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('finnish'::regconfig, coalesce(p->'description'->>'fi', '')), 'C')
        || setweight(to_tsvector('swedish'::regconfig, coalesce(p->'description'->>'sv', '')), 'C')
        || setweight(to_tsvector('english'::regconfig, coalesce(p->'description'->>'en', '')), 'C')
  $$;

CREATE FUNCTION ntc_showcase_listing_sync() RETURNS trigger
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
              ntc_showcase_head(NEW.published), ntc_showcase_head(NEW.published) || ntc_showcase_body(NEW.published))
      ON CONFLICT (showcase_id) DO UPDATE SET
        organisation_id = EXCLUDED.organisation_id, published_at = EXCLUDED.published_at, title = EXCLUDED.title,
        summary = EXCLUDED.summary, categories = EXCLUDED.categories, target_groups = EXCLUDED.target_groups,
        countries = EXCLUDED.countries, languages = EXCLUDED.languages, regulatory = EXCLUDED.regulatory,
        evidence = EXCLUDED.evidence, head = EXCLUDED.head, doc = EXCLUDED.doc;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER showcase_listing_sync
  AFTER INSERT OR UPDATE OF published, status, published_at, organisation_id ON showcase
  FOR EACH ROW EXECUTE FUNCTION ntc_showcase_listing_sync();

-- Every transition: who, when, from which state to which, and the reviewer's comment.
CREATE TABLE showcase_transition (
  id          bigserial PRIMARY KEY,
  showcase_id uuid NOT NULL REFERENCES showcase (id) ON DELETE CASCADE,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    uuid REFERENCES account (id),
  from_status text,
  to_status   text NOT NULL,
  comment     text
);
CREATE INDEX showcase_transition_showcase ON showcase_transition (showcase_id, id);

-- Images live in the database so that every node of a cluster serves them.
CREATE TABLE showcase_image (
  id           uuid PRIMARY KEY,
  showcase_id  uuid NOT NULL REFERENCES showcase (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
  bytes        bytea NOT NULL,
  size         int NOT NULL,
  alt          text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX showcase_image_showcase ON showcase_image (showcase_id, created_at);

-- Messages from signed-in visitors to the company behind a showcase.
CREATE TABLE showcase_contact (
  id              uuid PRIMARY KEY,
  showcase_id     uuid NOT NULL REFERENCES showcase (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  sender_id       uuid REFERENCES account (id),
  message         text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX showcase_contact_organisation ON showcase_contact (organisation_id, created_at DESC);
CREATE INDEX showcase_contact_sender ON showcase_contact (sender_id, created_at);
