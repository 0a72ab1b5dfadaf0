-- NTC's verification of what a showcase claims: its regulatory status (CE marking, MDR/IVDR class)
-- and its evidence level. One row per showcase and claim: the value staff verified, who, when, until
-- when, and their note (a certificate's number). The claim shown is verified only while the
-- showcase still claims that value and the expiry has not passed; both are decided when read, so a
-- changed value or passing time needs no write. reminded_at: its owners were told a month before
-- expiry, once per verification (a new verification clears it).
CREATE TABLE showcase_claim (
  showcase_id      uuid NOT NULL REFERENCES showcase (id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('regulatory', 'evidence')),
  value            text NOT NULL,
  verified_by      uuid REFERENCES account (id) ON DELETE SET NULL,
  verified_by_name text NOT NULL,
  verified_at      timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  zone             text NOT NULL,
  note             text,
  reminded_at      timestamptz,
  PRIMARY KEY (showcase_id, kind)
);
CREATE INDEX showcase_claim_to_remind ON showcase_claim (expires_at) WHERE reminded_at IS NULL;
