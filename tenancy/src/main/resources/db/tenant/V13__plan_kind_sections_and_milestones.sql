-- A plan's kind is the words of its template's kind when it was made ("Plan stratégique"), no longer one of
-- four fixed types; its statements become ordered, titled sections of any kind; milestones other than the
-- adoption (filed with a funder, presented, approved) are recorded, freezing nothing.

-- Kind -------------------------------------------------------------------------------------------------
ALTER TABLE plan ADD COLUMN kind_fr text, ADD COLUMN kind_en text;
ALTER TABLE plan_aud ADD COLUMN kind_fr text, ADD COLUMN kind_en text, ADD COLUMN kind_mod boolean;

UPDATE plan SET
    kind_fr = CASE type WHEN 'ANNUAL_ACTION_PLAN' THEN 'Plan d''action annuel' WHEN 'TRANSITIONAL_PLAN' THEN 'Plan transitoire'
                        WHEN 'WORK_PLAN' THEN 'Plan de travail' ELSE 'Priorités quinquennales' END,
    kind_en = CASE type WHEN 'ANNUAL_ACTION_PLAN' THEN 'Annual action plan' WHEN 'TRANSITIONAL_PLAN' THEN 'Transitional plan'
                        WHEN 'WORK_PLAN' THEN 'Work plan' ELSE 'Five-year priorities' END;
UPDATE plan_aud SET kind_mod = type_mod,
    kind_fr = CASE type WHEN 'ANNUAL_ACTION_PLAN' THEN 'Plan d''action annuel' WHEN 'TRANSITIONAL_PLAN' THEN 'Plan transitoire'
                        WHEN 'WORK_PLAN' THEN 'Plan de travail' WHEN 'FIVE_YEAR_PRIORITIES' THEN 'Priorités quinquennales' END,
    kind_en = CASE type WHEN 'ANNUAL_ACTION_PLAN' THEN 'Annual action plan' WHEN 'TRANSITIONAL_PLAN' THEN 'Transitional plan'
                        WHEN 'WORK_PLAN' THEN 'Work plan' WHEN 'FIVE_YEAR_PRIORITIES' THEN 'Five-year priorities' END;

DROP VIEW network_plan;
CREATE VIEW network_plan WITH (security_barrier = true) AS
    SELECT id, title, kind_fr, kind_en, period_label, adopted_on, adopting_body, edition
    FROM plan
    WHERE status = 'ADOPTED';
GRANT SELECT ON network_plan TO ${network_role};

ALTER TABLE plan ALTER COLUMN kind_fr SET NOT NULL, ALTER COLUMN kind_en SET NOT NULL, DROP COLUMN type;
ALTER TABLE plan_aud DROP COLUMN type, DROP COLUMN type_mod;

-- Sections -------------------------------------------------------------------------------------------
CREATE SEQUENCE plan_section_seq INCREMENT BY 50;

CREATE TABLE plan_section (
    id       bigint PRIMARY KEY,
    plan_id  bigint NOT NULL REFERENCES plan (id),
    position integer NOT NULL CHECK (position >= 0),
    kind     text NOT NULL CHECK (kind IN ('INTRODUCTION', 'VISION', 'MISSION', 'MANDATES', 'ROLES', 'HISTORY',
                                           'MEMBERS', 'CREDITS', 'FOOTNOTES', 'OTHER')),
    title    text,
    body     text,
    version  integer NOT NULL,
    CHECK (title IS NOT NULL OR body IS NOT NULL)
);
CREATE INDEX plan_section_plan ON plan_section (plan_id);

CREATE TABLE plan_section_aud (
    id           bigint NOT NULL,
    rev          bigint NOT NULL REFERENCES revision (id),
    revtype      smallint,
    plan_id      bigint,
    plan_mod     boolean,
    position     integer,
    position_mod boolean,
    kind         text,
    kind_mod     boolean,
    title        text,
    title_mod    boolean,
    body         text,
    body_mod     boolean,
    PRIMARY KEY (id, rev)
);
ALTER TABLE plan_aud ADD COLUMN sections_mod boolean;

