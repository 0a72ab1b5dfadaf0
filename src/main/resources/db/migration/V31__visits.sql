-- Bookable visits at a contact point: guided visits to its showroom or test home, and virtual study
-- visits whose meeting link only the people booked on them and staff see. A slot's capacity is
-- never exceeded: a booking locks the slot row and counts its confirmed bookings under that lock.
CREATE TABLE visit_slot (
  id            uuid PRIMARY KEY,
  contact_point text NOT NULL REFERENCES contact_point (id),
  kind          text NOT NULL CHECK (kind IN ('showroom', 'test-home', 'virtual')),
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  capacity      integer NOT NULL CHECK (capacity BETWEEN 1 AND 200),
  languages     text[] NOT NULL CHECK (cardinality(languages) BETWEEN 1 AND 3),
  description   jsonb NOT NULL DEFAULT '{}',
  meeting_link  text,
  created_by    uuid REFERENCES account (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  cancelled_at  timestamptz,
  CHECK (ends_at > starts_at),
  CHECK ((kind = 'virtual') = (meeting_link IS NOT NULL))
);
CREATE INDEX visit_slot_upcoming ON visit_slot (contact_point, starts_at) WHERE cancelled_at IS NULL;

CREATE TABLE visit_booking (
  id           uuid PRIMARY KEY,
  slot_id      uuid NOT NULL REFERENCES visit_slot (id),
  account_id   uuid NOT NULL REFERENCES account (id),
  status       text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
-- One live booking per person and slot; a cancelled one may be followed by a new one.
CREATE UNIQUE INDEX visit_booking_once ON visit_booking (slot_id, account_id) WHERE status = 'confirmed';
CREATE INDEX visit_booking_of_account ON visit_booking (account_id) WHERE status = 'confirmed';
