-- A plan created with a client's key (the API's Idempotency-Key, a screen's own) is found again by that
-- key: a creation retried after a lost answer, or a button pressed twice, never makes two plans.
ALTER TABLE plan ADD COLUMN creation_key text CHECK (length(creation_key) <= 100);
CREATE UNIQUE INDEX plan_creation_key ON plan (creation_key);
