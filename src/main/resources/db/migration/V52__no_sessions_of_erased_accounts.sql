-- No session of an erased account exists: the check of a session claimed with a request (SessionClaim)
-- relies on it instead of joining the account. An account marked erased, by the erasure or any other
-- statement, loses its sessions in the same statement (the erasure relies on it too), and a
-- session is only made for an account not erased, holding its row until it commits (the account
-- repository's session insert), so an erasure that waited for it finds the session and deletes it.
CREATE FUNCTION ntc_erased_account_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM session WHERE account_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER account_erased_ends_sessions AFTER UPDATE OF erased_at ON account
  FOR EACH ROW WHEN (NEW.erased_at IS NOT NULL AND OLD.erased_at IS NULL)
  EXECUTE FUNCTION ntc_erased_account_sessions();

-- A sign-in that raced an erasure before sessions were made this way could have left one behind.
DELETE FROM session s USING account a WHERE a.id = s.account_id AND a.erased_at IS NOT NULL;
