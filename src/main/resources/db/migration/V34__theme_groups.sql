-- Theme groups across the border: open to anyone signed in to join, with threads of posts.
-- Membership is how a person follows a group: new posts reach members as their settings say.
CREATE TABLE theme_group (
  id           uuid PRIMARY KEY,
  name         jsonb NOT NULL,
  description  jsonb NOT NULL,
  created_by   uuid REFERENCES account (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE group_member (
  group_id    uuid NOT NULL REFERENCES theme_group (id) ON DELETE CASCADE,
  account_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  joined_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, account_id)
);
CREATE INDEX group_member_account ON group_member (account_id);

-- A thread names the showcases and library entries its author pasted; they are shown as links
-- while they stay public.
CREATE TABLE group_thread (
  id            uuid PRIMARY KEY,
  group_id      uuid NOT NULL REFERENCES theme_group (id) ON DELETE CASCADE,
  title         text NOT NULL,
  author_id     uuid REFERENCES account (id) ON DELETE SET NULL,
  showcase_ids  uuid[] NOT NULL DEFAULT '{}',
  library_ids   uuid[] NOT NULL DEFAULT '{}',
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_post_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX group_thread_recent ON group_thread (group_id, last_post_at DESC);

-- The thread's opening text is its first post. A moderator hides a post with a reason its
-- author sees, and may restore it; the text is kept meanwhile.
CREATE TABLE group_post (
  id             uuid PRIMARY KEY,
  thread_id      uuid NOT NULL REFERENCES group_thread (id) ON DELETE CASCADE,
  author_id      uuid REFERENCES account (id) ON DELETE SET NULL,
  text           text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  hidden_at      timestamptz,
  hidden_by      uuid REFERENCES account (id) ON DELETE SET NULL,
  hidden_reason  text,
  CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
);
CREATE INDEX group_post_thread ON group_post (thread_id, created_at);

-- A report of a post to the moderators; one per person and post, open until a moderator acts.
CREATE TABLE group_post_report (
  id           uuid PRIMARY KEY,
  post_id      uuid NOT NULL REFERENCES group_post (id) ON DELETE CASCADE,
  reporter_id  uuid REFERENCES account (id) ON DELETE SET NULL,
  reason       text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  resolved_at  timestamptz,
  UNIQUE (post_id, reporter_id)
);
CREATE INDEX group_post_report_open ON group_post_report (created_at) WHERE resolved_at IS NULL;

-- Trainings and events staff attach to a group; the group page lists the upcoming ones.
CREATE TABLE group_event (
  group_id     uuid NOT NULL REFERENCES theme_group (id) ON DELETE CASCADE,
  training_id  uuid NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  added_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, training_id)
);
