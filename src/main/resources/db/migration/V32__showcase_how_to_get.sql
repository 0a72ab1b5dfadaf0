-- How to get the technology a showcase presents (through public services, by buying it at a
-- price range, by borrowing or trying it at a contact point) is part of its content, in the
-- working copy and the public copy alike, as `howToGet`; it is moderated with the rest. The
-- application checks it at the edge; the table also refuses a price range that makes no sense,
-- whichever path writes it (demo, generator, an import to come).
CREATE FUNCTION ntc_price_range_ok(p jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT p IS NULL OR jsonb_typeof(p->'howToGet') IS DISTINCT FROM 'object' OR (
      coalesce((p->'howToGet'->>'priceMin')::numeric, 0) >= 0
      AND coalesce((p->'howToGet'->>'priceMax')::numeric, 0) >= 0
      AND ((p->'howToGet'->>'priceMin') IS NULL OR (p->'howToGet'->>'priceMax') IS NULL
           OR (p->'howToGet'->>'priceMin')::numeric <= (p->'howToGet'->>'priceMax')::numeric))
  $$;

ALTER TABLE showcase
  ADD CONSTRAINT showcase_price_range CHECK (ntc_price_range_ok(content) AND ntc_price_range_ok(published));
