-- "We tried it": structured reviews of a showcase by care professionals from their own use.
-- One per person and showcase; the organisation is the verified care organisation the author
-- wrote for. lang is the language the author wrote in. The owning company may answer once;
-- staff hide an abusive review with a reason its author sees.
CREATE TABLE showcase_review (
  id              uuid PRIMARY KEY,
  showcase_id     uuid NOT NULL REFERENCES showcase (id),
  author_id       uuid NOT NULL REFERENCES account (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  setting         text NOT NULL CHECK (setting IN ('home-care', 'assisted-living', 'hospital-ward', 'primary-care', 'rehabilitation')),
  duration        text NOT NULL CHECK (duration IN ('under-3-months', '3-to-12-months', 'over-12-months')),
  worked          text NOT NULL CHECK (length(worked) BETWEEN 1 AND 2000),
  did_not_work    text NOT NULL CHECK (length(did_not_work) BETWEEN 1 AND 2000),
  recommend       text NOT NULL CHECK (recommend IN ('yes', 'with-reservations', 'no')),
  lang            text NOT NULL CHECK (lang IN ('fi', 'sv', 'en')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  answer          text CHECK (length(answer) BETWEEN 1 AND 2000),
  answered_by     uuid REFERENCES account (id),
  answered_at     timestamptz,
  hidden_reason   text CHECK (length(hidden_reason) BETWEEN 1 AND 500),
  hidden_by       uuid REFERENCES account (id),
  hidden_at       timestamptz,
  UNIQUE (showcase_id, author_id)
);
CREATE INDEX showcase_review_by_showcase ON showcase_review (showcase_id, created_at DESC);
CREATE INDEX showcase_review_by_author ON showcase_review (author_id);

-- "This helped me": anyone signed in marks a showcase useful, once, and may take it back.
CREATE TABLE showcase_useful (
  showcase_id uuid NOT NULL REFERENCES showcase (id),
  account_id  uuid NOT NULL REFERENCES account (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (showcase_id, account_id)
);
CREATE INDEX showcase_useful_by_account ON showcase_useful (account_id);
