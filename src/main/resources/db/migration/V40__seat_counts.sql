-- Seat counts per pool, kept by the enrolments themselves: an enrolment reads them on the pool
-- row it locks instead of counting every enrolment of the pool, and can take its place, write
-- its event and commit in one statement, so the lock is held for no round trip at all.
ALTER TABLE training_seat_pool
  ADD COLUMN confirmed  int NOT NULL DEFAULT 0,
  ADD COLUMN offered    int NOT NULL DEFAULT 0,
  ADD COLUMN waitlisted int NOT NULL DEFAULT 0;

UPDATE training_seat_pool p SET
  confirmed  = (SELECT count(*) FROM enrolment e WHERE e.training_id = p.training_id AND e.site = p.site AND e.status = 'confirmed'),
  offered    = (SELECT count(*) FROM enrolment e WHERE e.training_id = p.training_id AND e.site = p.site AND e.status = 'offered'),
  waitlisted = (SELECT count(*) FROM enrolment e WHERE e.training_id = p.training_id AND e.site = p.site AND e.status = 'waitlisted');

-- Every change of an enrolment's status or pool moves the counts in the same transaction.
CREATE FUNCTION enrolment_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status <> 'cancelled' THEN
    UPDATE training_seat_pool SET confirmed = confirmed - (OLD.status = 'confirmed')::int,
        offered = offered - (OLD.status = 'offered')::int, waitlisted = waitlisted - (OLD.status = 'waitlisted')::int
    WHERE training_id = OLD.training_id AND site = OLD.site;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status <> 'cancelled' THEN
    UPDATE training_seat_pool SET confirmed = confirmed + (NEW.status = 'confirmed')::int,
        offered = offered + (NEW.status = 'offered')::int, waitlisted = waitlisted + (NEW.status = 'waitlisted')::int
    WHERE training_id = NEW.training_id AND site = NEW.site;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER enrolment_counts AFTER INSERT OR DELETE OR UPDATE OF status, site, training_id ON enrolment
  FOR EACH ROW EXECUTE FUNCTION enrolment_counts();
