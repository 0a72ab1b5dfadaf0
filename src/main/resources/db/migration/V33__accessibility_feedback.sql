-- Feedback on the site's accessibility lands in the advice queue as a request of its own kind. The
-- Web Accessibility Directive asks that anyone can give it, so a visitor without an account leaves
-- an email address (and a name, if they like) to be answered at; a signed-in person's account answers.
ALTER TABLE advice_request
  ADD COLUMN kind text NOT NULL DEFAULT 'question' CHECK (kind IN ('question', 'accessibility-feedback')),
  ADD COLUMN contact_name text,
  ADD COLUMN contact_email text;
