-- A text search gathers at most 1,001 candidates, but a GIN index has no "first n": asked for a
-- broad match ("care home" in Finland: 41,000 of 100,000 showcases) it lists every match before
-- the first is read. So each listing row carries its place in the order rows were listed (newest
-- last), and its document a lexeme for the slice of 2,048 places that holds it ('#slice=0', …; a
-- sign first, so no typed word reaches it). A search asks for the newest slices first and stops
-- once it has its candidates, so the index lists the matches of a few slices (ShowcaseSearchSql).
-- Slices are asked as a second index condition, which GIN intersects by skipping ahead in the
-- words' posting lists. "Newest" is the order rows were listed: a showcase withdrawn and published
-- again is listed anew. This script rewrites the listing under an exclusive lock, once (about a
-- minute per 30,000 showcases on two busy cores); catalogue reads wait for it.

CREATE SEQUENCE showcase_listing_place;
ALTER TABLE showcase_listing ADD COLUMN listed_place bigint;

-- The slice of a place, as the lexeme a document holds.
CREATE FUNCTION ntc_listing_slice(p_place bigint) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT '#slice=' || (p_place / 2048) $$;
-- The slices a search asks, newest first, in groups that double: the newest slice, the two before it,
-- the four before those… A broad match is found in the first group or two; a rare one asks about
-- log2(slices) questions rather than one per slice. Each group is a query for its slices' lexemes.
CREATE FUNCTION ntc_listing_slice_groups() RETURNS TABLE (slice_group int, slices tsquery)
  LANGUAGE sql STABLE
  AS $$
    SELECT g, (SELECT string_agg('''#slice=' || k || '''', ' | ')::tsquery
               FROM generate_series(greatest(t.top - (2 ^ (g + 1))::bigint + 2, 0), t.top - (2 ^ g)::bigint + 1) AS k)
    FROM (SELECT last_value / 2048 AS top FROM showcase_listing_place) AS t, generate_series(0, 40) AS g
    WHERE t.top - (2 ^ g)::bigint + 1 >= 0
    ORDER BY g
  $$;

-- A row listed takes the next place; a row updated keeps its own. Its document always holds its
-- slice's lexeme, whichever statement wrote the document.
CREATE FUNCTION ntc_listing_place() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      -- Publishing a listed showcase's edit tries an insert first (V43) and then updates the row: it keeps
      -- its place, and takes no new number, so the newest slices stay full.
      NEW.listed_place := COALESCE((SELECT listed_place FROM showcase_listing WHERE showcase_id = NEW.showcase_id),
                                   nextval('showcase_listing_place'));
    ELSE
      NEW.listed_place := OLD.listed_place;
    END IF;
    NEW.doc := ts_delete(NEW.doc, ARRAY(SELECT lexeme FROM unnest(NEW.doc) WHERE lexeme LIKE '#slice=%'))
      || array_to_tsvector(ARRAY[ntc_listing_slice(NEW.listed_place)]);
    RETURN NEW;
  END
  $$;

-- Rows already listed take places in the order of their publication, as the catalogue lists them
-- newest first (published_at DESC, showcase_id), and the table is written again in that order.
DROP INDEX showcase_listing_doc;
UPDATE showcase_listing l SET listed_place = o.place, doc = l.doc || array_to_tsvector(ARRAY[ntc_listing_slice(o.place)])
FROM (SELECT ctid AS row_at, row_number() OVER (ORDER BY published_at, showcase_id DESC) - 1 AS place FROM showcase_listing) o
WHERE l.ctid = o.row_at;
SELECT setval('showcase_listing_place', COALESCE((SELECT max(listed_place) FROM showcase_listing), 0) + 1, false);
ALTER TABLE showcase_listing ALTER COLUMN listed_place SET NOT NULL;
ALTER SEQUENCE showcase_listing_place OWNED BY showcase_listing.listed_place;
CREATE INDEX showcase_listing_place_order ON showcase_listing (listed_place);
CLUSTER showcase_listing USING showcase_listing_place_order;
DROP INDEX showcase_listing_place_order;
CREATE INDEX showcase_listing_doc ON showcase_listing USING gin (doc);

CREATE TRIGGER listing_place BEFORE INSERT OR UPDATE OF doc, listed_place ON showcase_listing
  FOR EACH ROW EXECUTE FUNCTION ntc_listing_place();
ANALYZE showcase_listing;
