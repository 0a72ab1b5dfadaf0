-- Pilots: staff at a contact point turn an answer into a trial in a test arena; its outcome,
-- once published, is evidence on the showcase's page.
CREATE TABLE pilot (
  id                     uuid PRIMARY KEY,
  answer_id              uuid NOT NULL UNIQUE REFERENCES challenge_answer (id),
  challenge_id           uuid NOT NULL REFERENCES challenge (id),
  showcase_id            uuid NOT NULL REFERENCES showcase (id),
  care_organisation_id   uuid NOT NULL REFERENCES organisation (id),
  company_id             uuid NOT NULL REFERENCES organisation (id),
  contact_point          text NOT NULL REFERENCES contact_point (id),
  test_arena             text NOT NULL,
  starts_on              date NOT NULL,
  ends_on                date NOT NULL,
  goals                  jsonb NOT NULL,
  status                 text NOT NULL CHECK (status IN ('planned', 'running', 'completed', 'cancelled')),
  outcome                jsonb,
  outcome_published_at   timestamptz,
  created_by             uuid REFERENCES account (id) ON DELETE SET NULL,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX pilot_showcase ON pilot (showcase_id);

-- Categories a company follows, to hear of matching needs when they are published.
CREATE TABLE category_follow (
  organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  category        text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, category)
);
CREATE INDEX category_follow_category ON category_follow (category);
