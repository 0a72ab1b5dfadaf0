-- The signed-in person's memberships, kept on their account row, so that the lookup every
-- signed-in request makes reads one row of each of two tables. Gathering them there with a join
-- and json_agg cost PostgreSQL more than the rest of the lookup together (setting up and taking
-- down the join and its aggregate at every call, even for someone with no membership), about a
-- tenth of a signed-in API request. `json`, not `jsonb`: it is only ever printed, and printing a
-- json value copies its text.
ALTER TABLE account ADD COLUMN memberships json NOT NULL DEFAULT '[]';

-- What the lookup used to gather, in the same form: one object per membership.
CREATE FUNCTION ntc_account_memberships(person uuid) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'type', o.type, 'role', m.role, 'verified', o.verified)), '[]')
  FROM membership m JOIN organisation o ON o.id = m.organisation_id WHERE m.account_id = person
$$;

-- Refreshes the given accounts' memberships. The rows are locked first, in id order, and the
-- memberships read after, by a statement of its own: it then sees what a transaction that held a
-- lock before committed, so two changes at once cannot leave an account with only one of them,
-- and two refreshes take their locks in one order, so they cannot wait for each other.
CREATE FUNCTION ntc_refresh_memberships(people uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM account WHERE id = ANY(people) ORDER BY id FOR NO KEY UPDATE;
  UPDATE account SET memberships = ntc_account_memberships(id) WHERE id = ANY(people);
END $$;

-- The membership's organisation is locked first (shared), so a rename or verification under way
-- finishes before the memberships are read, and one that starts later waits for this change and then
-- sees it: every path takes organisation, then membership, then account.
CREATE FUNCTION ntc_membership_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM organisation
  WHERE id IN (CASE WHEN TG_OP <> 'DELETE' THEN NEW.organisation_id END, CASE WHEN TG_OP <> 'INSERT' THEN OLD.organisation_id END)
  ORDER BY id FOR SHARE;
  IF TG_OP = 'INSERT' THEN
    PERFORM ntc_refresh_memberships(ARRAY[NEW.account_id]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ntc_refresh_memberships(ARRAY[OLD.account_id]);
  ELSE
    PERFORM ntc_refresh_memberships(ARRAY[OLD.account_id, NEW.account_id]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER membership_on_account AFTER INSERT OR UPDATE OR DELETE ON membership
  FOR EACH ROW EXECUTE FUNCTION ntc_membership_changed();

-- An organisation's name, type and verification show in each member's memberships.
CREATE FUNCTION ntc_organisation_shown_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ntc_refresh_memberships(ARRAY(SELECT m.account_id FROM membership m WHERE m.organisation_id = NEW.id));
  RETURN NULL;
END $$;

CREATE TRIGGER organisation_on_members AFTER UPDATE OF name, type, verified ON organisation
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.type IS DISTINCT FROM NEW.type
                     OR OLD.verified IS DISTINCT FROM NEW.verified)
  EXECUTE FUNCTION ntc_organisation_shown_changed();

UPDATE account a SET memberships = ntc_account_memberships(a.id)
WHERE EXISTS (SELECT 1 FROM membership m WHERE m.account_id = a.id);
