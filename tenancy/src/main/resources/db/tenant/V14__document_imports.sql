-- A document a coordinator brings in (a Word plan) is kept while they look at its preview and choose the
-- mapping; committing it makes a plan (one IMPORT revision naming the file) and remembers which. The file is
-- no part of any plan's history: the plan is.
CREATE SEQUENCE plan_import_seq INCREMENT BY 50;

CREATE TABLE plan_import (
    id          bigint PRIMARY KEY,
    file_name   text NOT NULL CHECK (file_name <> ''),
    content     bytea NOT NULL,
    imported_by text NOT NULL,
    received_at timestamptz NOT NULL,
    plan_id     bigint REFERENCES plan (id),
    version     integer NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON plan_import TO ${app_role};
GRANT USAGE, SELECT ON plan_import_seq TO ${app_role};
