-- An evaluation after MAST: the contact point's structured judgement of what a pilot showed, per
-- domain (health problem, safety, clinical effectiveness, patients' perspectives, economic,
-- organisational, socio-cultural/ethical/legal), with the technology's maturity and whether it
-- would carry to the other country, other settings and a larger scale. It is public with the
-- pilot's outcome, and the showcase's evidence profile gathers it.
ALTER TABLE pilot
  ADD COLUMN evaluation    jsonb,
  ADD COLUMN evaluated_at  timestamptz,
  ADD COLUMN evaluated_by  uuid REFERENCES account (id) ON DELETE SET NULL;
