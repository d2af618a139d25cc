-- When the confirmed subscribers of a consultation's target groups and themes were told it was published (once: a
-- consultation unpublished and published again is not announced twice). Consultations published before this
-- migration count as announced, so deploying it mails nobody about old consultations.
ALTER TABLE consultation ADD COLUMN announced_at DATETIME(6) NULL;
UPDATE consultation SET announced_at = published_at WHERE published_at IS NOT NULL;
