-- A card's title and summary in each language, kept as text on the listing row. Each catalogue
-- page took them out of the jsonb documents for every row it showed (ShowcaseSummary.texts, the same
-- expressions), and the statements that did so were several times longer, which PostgreSQL pays for
-- at every execution too: it copies a statement's text for the execution and for pg_stat_activity.
-- Generated columns are computed when a row is written, which listing rows are only when a showcase
-- is published, edited or withdrawn. The table is rewritten once, in its present order.
ALTER TABLE showcase_listing
  ADD COLUMN title_en text GENERATED ALWAYS AS (CASE WHEN jsonb_typeof(title -> 'en') = 'string' THEN title ->> 'en' END) STORED,
  ADD COLUMN title_fi text GENERATED ALWAYS AS (CASE WHEN jsonb_typeof(title -> 'fi') = 'string' THEN title ->> 'fi' END) STORED,
  ADD COLUMN title_sv text GENERATED ALWAYS AS (CASE WHEN jsonb_typeof(title -> 'sv') = 'string' THEN title ->> 'sv' END) STORED,
  ADD COLUMN summary_en text GENERATED ALWAYS AS (CASE WHEN jsonb_typeof(summary -> 'en') = 'string' THEN summary ->> 'en' END) STORED,
  ADD COLUMN summary_fi text GENERATED ALWAYS AS (CASE WHEN jsonb_typeof(summary -> 'fi') = 'string' THEN summary ->> 'fi' END) STORED,
  ADD COLUMN summary_sv text GENERATED ALWAYS AS (CASE WHEN jsonb_typeof(summary -> 'sv') = 'string' THEN summary ->> 'sv' END) STORED;

-- The planner reads the new columns' statistics at once.
ANALYZE showcase_listing;
