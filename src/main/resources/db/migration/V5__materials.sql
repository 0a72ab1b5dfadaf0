-- Learning material: a link or a file (kept in the database so every node serves it).
CREATE TABLE material (
  id            uuid PRIMARY KEY,
  title         jsonb NOT NULL,
  topic         text NOT NULL,
  language      text NOT NULL,
  visibility    text NOT NULL CHECK (visibility IN ('public', 'members')),
  kind          text NOT NULL CHECK (kind IN ('link', 'file')),
  url           text,
  file_name     text,
  content_type  text,
  bytes         bytea,
  size          int,
  training_id   uuid REFERENCES training (id) ON DELETE SET NULL,
  showcase_id   uuid REFERENCES showcase (id) ON DELETE SET NULL,
  created_by    uuid REFERENCES account (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  search        tsvector GENERATED ALWAYS AS (
                  to_tsvector('finnish'::regconfig, coalesce(title->>'fi', ''))
               || to_tsvector('swedish'::regconfig, coalesce(title->>'sv', ''))
               || to_tsvector('english'::regconfig, coalesce(title->>'en', ''))
               || to_tsvector('simple'::regconfig, coalesce(title->>'fi', '') || ' ' || coalesce(title->>'sv', '') || ' '
                                                   || coalesce(title->>'en', ''))) STORED,
  CHECK ((kind = 'link' AND url IS NOT NULL) OR (kind = 'file' AND bytes IS NOT NULL))
);
CREATE INDEX material_search ON material USING gin (search);
CREATE INDEX material_newest ON material (created_at DESC, id);
CREATE INDEX material_training ON material (training_id) WHERE training_id IS NOT NULL;
