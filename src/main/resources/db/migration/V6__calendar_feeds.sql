-- A person's calendar subscription: the secret is kept only as a hash, so a database dump
-- does not reveal anyone's feed address. Rotating or deleting the row revokes it.
CREATE TABLE calendar_feed (
  account_id uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
