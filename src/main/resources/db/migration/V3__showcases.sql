-- Helpers for generated columns over a showcase's published copy (jsonb).
CREATE FUNCTION ntc_text_array(j jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(x), '{}') FROM jsonb_array_elements_text(coalesce(j, '[]'::jsonb)) AS x $$;

-- Each language stemmed by its own dictionary, plus an unstemmed 'simple' copy of the titles
-- and summaries so product names and words of other languages still match.
CREATE FUNCTION ntc_showcase_document(p jsonb) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN p IS NULL THEN NULL ELSE
         setweight(to_tsvector('finnish'::regconfig, coalesce(p->'title'->>'fi', '')), 'A')
      || setweight(to_tsvector('swedish'::regconfig, coalesce(p->'title'->>'sv', '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(p->'title'->>'en', '')), 'A')
      || setweight(to_tsvector('finnish'::regconfig, coalesce(p->'summary'->>'fi', '')), 'B')
      || setweight(to_tsvector('swedish'::regconfig, coalesce(p->'summary'->>'sv', '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(p->'summary'->>'en', '')), 'B')
      || setweight(to_tsvector('finnish'::regconfig, coalesce(p->'description'->>'fi', '')), 'C')
      || setweight(to_tsvector('swedish'::regconfig, coalesce(p->'description'->>'sv', '')), 'C')
      || setweight(to_tsvector('english'::regconfig, coalesce(p->'description'->>'en', '')), 'C')
      || setweight(to_tsvector('simple'::regconfig,
           concat_ws(' ', p->'title'->>'fi', p->'title'->>'sv', p->'title'->>'en',
                          p->'summary'->>'fi', p->'summary'->>'sv', p->'summary'->>'en')), 'D')
    END
  $$;

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
  contact_count   bigint NOT NULL DEFAULT 0,
  is_public       boolean GENERATED ALWAYS AS (published IS NOT NULL AND status <> 'archived') STORED,
  search          tsvector GENERATED ALWAYS AS (ntc_showcase_document(published)) STORED,
  pub_categories  text[] GENERATED ALWAYS AS (ntc_text_array(published->'categories')) STORED,
  pub_target_groups text[] GENERATED ALWAYS AS (ntc_text_array(published->'targetGroups')) STORED,
  pub_countries   text[] GENERATED ALWAYS AS (ntc_text_array(published->'countries')) STORED,
  pub_languages   text[] GENERATED ALWAYS AS (ntc_text_array(published->'languages')) STORED,
  pub_regulatory  text GENERATED ALWAYS AS (published->>'regulatoryStatus') STORED,
  pub_evidence    text GENERATED ALWAYS AS (published->>'evidenceLevel') STORED
);
CREATE INDEX showcase_search ON showcase USING gin (search) WHERE is_public;
CREATE INDEX showcase_categories ON showcase USING gin (pub_categories) WHERE is_public;
CREATE INDEX showcase_target_groups ON showcase USING gin (pub_target_groups) WHERE is_public;
CREATE INDEX showcase_countries ON showcase USING gin (pub_countries) WHERE is_public;
CREATE INDEX showcase_public_order ON showcase (published_at DESC, id) WHERE is_public;
CREATE INDEX showcase_organisation ON showcase (organisation_id);
CREATE INDEX showcase_pending ON showcase (submitted_at, id) WHERE status = 'pending';

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
