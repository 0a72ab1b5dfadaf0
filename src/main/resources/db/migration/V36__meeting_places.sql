-- Events beyond trainings: workshops, matchmaking days and study visits share the training's
-- enrolment, seat pools, waitlist and calendar. A matchmaking day also has meeting slots
-- (meeting_minutes long, from the start to the end) with meeting_tables tables in each.
ALTER TABLE training
  ADD COLUMN kind text NOT NULL DEFAULT 'training'
    CHECK (kind IN ('training', 'workshop', 'matchmaking', 'study-visit')),
  ADD COLUMN meeting_minutes int CHECK (meeting_minutes BETWEEN 10 AND 60),
  ADD COLUMN meeting_tables int CHECK (meeting_tables BETWEEN 1 AND 200),
  ADD CONSTRAINT training_matchmaking_slots
    CHECK (kind <> 'matchmaking' OR (meeting_minutes IS NOT NULL AND meeting_tables IS NOT NULL));
CREATE INDEX training_kind ON training (kind, starts_at) WHERE status = 'published';

-- What an organisation offers and seeks at one matchmaking event, written by one of its enrolled members.
CREATE TABLE matchmaking_profile (
  training_id     uuid NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  account_id      uuid NOT NULL REFERENCES account (id),
  offers          text NOT NULL,
  seeks           text NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (training_id, organisation_id)
);

-- One-to-one meetings. A request holds the slot for both organisations until it is declined or
-- withdrawn; the table is given when the asked side accepts.
CREATE TABLE meeting (
  id                uuid PRIMARY KEY,
  training_id       uuid NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  slot              int NOT NULL CHECK (slot >= 0),
  requester_org     uuid NOT NULL REFERENCES organisation (id),
  requester_account uuid NOT NULL REFERENCES account (id),
  invitee_org       uuid NOT NULL REFERENCES organisation (id),
  invitee_account   uuid REFERENCES account (id),
  status            text NOT NULL CHECK (status IN ('requested', 'accepted', 'declined', 'withdrawn')),
  table_no          int CHECK (table_no >= 1),
  created_at        timestamptz NOT NULL DEFAULT now(),
  decided_at        timestamptz,
  CHECK (requester_org <> invitee_org),
  CHECK ((status = 'accepted') = (table_no IS NOT NULL AND invitee_account IS NOT NULL))
);
CREATE INDEX meeting_event ON meeting (training_id, slot);
-- A table is never used twice in a slot.
CREATE UNIQUE INDEX meeting_table_once ON meeting (training_id, slot, table_no) WHERE status = 'accepted';

-- Who is busy in which slot: one row per organisation and per person of every live meeting, so
-- that no organisation and no person is ever in two meetings at once, whatever the concurrency.
CREATE TABLE meeting_busy (
  training_id uuid NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  slot        int NOT NULL,
  party       uuid NOT NULL,
  meeting_id  uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  PRIMARY KEY (training_id, slot, party)
);
CREATE INDEX meeting_busy_meeting ON meeting_busy (meeting_id);
