-- Trainings run by staff, or by members of a verified organisation (then moderated).
CREATE TABLE training (
  id                  uuid PRIMARY KEY,
  organisation_id     uuid REFERENCES organisation (id),
  created_by          uuid REFERENCES account (id),
  status              text NOT NULL CHECK (status IN ('pending', 'published', 'changes-requested', 'cancelled')),
  title               jsonb NOT NULL,
  description         jsonb NOT NULL DEFAULT '{}'::jsonb,
  format              text NOT NULL CHECK (format IN ('onsite', 'online', 'hybrid')),
  contact_point       text NOT NULL REFERENCES contact_point (id),
  starts_at           timestamptz NOT NULL,
  ends_at             timestamptz NOT NULL,
  enrolment_closes_at timestamptz NOT NULL,
  language            text NOT NULL,
  audience            text[] NOT NULL,
  join_link           text,
  showcase_ids        uuid[] NOT NULL DEFAULT '{}',
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  submitted_at        timestamptz,
  CHECK (ends_at > starts_at),
  CHECK (enrolment_closes_at <= starts_at)
);
CREATE INDEX training_upcoming ON training (starts_at, id) WHERE status = 'published';
CREATE INDEX training_pending ON training (submitted_at, id) WHERE status = 'pending';

-- Seats: one pool ('main') for a plain training, or one per site for a hybrid one.
CREATE TABLE training_seat_pool (
  training_id uuid NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  site        text NOT NULL CHECK (site IN ('main', 'seinajoki', 'umea', 'online')),
  capacity    int NOT NULL CHECK (capacity > 0 AND capacity <= 10000),
  PRIMARY KEY (training_id, site)
);

-- Enrolments; the pool row is locked while one is added or cancelled, so seats never overflow.
CREATE TABLE enrolment (
  id           uuid PRIMARY KEY,
  training_id  uuid NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  account_id   uuid NOT NULL REFERENCES account (id),
  site         text NOT NULL,
  status       text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  arrival      bigserial NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  attended_at  timestamptz,
  FOREIGN KEY (training_id, site) REFERENCES training_seat_pool (training_id, site)
);
CREATE UNIQUE INDEX enrolment_once ON enrolment (training_id, account_id) WHERE status <> 'cancelled';
CREATE INDEX enrolment_pool ON enrolment (training_id, site, status, arrival);
CREATE INDEX enrolment_account ON enrolment (account_id);

-- In-app notifications (the live stream delivers them once it exists).
CREATE TABLE notification (
  id         uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  kind       text NOT NULL,
  payload    jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at    timestamptz
);
CREATE INDEX notification_account ON notification (account_id, created_at DESC);
