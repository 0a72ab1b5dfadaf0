-- A need ends with an outcome its organisation or staff name: a pilot started, a solution
-- found elsewhere, nothing suitable, or withdrawn; with a note for those who read it later.
ALTER TABLE challenge
  ADD COLUMN closed_outcome text CHECK (closed_outcome IN ('pilot', 'solution-found', 'no-solution', 'withdrawn')),
  ADD COLUMN closed_note    text,
  ADD COLUMN closed_at      timestamptz;

-- Staff list pilots by contact point and state.
CREATE INDEX pilot_contact_point ON pilot (contact_point, status);
