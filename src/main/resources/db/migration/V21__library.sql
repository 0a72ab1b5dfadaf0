-- The centre's library: cases (an implementation somewhere), research (a study or report) and
-- methods (a practical working method or guide). Moderated like showcases: owners edit a working
-- copy (content); staff approve it into the copy the public reads (published). An entry is
-- public while it has a published copy and is not archived, also while a later edit awaits review.
CREATE TABLE library_entry (
  id              uuid PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('case', 'research', 'method')),
  -- The organisation that wrote it; null for the centre's own entries written by staff.
  organisation_id uuid REFERENCES organisation (id),
  status          text NOT NULL CHECK (status IN ('draft', 'pending', 'published', 'changes-requested', 'archived')),
  -- Both copies hold: title, summary, body ({en,fi,sv}); categories, countries (text arrays);
  -- showcaseIds, trainingIds, challengeIds (uuid strings); domains (MAST domain key →
  -- {finding: {en,fi,sv}, rating}); and the kind's own fields (see the library package).
  content         jsonb NOT NULL,
  published       jsonb,
  published_at    timestamptz,
  review_comment  text,
  created_by      uuid REFERENCES account (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  submitted_at    timestamptz
);
CREATE INDEX library_entry_pending ON library_entry (submitted_at, id) WHERE status = 'pending';
CREATE INDEX library_entry_public ON library_entry (published_at DESC, id) WHERE published IS NOT NULL AND status <> 'archived';
CREATE INDEX library_entry_showcases ON library_entry USING gin ((published -> 'showcaseIds'));
