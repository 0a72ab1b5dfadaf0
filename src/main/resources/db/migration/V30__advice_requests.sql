-- "Ask the centre": a question to the contact points' shared queue, and its thread. A request
-- starts at the contact point of the asker's country; staff may hand it over to another.
CREATE TABLE advice_request (
  id                 uuid PRIMARY KEY,
  requester_id       uuid REFERENCES account (id) ON DELETE SET NULL,
  topic              text NOT NULL,
  description        text NOT NULL,
  language           text NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  country            text NOT NULL,
  organisation_type  text,
  status             text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in-progress', 'waiting', 'closed')),
  contact_point      text NOT NULL REFERENCES contact_point (id),
  assignee_id        uuid REFERENCES account (id) ON DELETE SET NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  first_response_at  timestamptz,
  closed_at          timestamptz,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX advice_request_queue ON advice_request (status, contact_point, created_at);
CREATE INDEX advice_request_requester ON advice_request (requester_id, created_at DESC);

-- A message in a request's thread; an internal one is a note staff alone see.
CREATE TABLE advice_message (
  id          uuid PRIMARY KEY,
  request_id  uuid NOT NULL REFERENCES advice_request (id) ON DELETE CASCADE,
  author_id   uuid REFERENCES account (id) ON DELETE SET NULL,
  from_staff  boolean NOT NULL,
  text        text NOT NULL,
  internal    boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX advice_message_thread ON advice_message (request_id, created_at);
