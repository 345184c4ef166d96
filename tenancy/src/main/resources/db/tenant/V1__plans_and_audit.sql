-- One tenant's space: its partners, its plans with their element trees, and the audit of all of them.
-- Runs in the tenant's own schema (Flyway's default schema), as the owner role.

CREATE SEQUENCE organisation_seq INCREMENT BY 50;
CREATE SEQUENCE person_seq INCREMENT BY 50;
CREATE SEQUENCE plan_seq INCREMENT BY 50;
CREATE SEQUENCE plan_element_seq INCREMENT BY 50;
CREATE SEQUENCE revision_seq INCREMENT BY 1;

-- Partners ------------------------------------------------------------------------------------------

CREATE TABLE organisation (
    id      bigint PRIMARY KEY,
    name    text NOT NULL CHECK (name <> ''),
    acronym text,
    sector  text,
    version integer NOT NULL
);

CREATE TABLE person (
    id                bigint PRIMARY KEY,
    full_name         text NOT NULL CHECK (full_name <> ''),
    title             text,
    organisation_id   bigint REFERENCES organisation (id),
    organisation_text text,
    version           integer NOT NULL
);

CREATE TABLE person_committee (
    person_id bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    committee text NOT NULL CHECK (committee IN ('REGIONAL_COMMITTEE', 'EXECUTIVE_COMMITTEE')),
    PRIMARY KEY (person_id, committee)
);

-- Plans ---------------------------------------------------------------------------------------------

CREATE TABLE plan (
    id              bigint PRIMARY KEY,
    lineage         uuid NOT NULL,
    edition         integer NOT NULL CHECK (edition >= 1),
    derived_from_id bigint REFERENCES plan (id),
    title           text NOT NULL CHECK (title <> ''),
    type            text NOT NULL CHECK (type IN ('ANNUAL_ACTION_PLAN', 'TRANSITIONAL_PLAN', 'WORK_PLAN', 'FIVE_YEAR_PRIORITIES')),
    template_code   text NOT NULL,
    period_start    date,
    period_end      date,
    period_label    text,
    status          text NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED', 'ARCHIVED')),
    adopted_on      date,
    adopting_body   text,
    vision          text,
    mission         text,
    mandates        text,
    roles           text,
    version         integer NOT NULL,
    UNIQUE (lineage, edition),
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
    CHECK (status = 'DRAFT' OR status = 'ARCHIVED' OR adopted_on IS NOT NULL)
);

CREATE TABLE plan_element (
    id                   bigint PRIMARY KEY,
    plan_id              bigint NOT NULL REFERENCES plan (id),
    parent_id            bigint REFERENCES plan_element (id),
    position             integer NOT NULL CHECK (position >= 0),
    level_code           text NOT NULL,
    number               text,
    title                text NOT NULL,
    description          text,
    schedule_text        text,
    schedule_kind        text CHECK (schedule_kind IN ('DATE', 'PERIOD', 'RECURRING', 'UNDETERMINED')),
    schedule_start       date,
    schedule_end         date,
    lead_text            text,
    lead_organisation_id bigint REFERENCES organisation (id),
    lead_person_id       bigint REFERENCES person (id),
    expected_results     text,
    version              integer NOT NULL
);
CREATE INDEX plan_element_plan ON plan_element (plan_id);
CREATE INDEX plan_element_parent ON plan_element (parent_id);

