-- Owners order their images and may correct an image's alt text. The order is theirs to change at
-- once; a new alt text is text like any other, so the public keeps reading the approved one
-- (published_alt) until staff approve the change. Width and height, read from the file's header,
-- let cards reserve the image's room before it loads.
ALTER TABLE showcase_image ADD COLUMN position int;
ALTER TABLE showcase_image ADD COLUMN published_alt text;
ALTER TABLE showcase_image ADD COLUMN width int;
ALTER TABLE showcase_image ADD COLUMN height int;

UPDATE showcase_image i SET position = o.n
FROM (SELECT id, row_number() OVER (PARTITION BY showcase_id ORDER BY created_at, id) AS n FROM showcase_image) o
WHERE o.id = i.id;
UPDATE showcase_image SET published_alt = alt WHERE approved;

ALTER TABLE showcase_image ALTER COLUMN position SET NOT NULL;
CREATE INDEX showcase_image_order ON showcase_image (showcase_id, position, created_at, id);

-- Alt text in several languages, for images whose makers gave it so (the demo's); the reader gets
-- theirs. An owner's new alt text replaces them all.
ALTER TABLE showcase_image ADD COLUMN alt_i18n jsonb;
