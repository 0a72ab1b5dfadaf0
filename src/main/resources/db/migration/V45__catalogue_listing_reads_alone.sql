-- The catalogue reads one table: each listing row also keeps its organisation's name and verified flag
-- and its first approved image as cards show it, so a catalogue page needs no join and no subquery
-- (cheaper to plan, as every filtered page is planned afresh). And the counts of a search without
-- text read one row per distinct classification instead of one per showcase.

ALTER TABLE showcase_listing
  ADD COLUMN organisation_name text,
  ADD COLUMN verified boolean NOT NULL DEFAULT false,
  ADD COLUMN first_image jsonb;

-- The first approved image of a showcase: [id, content type, size, position, width, height, alt text
-- in the public's version, alt texts by language], or null.
CREATE FUNCTION ntc_showcase_first_image(p_showcase uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$
    SELECT jsonb_build_array(i.id, i.content_type, i.size, i.position, i.width, i.height,
                             COALESCE(i.published_alt, i.alt), i.alt_i18n)
    FROM showcase_image i WHERE i.showcase_id = p_showcase AND i.approved
    ORDER BY i.position, i.created_at, i.id LIMIT 1
  $$;

UPDATE showcase_listing l SET organisation_name = o.name, verified = o.verified
FROM organisation o WHERE o.id = l.organisation_id;
UPDATE showcase_listing l SET first_image = ntc_showcase_first_image(l.showcase_id)
WHERE EXISTS (SELECT 1 FROM showcase_image i WHERE i.showcase_id = l.showcase_id AND i.approved);
ALTER TABLE showcase_listing ALTER COLUMN organisation_name SET NOT NULL;

-- A listing row as it arrives (or moves to another organisation) takes what it keeps of them.
CREATE FUNCTION ntc_listing_kept() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    SELECT o.name, o.verified INTO NEW.organisation_name, NEW.verified FROM organisation o WHERE o.id = NEW.organisation_id;
    IF TG_OP = 'INSERT' THEN NEW.first_image := ntc_showcase_first_image(NEW.showcase_id); END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER listing_kept BEFORE INSERT OR UPDATE OF organisation_id ON showcase_listing
  FOR EACH ROW EXECUTE FUNCTION ntc_listing_kept();

-- A renamed, verified or unverified organisation: its listing rows follow.
CREATE FUNCTION ntc_listing_organisation() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    UPDATE showcase_listing SET organisation_name = NEW.name, verified = NEW.verified
    WHERE organisation_id = NEW.id AND (organisation_name IS DISTINCT FROM NEW.name OR verified IS DISTINCT FROM NEW.verified);
    RETURN NULL;
  END
  $$;
CREATE TRIGGER listing_organisation AFTER UPDATE OF name, verified ON organisation
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.verified IS DISTINCT FROM NEW.verified)
  EXECUTE FUNCTION ntc_listing_organisation();

-- Any change to a showcase's images: its listing row's first image follows.
CREATE FUNCTION ntc_listing_image() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    v_showcase uuid;
  BEGIN
    FOR v_showcase IN
      SELECT DISTINCT x FROM unnest(ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.showcase_id END,
                                          CASE WHEN TG_OP <> 'DELETE' THEN NEW.showcase_id END]) AS x WHERE x IS NOT NULL
    LOOP
      UPDATE showcase_listing SET first_image = ntc_showcase_first_image(v_showcase)
      WHERE showcase_id = v_showcase AND first_image IS DISTINCT FROM ntc_showcase_first_image(v_showcase);
    END LOOP;
    RETURN NULL;
  END
  $$;
CREATE TRIGGER listing_image AFTER INSERT OR UPDATE OR DELETE ON showcase_image
  FOR EACH ROW EXECUTE FUNCTION ntc_listing_image();

-- How many listed showcases of verified organisations have each classification: a search without
-- text counts its total and facets from these rows (a few thousand at most) instead of every match.
CREATE TABLE showcase_facet (
  categories    text[]  NOT NULL,
  target_groups text[]  NOT NULL,
  countries     text[]  NOT NULL,
  languages     text[]  NOT NULL,
  regulatory    text,
  evidence      text,
  showcases     integer NOT NULL CHECK (showcases >= 0),
  UNIQUE NULLS NOT DISTINCT (categories, target_groups, countries, languages, regulatory, evidence)
);

-- One showcase more (p_by 1) or fewer (-1) with the classification of p. A count is never inserted
-- below zero: a CHECK is tested on the row proposed before ON CONFLICT looks for the existing one.
CREATE FUNCTION ntc_facet_add(p showcase_listing, p_by integer) RETURNS void
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF p_by < 0 THEN
      UPDATE showcase_facet SET showcases = showcases + p_by
      WHERE categories = p.categories AND target_groups = p.target_groups AND countries = p.countries
        AND languages = p.languages AND regulatory IS NOT DISTINCT FROM p.regulatory
        AND evidence IS NOT DISTINCT FROM p.evidence;
    ELSE
      INSERT INTO showcase_facet AS f (categories, target_groups, countries, languages, regulatory, evidence, showcases)
      VALUES (p.categories, p.target_groups, p.countries, p.languages, p.regulatory, p.evidence, p_by)
      ON CONFLICT (categories, target_groups, countries, languages, regulatory, evidence)
      DO UPDATE SET showcases = f.showcases + EXCLUDED.showcases;
    END IF;
  END
  $$;

CREATE FUNCTION ntc_listing_facet() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP <> 'INSERT' AND OLD.verified THEN PERFORM ntc_facet_add(OLD, -1); END IF;
    IF TG_OP <> 'DELETE' AND NEW.verified THEN PERFORM ntc_facet_add(NEW, 1); END IF;
    RETURN NULL;
  END
  $$;
CREATE TRIGGER listing_facet AFTER INSERT OR DELETE OR UPDATE OF verified, categories, target_groups, countries,
  languages, regulatory, evidence ON showcase_listing
  FOR EACH ROW EXECUTE FUNCTION ntc_listing_facet();

INSERT INTO showcase_facet (categories, target_groups, countries, languages, regulatory, evidence, showcases)
SELECT categories, target_groups, countries, languages, regulatory, evidence, count(*)
FROM showcase_listing WHERE verified
GROUP BY categories, target_groups, countries, languages, regulatory, evidence;