CREATE TABLE plan_element_collaborator (
    element_id      bigint NOT NULL REFERENCES plan_element (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    name            text NOT NULL,
    organisation_id bigint REFERENCES organisation (id),
    PRIMARY KEY (element_id, position)
);

CREATE TABLE plan_element_indicator (
    element_id bigint NOT NULL REFERENCES plan_element (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (element_id, position)
);

CREATE TABLE plan_element_target_group (
    element_id bigint NOT NULL REFERENCES plan_element (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (element_id, position)
);

CREATE TABLE plan_element_field_of_action (
    element_id bigint NOT NULL REFERENCES plan_element (id) ON DELETE CASCADE,
    field_code text NOT NULL,
    PRIMARY KEY (element_id, field_code)
);

-- Audit (Hibernate Envers) ----------------------------------------------------------------------------
-- Written once, read forever: the application's role may insert and read, never update or delete.

CREATE TABLE revision (
    id          bigint PRIMARY KEY,
    recorded_at bigint NOT NULL,
    author      text NOT NULL,
    tenant      text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('EDIT', 'ADOPTION', 'IMPORT')),
    comment     text NOT NULL
);

CREATE TABLE organisation_aud (
    id          bigint NOT NULL,
    rev         bigint NOT NULL REFERENCES revision (id),
    revtype     smallint,
    name        text,
    name_mod    boolean,
    acronym     text,
    acronym_mod boolean,
    sector      text,
    sector_mod  boolean,
    PRIMARY KEY (id, rev)
);

CREATE TABLE person_aud (
    id                    bigint NOT NULL,
    rev                   bigint NOT NULL REFERENCES revision (id),
    revtype               smallint,
    full_name             text,
    fullname_mod          boolean,
    title                 text,
    title_mod             boolean,
    organisation_id       bigint,
    organisation_mod      boolean,
    organisation_text     text,
    organisationtext_mod  boolean,
    committees_mod        boolean,
    PRIMARY KEY (id, rev)
);

CREATE TABLE person_committee_aud (
    rev       bigint NOT NULL REFERENCES revision (id),
    revtype   smallint,
    person_id bigint NOT NULL,
    committee text NOT NULL,
    PRIMARY KEY (person_id, committee, rev)
);

CREATE TABLE plan_aud (
    id               bigint NOT NULL,
    rev              bigint NOT NULL REFERENCES revision (id),
    revtype          smallint,
    lineage          uuid,
    lineage_mod      boolean,
    edition          integer,
    edition_mod      boolean,
    derived_from_id  bigint,
    derivedfrom_mod  boolean,
    title            text,
    title_mod        boolean,
    type             text,
    type_mod         boolean,
    template_code    text,
    templatecode_mod boolean,
    period_start     date,
    period_end       date,
    period_label     text,
    period_mod       boolean,
    status           text,
    status_mod       boolean,
    adopted_on       date,
    adoptedon_mod    boolean,
    adopting_body    text,
    adoptingbody_mod boolean,
    vision           text,
    vision_mod       boolean,
    mission          text,
    mission_mod      boolean,
    mandates         text,
    mandates_mod     boolean,
    roles            text,
    rolestext_mod    boolean,
    elements_mod     boolean,
    PRIMARY KEY (id, rev)
);

CREATE TABLE plan_element_aud (
    id                   bigint NOT NULL,
    rev                  bigint NOT NULL REFERENCES revision (id),
    revtype              smallint,
    plan_id              bigint,
    plan_mod             boolean,
    parent_id            bigint,
    parent_mod           boolean,
    position             integer,
    position_mod         boolean,
    level_code           text,
    levelcode_mod        boolean,
    number               text,
    number_mod           boolean,
    title                text,
    title_mod            boolean,
    description          text,
    description_mod      boolean,
    schedule_text        text,
    schedule_kind        text,
    schedule_start       date,
    schedule_end         date,
    schedule_mod         boolean,
    lead_text            text,
    lead_organisation_id bigint,
    lead_person_id       bigint,
    lead_mod             boolean,
    collaborators_mod    boolean,
    resultindicators_mod boolean,
    targetgroups_mod     boolean,
    expected_results     text,
    expectedresults_mod  boolean,
    fieldsofaction_mod   boolean,
    PRIMARY KEY (id, rev)
);
CREATE INDEX plan_element_aud_plan ON plan_element_aud (plan_id, rev);

CREATE TABLE plan_element_collaborator_aud (
    rev             bigint NOT NULL REFERENCES revision (id),
    revtype         smallint NOT NULL,
    element_id      bigint NOT NULL,
    position        integer NOT NULL,
    name            text,
    organisation_id bigint,
    PRIMARY KEY (element_id, position, rev, revtype)
);

CREATE TABLE plan_element_indicator_aud (
    rev        bigint NOT NULL REFERENCES revision (id),
    revtype    smallint,
    element_id bigint NOT NULL,
    position   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (element_id, text, position, rev)
);

CREATE TABLE plan_element_target_group_aud (
    rev        bigint NOT NULL REFERENCES revision (id),
    revtype    smallint,
    element_id bigint NOT NULL,
    position   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (element_id, text, position, rev)
);

CREATE TABLE plan_element_field_of_action_aud (
    rev        bigint NOT NULL REFERENCES revision (id),
    revtype    smallint,
    element_id bigint NOT NULL,
    field_code text NOT NULL,
    PRIMARY KEY (element_id, field_code, rev)
);

-- What the application's role may do ------------------------------------------------------------------

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON
    organisation, person, person_committee,
    plan, plan_element, plan_element_collaborator, plan_element_indicator, plan_element_target_group,
    plan_element_field_of_action
    TO ${app_role};
GRANT SELECT, INSERT ON
    revision, organisation_aud, person_aud, person_committee_aud, plan_aud, plan_element_aud,
    plan_element_collaborator_aud, plan_element_indicator_aud, plan_element_target_group_aud,
    plan_element_field_of_action_aud
    TO ${app_role};
