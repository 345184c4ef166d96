-- The author of a revision as people read them ("Camille Tremblay"), beside the username the login vouched for.
-- Null for the revisions written before, and for those of scripts: their username shows then.
ALTER TABLE revision ADD COLUMN author_name text;
