-- A text search gathers at most 1,001 candidates, but a GIN index has no "first n": asked for a
-- broad match ("care home" in Finland: 41,000 of 100,000 showcases) it lists every match before
-- the first is read. So each listing row carries its place in the order rows were listed, and its
-- document a lexeme for the slice of 2,048 places that holds it ('#slice=0', '#slice=1', …; a sign
-- first, so no typed word reaches it). A search asks slice by slice, in order, and stops once it
-- has its candidates: each question lists at most one slice's matches (see ShowcaseSearchSql).
-- A slice is asked as a second index condition, which GIN intersects by skipping ahead in the
-- word's posting lists, so a rare word costs about what it did.

CREATE SEQUENCE showcase_listing_place;
ALTER TABLE showcase_listing ADD COLUMN listed_place bigint;

-- The slice of a place, as the lexeme a document holds and as a query for it.
CREATE FUNCTION ntc_listing_slice(p_place bigint) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT '#slice=' || (p_place / 2048) $$;
CREATE FUNCTION ntc_listing_slice_query(p_slice bigint) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ('''#slice=' || p_slice || '''')::tsquery $$;
-- Every slice that may hold a row, first listed first.
CREATE FUNCTION ntc_listing_slices() RETURNS SETOF bigint
  LANGUAGE sql STABLE
  AS $$ SELECT generate_series(0, (SELECT last_value FROM showcase_listing_place) / 2048) $$;

-- A row listed takes the next place; a row updated keeps its own. Its document always holds its
-- slice's lexeme, whichever statement wrote the document.
CREATE FUNCTION ntc_listing_place() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      NEW.listed_place := nextval('showcase_listing_place');
    ELSE
      NEW.listed_place := OLD.listed_place;
    END IF;
    NEW.doc := ts_delete(NEW.doc, ARRAY(SELECT lexeme FROM unnest(NEW.doc) WHERE lexeme LIKE '#slice=%'))
      || array_to_tsvector(ARRAY[ntc_listing_slice(NEW.listed_place)]);
    RETURN NEW;
  END
  $$;

-- Rows already listed take places in the order a search met them until now (the table's), and the
-- table is written again in that order, so the candidates of every search stay the same ones.
DROP INDEX showcase_listing_doc;
UPDATE showcase_listing l SET listed_place = o.place, doc = l.doc || array_to_tsvector(ARRAY[ntc_listing_slice(o.place)])
FROM (SELECT ctid AS row_at, row_number() OVER (ORDER BY ctid) - 1 AS place FROM showcase_listing) o
WHERE l.ctid = o.row_at;
SELECT setval('showcase_listing_place', COALESCE((SELECT max(listed_place) FROM showcase_listing), 0) + 1, false);
ALTER TABLE showcase_listing ALTER COLUMN listed_place SET NOT NULL;
CREATE INDEX showcase_listing_place_order ON showcase_listing (listed_place);
CLUSTER showcase_listing USING showcase_listing_place_order;
DROP INDEX showcase_listing_place_order;
CREATE INDEX showcase_listing_doc ON showcase_listing USING gin (doc);

CREATE TRIGGER listing_place BEFORE INSERT OR UPDATE OF doc ON showcase_listing
  FOR EACH ROW EXECUTE FUNCTION ntc_listing_place();
ANALYZE showcase_listing;
