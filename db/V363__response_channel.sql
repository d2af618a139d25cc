-- Statements that reached the ministry by email or post and were entered by staff (issue 16).
ALTER TABLE response ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'WEB';
