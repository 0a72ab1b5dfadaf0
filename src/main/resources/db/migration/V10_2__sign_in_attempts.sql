-- Limits on attempts (sign-ins, registrations, member look-ups), counted before any password is
-- hashed. One row per limited key: an account and address pair, an address, an account, … Emails
-- appear only as keyed hashes. Counting takes the row's lock, so parallel attempts each get their
-- own number and no burst slips past a limit, as it could when failures were counted afterwards.
CREATE TABLE attempt_limit (
  key          text PRIMARY KEY,
  window_start timestamptz NOT NULL DEFAULT now(),
  attempts     int NOT NULL DEFAULT 0,
  -- While set and in the future, every attempt is refused without being counted.
  locked_until timestamptz,
  -- Locks in a row without a quiet window between them; each lasts twice the one before, up to a cap.
  lockouts     int NOT NULL DEFAULT 0
);
CREATE INDEX attempt_limit_window ON attempt_limit (window_start);

-- Counts one attempt on a key and answers how many seconds the caller must wait: 0 when the
-- attempt may go ahead. The attempt past max_attempts within the window is refused and locks
-- the key for lock_seconds, doubled for each lock that follows within a window of the last one,
-- never more than max_lock_seconds.
CREATE FUNCTION count_attempt(k text, window_seconds int, max_attempts int, lock_seconds int, max_lock_seconds int)
RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  l attempt_limit;
BEGIN
  INSERT INTO attempt_limit (key) VALUES (k) ON CONFLICT (key) DO NOTHING;
  SELECT * INTO l FROM attempt_limit WHERE key = k FOR UPDATE;
  IF l.locked_until > now() THEN
    RETURN greatest(1, ceil(extract(epoch FROM l.locked_until - now())));
  END IF;
  IF l.window_start <= now() - make_interval(secs => window_seconds) THEN
    l.window_start := now();
    l.attempts := 0;
  END IF;
  IF l.attempts < max_attempts THEN
    UPDATE attempt_limit SET attempts = l.attempts + 1, window_start = l.window_start WHERE key = k;
    RETURN 0;
  END IF;
  IF l.locked_until IS NULL OR l.locked_until < now() - make_interval(secs => window_seconds) THEN
    l.lockouts := 0;
  END IF;
  l.locked_until := now() + make_interval(secs => least(lock_seconds * 2 ^ least(l.lockouts, 20), max_lock_seconds));
  UPDATE attempt_limit SET attempts = 0, window_start = now(), lockouts = l.lockouts + 1, locked_until = l.locked_until
  WHERE key = k;
  RETURN greatest(1, ceil(extract(epoch FROM l.locked_until - now())));
END $$;

-- Where an account has signed in with its password, by keyed hashes of email and address: the
-- account-wide lock that stops guessing from many addresses does not shut the owner out there.
CREATE TABLE sign_in_known (
  email_hash   text NOT NULL,
  address_hash text NOT NULL,
  last_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (email_hash, address_hash)
);
CREATE INDEX sign_in_known_last ON sign_in_known (last_at);

-- Replaced by attempt_limit: failures recorded after the password check let parallel guesses through.
DROP TABLE login_failure;
