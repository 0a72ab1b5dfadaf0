-- Images are reviewed like text: one added to a showcase is shown to the public only once staff
-- approve the showcase. Images of showcases already approved were public before, and stay so.
ALTER TABLE showcase_image ADD COLUMN approved boolean NOT NULL DEFAULT false;
UPDATE showcase_image i SET approved = true FROM showcase s WHERE s.id = i.showcase_id AND s.published IS NOT NULL;

-- The sender's file name, cleaned, with the extension of the type recognised from the bytes.
ALTER TABLE showcase_image ADD COLUMN file_name text;
