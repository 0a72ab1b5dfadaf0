-- Mail leaves through this outbox: a row is written in the transaction of the change that causes
-- it, and whichever node holds a row's lease sends it. The body is composed when it is sent (or
-- shown to an admin) from the template, the language and the payload kept here.
CREATE TABLE mail_outbox (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id      uuid REFERENCES account (id) ON DELETE SET NULL,
  to_address      text NOT NULL,
  lang            text NOT NULL CHECK (lang IN ('en', 'fi', 'sv')),
  template        text NOT NULL,
  payload         jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- What a one-click unsubscribe turns off (a notification kind, or 'digest'); NULL: transactional mail.
  unsubscribe     text,
  status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
  attempts        int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until     timestamptz,
  leased_by       text,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status IN ('queued', 'sending');
CREATE INDEX mail_outbox_newest ON mail_outbox (created_at DESC, id);
CREATE INDEX mail_outbox_to ON mail_outbox (lower(to_address), created_at DESC);

-- Wakes the senders the moment mail is committed; their timer catches anything missed.
CREATE FUNCTION mail_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ntc_mail', '');
  RETURN NULL;
END $$;
CREATE TRIGGER mail_outbox_inserted AFTER INSERT ON mail_outbox FOR EACH STATEMENT EXECUTE FUNCTION mail_outbox_notify();

-- An address is proven by following the link mailed to it. Accounts from before mail existed count as proven.
ALTER TABLE account ADD COLUMN email_verified_at timestamptz;
UPDATE account SET email_verified_at = created_at WHERE erased_at IS NULL;
ALTER TABLE account ADD COLUMN digest_sent_at timestamptz;

-- Single-use links: email verification (naming the address it proves) and password reset. Only a hash is kept.
CREATE TABLE account_token (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  purpose    text NOT NULL CHECK (purpose IN ('verify-email', 'password-reset')),
  email      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);
CREATE INDEX account_token_account ON account_token (account_id, purpose);

-- How each person wants each kind of notification by mail; a kind without a row has its default.
CREATE TABLE notification_setting (
  account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  kind       text NOT NULL,
  delivery   text NOT NULL CHECK (delivery IN ('immediately', 'daily', 'off')),
  PRIMARY KEY (account_id, kind)
);

-- How a notification was to be mailed when it was raised; daily ones wait for the digest.
ALTER TABLE notification ADD COLUMN delivery text NOT NULL DEFAULT 'off' CHECK (delivery IN ('immediately', 'daily', 'off'));
ALTER TABLE notification ADD COLUMN digested_at timestamptz;
CREATE INDEX notification_digest_due ON notification (account_id) WHERE delivery = 'daily' AND digested_at IS NULL;
