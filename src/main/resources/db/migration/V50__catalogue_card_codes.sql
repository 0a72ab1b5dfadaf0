-- A card's four code lists (categories, target groups, countries, languages) kept on the listing row
-- as one text column too: the lists separated by '|', their codes by ','. Every catalogue page sent
-- the four arrays for each of its rows, and sending an array (and reading it in the node) costs more
-- than one short text: each element goes through its type's send function and is framed on its own.
-- The codes are the taxonomy's ids and ISO codes, which hold neither separator. The arrays stay, for
-- the filters' indexes and the facet counts.
-- array_to_string is only stable in general (an element type's output may depend on settings); for
-- text arrays it is not, so the wrapper may be declared immutable, as a generated column needs.
CREATE FUNCTION ntc_card_codes(categories text[], target_groups text[], countries text[], languages text[])
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_to_string(coalesce(categories, '{}'), ',') || '|' || array_to_string(coalesce(target_groups, '{}'), ',')
      || '|' || array_to_string(coalesce(countries, '{}'), ',') || '|' || array_to_string(coalesce(languages, '{}'), ',')
  $$;

ALTER TABLE showcase_listing
  ADD COLUMN codes text GENERATED ALWAYS AS (ntc_card_codes(categories, target_groups, countries, languages)) STORED;

ANALYZE showcase_listing;
