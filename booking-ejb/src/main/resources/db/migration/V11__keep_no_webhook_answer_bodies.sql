-- The delivery log kept the first 500 characters of what each endpoint answered, which let anyone who
-- could register an endpoint read what a URL served. It now keeps the answer's status only, and a
-- sentence of ours when there was no answer (refused, timed out); the bodies already kept are erased.
UPDATE webhook_deliveries SET last_response = NULL WHERE last_response_status IS NOT NULL;
ALTER TABLE webhook_deliveries RENAME COLUMN last_response TO last_failure;
