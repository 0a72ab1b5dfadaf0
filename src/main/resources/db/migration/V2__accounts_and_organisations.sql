CREATE TABLE account (
  id                  uuid PRIMARY KEY,
  email               text,
  password_hash       text,
  name                text,
  locale              text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fi', 'sv')),
  is_admin            boolean NOT NULL DEFAULT false,
  staff_contact_point text REFERENCES contact_point (id),
  title               text,
  expertise           text,
  languages           text[] NOT NULL DEFAULT '{}',
  -- Per profile field: public, members or private.
  visibility          jsonb NOT NULL DEFAULT '{"name": "members", "title": "members", "organisations": "members", "expertise": "members", "languages": "members"}'::jsonb,
  created_at          timestamptz NOT NULL DEFAULT now(),
  erased_at           timestamptz,
  CHECK (erased_at IS NOT NULL OR (email IS NOT NULL AND name IS NOT NULL))
);
CREATE UNIQUE INDEX account_email_key ON account (email) WHERE email IS NOT NULL;

-- A signed-in session; a token is only good while its session row exists.
CREATE TABLE session (
  id         uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX session_account ON session (account_id);

-- Failed sign-ins, keyed by a hash of the email so no address is kept in clear.
CREATE TABLE login_failure (
  email_hash text NOT NULL,
  address    text NOT NULL,
  failed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_lookup ON login_failure (email_hash, address, failed_at);
CREATE INDEX login_failure_address ON login_failure (address, failed_at);

CREATE TABLE organisation (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  type        text NOT NULL CHECK (type IN ('company', 'care', 'research')),
  country     char(2) NOT NULL CHECK (country IN ('FI', 'SE', 'NO')),
  website     text,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  verified    boolean NOT NULL DEFAULT false,
  verified_at timestamptz,
  verified_by uuid REFERENCES account (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisation_name_key ON organisation (lower(name), country);
CREATE INDEX organisation_listing ON organisation (verified, type, country, lower(name));

CREATE TABLE membership (
  organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  account_id      uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  role            text NOT NULL CHECK (role IN ('admin', 'member')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, account_id)
);
CREATE INDEX membership_account ON membership (account_id);

-- Security-relevant actions. Actors and targets by id only: no emails, passwords or tokens.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    uuid,
  action      text NOT NULL,
  target_type text,
  target_id   text,
  address     text,
  detail      jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
