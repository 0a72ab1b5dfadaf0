-- The whole catalogue's counts, kept as showcases change: how many listed showcases of verified
-- organisations there are, and how many carry each category, target group, country, regulatory
-- status and evidence level. The catalogue's first page (no text, no filter) read them by summing
-- thirty-odd filtered aggregates over every row of showcase_facet on each request, which cost
-- PostgreSQL more than the page itself; now it reads these rows.
CREATE TABLE showcase_facet_total (
  facet     text   NOT NULL,   -- a column of showcase_facet, or 'total' (then id is '')
  id        text   NOT NULL,
  showcases bigint NOT NULL,
  PRIMARY KEY (facet, id)
);

INSERT INTO showcase_facet_total (facet, id, showcases)
SELECT 'total', '', COALESCE(sum(showcases), 0) FROM showcase_facet
UNION ALL SELECT 'categories', x, sum(showcases) FROM showcase_facet, unnest(categories) AS x GROUP BY x
UNION ALL SELECT 'target_groups', x, sum(showcases) FROM showcase_facet, unnest(target_groups) AS x GROUP BY x
UNION ALL SELECT 'countries', x, sum(showcases) FROM showcase_facet, unnest(countries) AS x GROUP BY x
UNION ALL SELECT 'regulatory', regulatory, sum(showcases) FROM showcase_facet WHERE regulatory IS NOT NULL GROUP BY regulatory
UNION ALL SELECT 'evidence', evidence, sum(showcases) FROM showcase_facet WHERE evidence IS NOT NULL GROUP BY evidence;

-- A classification row came, went, or its count changed: so do the totals of each value it carries
-- (its values never change: they are its key). An array holding a value twice counts it once, as
-- the filtered sums did.
--
-- This runs as the transaction commits (a deferred constraint trigger), under one lock that every
-- writer of the totals takes then. Every change to the catalogue adds to the 'total' row; updated as
-- the change happened, two transactions each changing two showcases could each hold a classification
-- row the other waits for while waiting for the other's totals: a deadlock. At commit a transaction
-- takes no other lock after this one, and only one writes the totals at a time.
CREATE FUNCTION ntc_facet_total() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    r showcase_facet;
    d bigint;
  BEGIN
    IF TG_OP = 'DELETE' THEN
      r := OLD;
      d := -OLD.showcases;
    ELSE
      r := NEW;
      d := NEW.showcases - CASE WHEN TG_OP = 'UPDATE' THEN OLD.showcases ELSE 0 END;
    END IF;
    IF d = 0 THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(hashtext('showcase_facet_total'));
    INSERT INTO showcase_facet_total AS t (facet, id, showcases)
    SELECT v.facet, v.id, d FROM (
      SELECT 'total' AS facet, '' AS id
      UNION SELECT 'categories', unnest(r.categories)
      UNION SELECT 'target_groups', unnest(r.target_groups)
      UNION SELECT 'countries', unnest(r.countries)
      UNION SELECT 'regulatory', r.regulatory WHERE r.regulatory IS NOT NULL
      UNION SELECT 'evidence', r.evidence WHERE r.evidence IS NOT NULL
    ) AS v
    ON CONFLICT (facet, id) DO UPDATE SET showcases = t.showcases + EXCLUDED.showcases;
    RETURN NULL;
  END
  $$;
CREATE CONSTRAINT TRIGGER facet_total AFTER INSERT OR DELETE OR UPDATE OF showcases ON showcase_facet
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ntc_facet_total();
