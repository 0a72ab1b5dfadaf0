-- Admins keep the contact points' details up to date from the site: a phone number and the
-- place on a map are new, and optional, so a contact point can be added before they are known.
ALTER TABLE contact_point
  ADD COLUMN phone text,
  ADD COLUMN lat   double precision CHECK (lat BETWEEN -90 AND 90),
  ADD COLUMN lon   double precision CHECK (lon BETWEEN -180 AND 180),
  ADD CONSTRAINT contact_point_location_whole CHECK ((lat IS NULL) = (lon IS NULL));

UPDATE contact_point SET phone = '+358 6 421 0000', lat = 62.7877, lon = 22.8224 WHERE id = 'seinajoki';
UPDATE contact_point SET phone = '+46 90 16 00 00', lat = 63.8258, lon = 20.2630 WHERE id = 'umea';

-- Admins' own wording of the taxonomy labels, per language. The message bundles hold the
-- defaults; a row here wins over them on every node. Only category and target-group labels.
CREATE TABLE label_override (
  key        text NOT NULL CHECK (key ~ '^(category|targetGroup)\.[a-z-]+$'),
  lang       text NOT NULL CHECK (lang IN ('en', 'fi', 'sv')),
  text       text NOT NULL CHECK (length(text) BETWEEN 1 AND 80),
  updated_by uuid REFERENCES account (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (key, lang)
);
