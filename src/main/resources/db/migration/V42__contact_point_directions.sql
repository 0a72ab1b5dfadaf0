-- How to get to a contact point in words (by bus, where to park, which door), per language,
-- shown beside its address and map links. Optional: empty until an admin writes it.
ALTER TABLE contact_point ADD COLUMN directions jsonb NOT NULL DEFAULT '{}'::jsonb;