-- The statements become sections, recorded in the audit as added by the plan's first revision: only the
-- demo import and the copies of plans ever set them.
WITH statement AS (
    SELECT p.id AS plan_id, s.rank, s.kind, s.body
    FROM plan p
    CROSS JOIN LATERAL (VALUES (0, 'INTRODUCTION', p.introduction), (1, 'VISION', p.vision), (2, 'MISSION', p.mission),
                               (3, 'MANDATES', p.mandates), (4, 'ROLES', p.roles)) AS s (rank, kind, body)
    WHERE s.body IS NOT NULL AND btrim(s.body) <> ''
      AND EXISTS (SELECT 1 FROM plan_aud a WHERE a.id = p.id)
), inserted AS (
    INSERT INTO plan_section (id, plan_id, position, kind, title, body, version)
    SELECT nextval('plan_section_seq'), plan_id, (row_number() OVER (PARTITION BY plan_id ORDER BY rank)) - 1, kind, NULL, body, 0
    FROM statement
    RETURNING id, plan_id, position, kind, body
)
INSERT INTO plan_section_aud (id, rev, revtype, plan_id, plan_mod, position, position_mod, kind, kind_mod, title, title_mod, body, body_mod)
SELECT i.id, (SELECT min(a.rev) FROM plan_aud a WHERE a.id = i.plan_id), 0, i.plan_id, true, i.position, true, i.kind, true,
       NULL, false, i.body, true
FROM inserted i;

ALTER TABLE plan DROP COLUMN introduction, DROP COLUMN vision, DROP COLUMN mission, DROP COLUMN mandates, DROP COLUMN roles;
ALTER TABLE plan_aud DROP COLUMN introduction, DROP COLUMN introduction_mod, DROP COLUMN vision, DROP COLUMN vision_mod,
    DROP COLUMN mission, DROP COLUMN mission_mod, DROP COLUMN mandates, DROP COLUMN mandates_mod,
    DROP COLUMN roles, DROP COLUMN rolestext_mod;

-- Milestones -------------------------------------------------------------------------------------------
CREATE SEQUENCE plan_milestone_seq INCREMENT BY 50;

CREATE TABLE plan_milestone (
    id          bigint PRIMARY KEY,
    plan_id     bigint NOT NULL REFERENCES plan (id),
    kind        text NOT NULL CHECK (kind IN ('FILED', 'PRESENTED', 'APPROVED')),
    reached_on  date NOT NULL,
    counterpart text NOT NULL CHECK (counterpart <> ''),
    note        text,
    version     integer NOT NULL
);
CREATE INDEX plan_milestone_plan ON plan_milestone (plan_id);

CREATE TABLE plan_milestone_aud (
    id              bigint NOT NULL,
    rev             bigint NOT NULL REFERENCES revision (id),
    revtype         smallint,
    plan_id         bigint,
    plan_mod        boolean,
    kind            text,
    kind_mod        boolean,
    reached_on      date,
    reachedon_mod   boolean,
    counterpart     text,
    counterpart_mod boolean,
    note            text,
    note_mod        boolean,
    PRIMARY KEY (id, rev)
);
ALTER TABLE plan_aud ADD COLUMN milestones_mod boolean;

GRANT SELECT, INSERT, UPDATE, DELETE ON plan_section, plan_milestone TO ${app_role};
GRANT SELECT, INSERT ON plan_section_aud, plan_milestone_aud TO ${app_role};
GRANT USAGE, SELECT ON plan_section_seq, plan_milestone_seq TO ${app_role};

-- A milestone is recorded as a revision of its own kind: it changes none of the plan's content.
ALTER TABLE revision DROP CONSTRAINT revision_kind_check;
ALTER TABLE revision ADD CONSTRAINT revision_kind_check CHECK (kind IN ('EDIT', 'ADOPTION', 'IMPORT', 'FOLLOW_UP', 'MILESTONE'));
