-- A filtered catalogue page walks the listing newest first and checks each row's classification, so
-- one plan serves every value of a filter: this index holds, for the verified organisations'
-- showcases, the order and the classifications, read without visiting the rows (see
-- ShowcaseListingSql). Only the page's rows are then read from the table.
CREATE INDEX showcase_listing_newest_facets ON showcase_listing (published_at DESC, showcase_id)
  INCLUDE (categories, target_groups, countries, languages, regulatory, evidence) WHERE verified;
