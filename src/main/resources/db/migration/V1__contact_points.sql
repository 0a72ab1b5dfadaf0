CREATE TABLE contact_point (
  id             text PRIMARY KEY CHECK (id ~ '^[a-z]+$'),
  name           jsonb NOT NULL,
  country        char(2) NOT NULL CHECK (country IN ('FI', 'SE', 'NO')),
  time_zone      text NOT NULL,
  street_address text NOT NULL,
  postal_code    text NOT NULL,
  city           text NOT NULL,
  email          text NOT NULL,
  introduction   jsonb NOT NULL DEFAULT '{}'::jsonb,
  opening_hours  jsonb NOT NULL DEFAULT '{}'::jsonb,
  sort_order     int NOT NULL
);

INSERT INTO contact_point (id, name, country, time_zone, street_address, postal_code, city, email, sort_order) VALUES
  ('seinajoki',
   '{"en": "NTC contact point Seinäjoki", "fi": "NTC:n yhteyspiste Seinäjoki", "sv": "NTC:s kontaktpunkt Seinäjoki"}',
   'FI', 'Europe/Helsinki', 'Kampusranta 11', '60320', 'Seinäjoki', 'seinajoki@ntc-hub.example', 1),
  ('umea',
   '{"en": "NTC contact point Umeå", "fi": "NTC:n yhteyspiste Uumaja", "sv": "NTC:s kontaktpunkt Umeå"}',
   'SE', 'Europe/Stockholm', 'Storgatan 40', '903 26', 'Umeå', 'umea@ntc-hub.example', 2);

-- Which demo content sets have been loaded, so NTC_DEMO=true loads each once.
CREATE TABLE demo_content (
  name      text PRIMARY KEY,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
