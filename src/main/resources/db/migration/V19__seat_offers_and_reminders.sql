-- A seat freed by a cancellation is offered to the first on its pool's waitlist, who has until
-- offer_expires_at (a day, at the latest the training's start) to accept it; an offered seat counts
-- as taken. An offer not taken in time passes on to the next person.
ALTER TABLE enrolment DROP CONSTRAINT enrolment_status_check;
ALTER TABLE enrolment ADD CONSTRAINT enrolment_status_check
  CHECK (status IN ('confirmed', 'offered', 'waitlisted', 'cancelled'));
ALTER TABLE enrolment ADD COLUMN offered_at timestamptz;
ALTER TABLE enrolment ADD COLUMN offer_expires_at timestamptz;
ALTER TABLE enrolment ADD CONSTRAINT enrolment_offer_deadline CHECK (status <> 'offered' OR offer_expires_at IS NOT NULL);
-- The scheduled job finds the offers that have lapsed.
CREATE INDEX enrolment_offer_expiry ON enrolment (offer_expires_at) WHERE status = 'offered';

-- Confirmed participants are reminded once, the day before; a reschedule reminds them again.
ALTER TABLE enrolment ADD COLUMN reminded_at timestamptz;
CREATE INDEX enrolment_unreminded ON enrolment (training_id) WHERE status = 'confirmed' AND reminded_at IS NULL;
