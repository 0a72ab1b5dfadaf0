-- Material belongs to the organisation that published it, so that its members (and staff) may
-- edit or withdraw it; staff's own material names none. Withdrawn material is kept (who withdrew
-- it and when) but is gone from every list, its detail and its file.
ALTER TABLE material ADD COLUMN organisation_id uuid REFERENCES organisation (id) ON DELETE SET NULL;
ALTER TABLE material ADD COLUMN updated_at timestamptz;
ALTER TABLE material ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE material ADD COLUMN withdrawn_by uuid REFERENCES account (id) ON DELETE SET NULL;

-- Material added before it had an owner: the author's organisation, when they belong to exactly one verified one.
UPDATE material m SET organisation_id = (
    SELECT ms.organisation_id FROM membership ms JOIN organisation o ON o.id = ms.organisation_id
    WHERE ms.account_id = m.created_by AND o.verified)
WHERE m.created_by IS NOT NULL AND (
    SELECT count(*) FROM membership ms JOIN organisation o ON o.id = ms.organisation_id
    WHERE ms.account_id = m.created_by AND o.verified) = 1;

CREATE INDEX material_organisation ON material (organisation_id) WHERE organisation_id IS NOT NULL;
