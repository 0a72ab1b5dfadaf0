-- Domain events (the outbox). A change writes its events in its own transaction; a relay
-- numbers committed events in commit order (seq) and puts them on the event bus.
CREATE TABLE event_log (
  id          bigserial PRIMARY KEY,
  seq         bigint UNIQUE,
  type        text NOT NULL,
  node        text NOT NULL,
  audience    text NOT NULL CHECK (audience IN ('public', 'staff', 'account')),
  account_id  uuid REFERENCES account (id) ON DELETE CASCADE,
  payload     jsonb NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((audience = 'account') = (account_id IS NOT NULL))
);
CREATE INDEX event_log_unnumbered ON event_log (id) WHERE seq IS NULL;
CREATE INDEX event_log_occurred ON event_log (occurred_at);

-- One row: the last number handed out. Its row lock makes relays on all nodes take turns,
-- so numbers become visible in order and a reader never skips one.
CREATE TABLE event_counter (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  last_seq bigint NOT NULL
);
INSERT INTO event_counter (last_seq) VALUES (0);

CREATE FUNCTION event_log_wake() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ntc_outbox', '');
  RETURN NULL;
END $$;
CREATE TRIGGER event_log_wake AFTER INSERT ON event_log FOR EACH STATEMENT EXECUTE FUNCTION event_log_wake();

CREATE INDEX notification_unread ON notification (account_id) WHERE read_at IS NULL;

-- Contact-point announcements and who is on duty.
CREATE TABLE announcement (
  id            uuid PRIMARY KEY,
  contact_point text NOT NULL REFERENCES contact_point (id),
  author_id     uuid REFERENCES account (id) ON DELETE SET NULL,
  text          jsonb NOT NULL,
  posted_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX announcement_feed ON announcement (contact_point, posted_at DESC);

CREATE TABLE staff_duty (
  account_id    uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
  contact_point text NOT NULL REFERENCES contact_point (id),
  since         timestamptz NOT NULL DEFAULT now()
);
