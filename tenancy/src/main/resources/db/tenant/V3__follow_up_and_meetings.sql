-- Following a plan: who answers for which organisation, progress per reporting period, indicator
-- measurements, and the partners' meetings. All of it audited like the plans themselves.

ALTER TABLE revision DROP CONSTRAINT revision_kind_check;
ALTER TABLE revision ADD CONSTRAINT revision_kind_check CHECK (kind IN ('EDIT', 'ADOPTION', 'IMPORT', 'FOLLOW_UP'));

CREATE SEQUENCE progress_report_seq INCREMENT BY 50;
CREATE SEQUENCE indicator_measurement_seq INCREMENT BY 50;
CREATE SEQUENCE meeting_seq INCREMENT BY 50;

-- The organisation a partner's login speaks for: they follow up the elements that organisation leads.
CREATE TABLE partner_account (
    username        text PRIMARY KEY CHECK (username <> ''),
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    version         integer NOT NULL
);

CREATE TABLE progress_report (
    id               bigint PRIMARY KEY,
    element_id       bigint NOT NULL REFERENCES plan_element (id),
    reporting_period text NOT NULL CHECK (reporting_period ~ '^[0-9]{4}-Q[1-4]$'),
    status           text NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'ABANDONED')),
    percent_complete integer CHECK (percent_complete BETWEEN 0 AND 100),
    note             text,
    recorded_by      text NOT NULL,
    recorded_on      date NOT NULL,
    version          integer NOT NULL,
    UNIQUE (element_id, reporting_period)
);

CREATE TABLE indicator_measurement (
    id          bigint PRIMARY KEY,
    element_id  bigint NOT NULL REFERENCES plan_element (id),
    indicator   text NOT NULL CHECK (indicator <> ''),
    value       numeric NOT NULL,
    measured_on date NOT NULL,
    note        text,
    recorded_by text NOT NULL,
    version     integer NOT NULL
);
CREATE INDEX indicator_measurement_element ON indicator_measurement (element_id);

CREATE TABLE meeting (
    id      bigint PRIMARY KEY,
    held_on date NOT NULL,
    mode    text NOT NULL CHECK (mode IN ('IN_PERSON', 'ONLINE')),
    theme   text NOT NULL CHECK (theme <> ''),
    notes   text,
    version integer NOT NULL
);

CREATE TABLE meeting_element (
    meeting_id bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    element_id bigint NOT NULL REFERENCES plan_element (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, element_id)
);

CREATE TABLE partner_account_aud (
    username         text NOT NULL,
    rev              bigint NOT NULL REFERENCES revision (id),
    revtype          smallint,
    organisation_id  bigint,
    organisation_mod boolean,
    PRIMARY KEY (username, rev)
);

CREATE TABLE progress_report_aud (
    id                  bigint NOT NULL,
    rev                 bigint NOT NULL REFERENCES revision (id),
    revtype             smallint,
    element_id          bigint,
    element_mod         boolean,
    reporting_period    text,
    period_mod          boolean,
    status              text,
    status_mod          boolean,
    percent_complete    integer,
    percentcomplete_mod boolean,
    note                text,
    note_mod            boolean,
    recorded_by         text,
    recordedby_mod      boolean,
    recorded_on         date,
    recordedon_mod      boolean,
    PRIMARY KEY (id, rev)
);

CREATE TABLE indicator_measurement_aud (
    id             bigint NOT NULL,
    rev            bigint NOT NULL REFERENCES revision (id),
    revtype        smallint,
    element_id     bigint,
    element_mod    boolean,
    indicator      text,
    indicator_mod  boolean,
    value          numeric,
    value_mod      boolean,
    measured_on    date,
    measuredon_mod boolean,
    note           text,
    note_mod       boolean,
    recorded_by    text,
    recordedby_mod boolean,
    PRIMARY KEY (id, rev)
);

CREATE TABLE meeting_aud (
    id           bigint NOT NULL,
    rev          bigint NOT NULL REFERENCES revision (id),
    revtype      smallint,
    held_on      date,
    heldon_mod   boolean,
    mode         text,
    mode_mod     boolean,
    theme        text,
    theme_mod    boolean,
    notes        text,
    notes_mod    boolean,
    elementids_mod boolean,
    PRIMARY KEY (id, rev)
);

CREATE TABLE meeting_element_aud (
    rev        bigint NOT NULL REFERENCES revision (id),
    revtype    smallint,
    meeting_id bigint NOT NULL,
    element_id bigint NOT NULL,
    PRIMARY KEY (meeting_id, element_id, rev)
);

GRANT USAGE, SELECT ON progress_report_seq, indicator_measurement_seq, meeting_seq TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON partner_account, progress_report, indicator_measurement, meeting, meeting_element
    TO ${app_role};
GRANT SELECT, INSERT ON partner_account_aud, progress_report_aud, indicator_measurement_aud, meeting_aud, meeting_element_aud
    TO ${app_role};
