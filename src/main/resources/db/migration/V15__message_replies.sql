-- Replies to visitors' messages: a company's members answer inside the platform, and the visitor
-- reads the thread on their account page. A reply belongs to the organisation that received the
-- message; its author is kept (anonymous once erased) so colleagues see who answered.
CREATE TABLE showcase_contact_reply (
  id              uuid PRIMARY KEY,
  contact_id      uuid NOT NULL REFERENCES showcase_contact (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  author_id       uuid REFERENCES account (id),
  text            text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX showcase_contact_reply_contact ON showcase_contact_reply (contact_id, created_at);
CREATE INDEX showcase_contact_reply_author ON showcase_contact_reply (author_id);
