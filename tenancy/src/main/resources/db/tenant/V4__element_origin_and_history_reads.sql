-- Comparing versions of a plan: each element of a new version remembers the element it was copied from.
-- Reading history: every look at a plan's history (timeline, a past state, a comparison, a report) is
-- written down, and never changed.

ALTER TABLE plan_element ADD COLUMN origin_id bigint;
ALTER TABLE plan_element_aud ADD COLUMN origin_id bigint;
ALTER TABLE plan_element_aud ADD COLUMN originid_mod boolean;

CREATE SEQUENCE history_read_seq INCREMENT BY 1;

CREATE TABLE history_read (
    id       bigint PRIMARY KEY DEFAULT nextval('history_read_seq'),
    read_at  timestamptz NOT NULL DEFAULT now(),
    username text NOT NULL,
    roles    text NOT NULL,
    plan_id  bigint NOT NULL,
    what     text NOT NULL
);
CREATE INDEX history_read_plan ON history_read (plan_id, read_at);

GRANT USAGE, SELECT ON history_read_seq TO ${app_role};
GRANT SELECT, INSERT ON history_read TO ${app_role};
