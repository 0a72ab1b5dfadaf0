-- Topics (taxonomy categories) a person follows, whoever they are: a newly published showcase or
-- need in one of them reaches them as a notification, by default in their daily digest.
CREATE TABLE topic_follow (
  account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  category   text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, category)
);
CREATE INDEX topic_follow_category ON topic_follow (category);

-- The digest job looks for people with daily notifications still waiting, oldest first.
CREATE INDEX notification_digest_waiting ON notification (account_id, created_at) WHERE delivery = 'daily' AND digested_at IS NULL;
