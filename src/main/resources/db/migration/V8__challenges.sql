-- Needs of care organisations, and companies' answers to them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE challenge (
  id              uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  created_by      uuid REFERENCES account (id) ON DELETE SET NULL,
  status          text NOT NULL CHECK (status IN ('draft', 'pending', 'published', 'changes-requested', 'closed')),
  title           jsonb NOT NULL,
  description     jsonb NOT NULL,
  categories      text[] NOT NULL,
  target_groups   text[] NOT NULL,
  country         text NOT NULL CHECK (country IN ('FI', 'SE', 'NO')),
  languages       text[] NOT NULL,
  responses_due   date NOT NULL,
  expected_scale  text,
  review_comment  text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  submitted_at    timestamptz,
  published_at    timestamptz
);
CREATE INDEX challenge_published ON challenge (published_at DESC, id) WHERE status = 'published';
CREATE INDEX challenge_pending ON challenge (submitted_at, id) WHERE status = 'pending';
CREATE INDEX challenge_organisation ON challenge (organisation_id);

CREATE TABLE challenge_answer (
  id              uuid PRIMARY KEY,
  challenge_id    uuid NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
  showcase_id     uuid NOT NULL REFERENCES showcase (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  author_id       uuid REFERENCES account (id) ON DELETE SET NULL,
  proposal        text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (challenge_id, showcase_id)
);

-- The words of a title and summary in every language, lower-cased: what "similar wording" compares.
CREATE FUNCTION ntc_words(title jsonb, summary jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(title->>'fi', '') || ' ' || coalesce(title->>'sv', '') || ' ' || coalesce(title->>'en', '')
                || ' ' || coalesce(summary->>'fi', '') || ' ' || coalesce(summary->>'sv', '') || ' ' || coalesce(summary->>'en', '')) $$;
CREATE INDEX showcase_listing_words ON showcase_listing USING gin (ntc_words(title, summary) gin_trgm_ops);
