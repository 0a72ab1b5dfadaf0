-- Self-paced courses. Moderated like library entries: owners edit a working copy (content);
-- staff approve it into the copy the public reads (published). A course is public while it has
-- a published copy and is not archived, also while a later edit awaits review.
--
-- Both copies hold the whole course, so an edit of a module, lesson or quiz waits for review like
-- an edit of the title: title, summary ({en,fi,sv}); languages (the ones it is offered in);
-- audience; categories; durationMinutes; showcaseIds; and modules, in order:
--   {id, title, lessons: [{id, title, body (Markdown), links: [{title, url}], videoUrl}],
--    quiz: {passMark (per cent), questions: [{id, text, options: [{en,fi,sv}], answer}]}}
-- Module, lesson and question ids are uuids kept from copy to copy, so a learner's progress and
-- attempts below keep pointing at the same lesson and module after an approved edit. A question's
-- answer (the index of the right option) is read only by the server that grades a quiz; it is
-- never part of any response.
CREATE TABLE course (
  id              uuid PRIMARY KEY,
  -- The organisation that wrote it; null for the centre's own courses written by staff.
  organisation_id uuid REFERENCES organisation (id),
  status          text NOT NULL CHECK (status IN ('draft', 'pending', 'published', 'changes-requested', 'archived')),
  content         jsonb NOT NULL,
  published       jsonb,
  published_at    timestamptz,
  review_comment  text,
  created_by      uuid REFERENCES account (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  submitted_at    timestamptz
);
CREATE INDEX course_pending ON course (submitted_at, id) WHERE status = 'pending';
CREATE INDEX course_public ON course (published_at DESC, id) WHERE published IS NOT NULL AND status <> 'archived';
CREATE INDEX course_showcases ON course USING gin ((published -> 'showcaseIds'));

-- A learner's progress: one row per lesson read through.
CREATE TABLE course_lesson_progress (
  account_id   uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  course_id    uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  module_id    uuid NOT NULL,
  lesson_id    uuid NOT NULL,
  completed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, course_id, lesson_id)
);

-- Each try at a module's quiz, graded on the server: a module is complete once one passed.
CREATE TABLE course_quiz_attempt (
  id           uuid PRIMARY KEY,
  account_id   uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  course_id    uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  module_id    uuid NOT NULL,
  -- questionId → chosen option index, as sent.
  answers      jsonb NOT NULL,
  score        integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  passed       boolean NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_quiz_attempt_by_learner ON course_quiz_attempt (account_id, course_id, module_id);

-- A finished course and its certificate. The code is random and unguessable; anyone holding it
-- may check the certificate, which names only the learner, the course and when it was finished.
-- share_with_organisation: the learner agrees that their organisations' admins see their name
-- among those who completed it (otherwise admins see numbers only).
CREATE TABLE course_completion (
  account_id              uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  course_id               uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  completed_at            timestamptz NOT NULL DEFAULT now(),
  certificate_code        text NOT NULL UNIQUE CHECK (length(certificate_code) >= 20),
  learner_name            text NOT NULL,
  lang                    text NOT NULL CHECK (lang IN ('en', 'fi', 'sv')),
  share_with_organisation boolean NOT NULL DEFAULT false,
  PRIMARY KEY (account_id, course_id)
);
CREATE INDEX course_completion_by_course ON course_completion (course_id);

-- "Before adopting X, take Y": the courses a pilot's or an adoption's staff should complete.
CREATE TABLE course_requirement (
  id          uuid PRIMARY KEY,
  course_id   uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  pilot_id    uuid REFERENCES pilot (id) ON DELETE CASCADE,
  adoption_id uuid REFERENCES adoption (id) ON DELETE CASCADE,
  created_by  uuid REFERENCES account (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((pilot_id IS NULL) <> (adoption_id IS NULL)),
  UNIQUE (course_id, pilot_id),
  UNIQUE (course_id, adoption_id)
);
CREATE INDEX course_requirement_by_pilot ON course_requirement (pilot_id) WHERE pilot_id IS NOT NULL;
CREATE INDEX course_requirement_by_adoption ON course_requirement (adoption_id) WHERE adoption_id IS NOT NULL;
