-- Where a showcased technology is in use: one record per showcase and care organisation.
-- region is an id from adoption/regions.tsv (a Finnish wellbeing services county or a
-- Swedish region); its first two letters are the country.
CREATE TABLE adoption (
  id              uuid PRIMARY KEY,
  showcase_id     uuid NOT NULL REFERENCES showcase (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  region          text NOT NULL CHECK (region ~ '^(fi|se)-[a-z-]+$'),
  status          text NOT NULL CHECK (status IN ('pilot', 'spreading', 'routine', 'discontinued')),
  since           date NOT NULL,
  scale           text CHECK (length(scale) <= 200),
  pilot_id        uuid REFERENCES pilot (id),
  created_by      uuid REFERENCES account (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (showcase_id, organisation_id)
);
CREATE INDEX adoption_by_region ON adoption (region, status);
CREATE INDEX adoption_by_organisation ON adoption (organisation_id);
