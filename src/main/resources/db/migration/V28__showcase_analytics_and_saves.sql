-- What companies learn about their showcases. Views are kept only as counts per showcase, day,
-- visitor sector and country, added to by each node every few seconds: never a row per person
-- or address. Sector is the type of the signed-in viewer's organisation, or 'visitor' for
-- anyone not signed in or without an organisation; country is that organisation's, or 'unknown'.
CREATE TABLE showcase_view_day (
  showcase_id uuid NOT NULL REFERENCES showcase (id) ON DELETE CASCADE,
  day         date NOT NULL,
  sector      text NOT NULL CHECK (sector IN ('company', 'care', 'research', 'visitor')),
  country     text NOT NULL CHECK (country IN ('FI', 'SE', 'NO', 'unknown')),
  views       bigint NOT NULL CHECK (views >= 0),
  PRIMARY KEY (showcase_id, day, sector, country)
);

-- A signed-in person's list of showcases to come back to; the company sees only how many.
CREATE TABLE showcase_save (
  account_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  showcase_id uuid NOT NULL REFERENCES showcase (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, showcase_id)
);
CREATE INDEX showcase_save_by_showcase ON showcase_save (showcase_id, created_at);
CREATE INDEX showcase_contact_by_showcase ON showcase_contact (showcase_id, created_at);
