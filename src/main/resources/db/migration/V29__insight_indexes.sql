-- The insight page and the indicators count a period's rows per month without reading the wide
-- rows: each count is an index-only scan over the date it is counted by (and what it is narrowed by).
CREATE INDEX showcase_listing_published_by ON showcase_listing (published_at, organisation_id);
CREATE INDEX organisation_created ON organisation (created_at, country, type);
CREATE INDEX challenge_answer_created ON challenge_answer (created_at, challenge_id);
CREATE INDEX pilot_starts ON pilot (starts_on);
CREATE INDEX adoption_since ON adoption (since, region);
-- A pilot is placed on the map by the adoption it led to, else by its care organisation's first region.
CREATE INDEX adoption_by_pilot ON adoption (pilot_id) WHERE pilot_id IS NOT NULL;
CREATE INDEX adoption_by_organisation_region ON adoption (organisation_id, region);
