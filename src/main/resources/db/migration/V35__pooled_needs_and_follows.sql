-- Pooled needs: other care organisations co-sign a published need ("we have this need too") with
-- their own scale, so companies see every organisation behind a need and the combined scale.
-- A scale is a number of people (clients, patients, residents) the need concerns, so scales add up.

-- The owner's own number; existing needs take the first number of their free-text scale.
ALTER TABLE challenge
  ADD COLUMN scale       integer CHECK (scale BETWEEN 1 AND 1000000),
  -- Staff merged this duplicate into another need: its co-signers and answers moved there.
  ADD COLUMN merged_into uuid REFERENCES challenge (id);
UPDATE challenge SET scale = least(substring(expected_scale FROM '[0-9]{1,7}')::int, 1000000)
WHERE substring(expected_scale FROM '[0-9]{1,7}')::int > 0;

CREATE TABLE challenge_cosign (
  challenge_id    uuid NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  -- None only when a merged need's owner gave no number of its own.
  scale           integer CHECK (scale BETWEEN 1 AND 1000000),
  note            text,
  signed_by       uuid REFERENCES account (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (challenge_id, organisation_id)
);
CREATE INDEX challenge_cosign_organisation ON challenge_cosign (organisation_id);

-- Follow anything: a person follows single needs and organisations besides topics.
CREATE TABLE need_follower (
  account_id   uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  challenge_id uuid NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, challenge_id)
);
CREATE INDEX need_follower_challenge ON need_follower (challenge_id);

CREATE TABLE organisation_follower (
  account_id      uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, organisation_id)
);
CREATE INDEX organisation_follower_organisation ON organisation_follower (organisation_id);
