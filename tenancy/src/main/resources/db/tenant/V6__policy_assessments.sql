-- This tenant's assessments of the shared policy watch: the impact on its work, whether an action is
-- needed, a note, the plan elements concerned; and whether it shares the assessment with other tenants.
-- The network sees every assessment; other tenants see only the shared ones, both through views of the
-- network's role.

CREATE SEQUENCE policy_assessment_seq INCREMENT BY 50;

CREATE TABLE policy_assessment (
    id            bigint PRIMARY KEY,
    item_id       bigint NOT NULL UNIQUE REFERENCES platform.policy_watch_item (id),
    impact        text NOT NULL CHECK (impact IN ('NONE', 'LOW', 'MEDIUM', 'HIGH')),
    action_needed boolean NOT NULL,
    note          text,
    shared        boolean NOT NULL,
    assessed_by   text NOT NULL,
    assessed_on   date NOT NULL,
    version       integer NOT NULL
);

CREATE TABLE policy_assessment_element (
    assessment_id bigint NOT NULL REFERENCES policy_assessment (id) ON DELETE CASCADE,
    element_id    bigint NOT NULL REFERENCES plan_element (id) ON DELETE CASCADE,
    PRIMARY KEY (assessment_id, element_id)
);

-- When each person last looked at the watch board: what is new for them since.
CREATE TABLE policy_watch_seen (
    username text PRIMARY KEY,
    seen_at  timestamptz NOT NULL
);

CREATE VIEW network_policy_assessment AS
    SELECT item_id, impact, action_needed, note, shared, assessed_on FROM policy_assessment;

CREATE VIEW shared_policy_assessment AS
    SELECT item_id, impact, action_needed, note, assessed_on FROM policy_assessment WHERE shared;

GRANT USAGE, SELECT ON policy_assessment_seq TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON policy_assessment, policy_assessment_element, policy_watch_seen TO ${app_role};
GRANT SELECT ON network_policy_assessment, shared_policy_assessment TO ${network_role};
