-- Demo data for local runs (see DemoData). Statements end with a semicolon at the end of a line.
INSERT INTO company (name, created_at) VALUES ('Northwind Roasters', now() - interval '30 days');
INSERT INTO account (email, display_name, role, company_id, created_at)
  SELECT 'ada@northwind.example', 'Ada Park', 'CUSTOMER', id, now() - interval '30 days' FROM company WHERE name = 'Northwind Roasters';
INSERT INTO account (email, display_name, role, created_at) VALUES
  ('mira@designers.example', 'Mira Okafor', 'DESIGNER', now() - interval '90 days'),
  ('tomas@designers.example', 'Tomás Lind', 'DESIGNER', now() - interval '60 days'),
  ('sam@designcontest.example', 'Sam Reyes', 'MODERATOR', now() - interval '365 days'),
  ('lee@designcontest.example', 'Lee Moreau', 'ADMIN', now() - interval '365 days');
-- What the designers follow: the weekly digest lists the open contests in these categories.
INSERT INTO followed_category (account_id, category_code)
  SELECT a.id, f.category FROM account a, (VALUES
    ('mira@designers.example', 'logo'), ('mira@designers.example', 'illustration'),
    ('tomas@designers.example', 'web-design'), ('tomas@designers.example', 'packaging')
  ) AS f(email, category) WHERE a.email = f.email;
INSERT INTO contest (company_id, drafted_by, title, category_code, description, prize_amount, prize_currency, stage, created_at)
  SELECT a.company_id, a.id, c.title, c.category, c.description, c.prize, 'EUR', c.stage, now() - c.age
  FROM account a, (VALUES
    ('Seasonal label for our winter blend', 'packaging', 'A label for a 250 g bag: warm, spiced, hand-drawn. Must print in two colours.', 600.00, 'DRAFT', interval '1 day'),
    ('Logo for Northwind Roasters', 'logo', 'We roast small batches by the harbour. We want a mark that works on a cup lid and a van.', 450.00, 'OPEN', interval '3 days'),
    ('Illustrated menu board', 'illustration', 'A chalkboard-style menu illustration for the café wall, 120 x 80 cm.', 380.00, 'FINALIST_SELECTION', interval '9 days'),
    ('Website landing page', 'web-design', 'A landing page for our subscription service: hero, three plans, FAQ.', 900.00, 'COMPLETED', interval '40 days')
  ) AS c(title, category, description, prize, stage, age)
  WHERE a.email = 'ada@northwind.example';
-- The demo's running contests have deadlines, so the countdown and the automatic rule have something to show.
UPDATE contest SET launched_at = created_at, deadline_at = now() + interval '4 days' WHERE stage = 'OPEN';
UPDATE contest SET launched_at = created_at, deadline_at = now() + interval '2 days' WHERE stage = 'FINALIST_SELECTION';
UPDATE contest SET launched_at = created_at WHERE stage = 'COMPLETED';
