-- Organisers edit, reschedule and cancel trainings. Every change counts up the sequence that
-- calendar files carry (RFC 5545 SEQUENCE), so a calendar that imported the training replaces it.
ALTER TABLE training ADD COLUMN sequence int NOT NULL DEFAULT 0;

-- A cancellation keeps its reason (as the organiser wrote it, in one language) and what the training
-- was before: one that was published stays readable to everyone, marked as cancelled.
ALTER TABLE training ADD COLUMN cancel_reason text;
ALTER TABLE training ADD COLUMN cancelled_at timestamptz;
ALTER TABLE training ADD COLUMN cancelled_from text;

-- What people need to decide and to find their way: who teaches, where exactly, how to join.
ALTER TABLE training ADD COLUMN trainer text;
ALTER TABLE training ADD COLUMN room text;
ALTER TABLE training ADD COLUMN street_address text;
ALTER TABLE training ADD COLUMN join_instructions text;
