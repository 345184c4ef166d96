-- The network's comparison reads counts, not every body's every element: when a body's copy is made, its adopted
-- plans and its counts (actions per field of action, per target group, per lead's sector) are written beside it,
-- and the comparison reads those. The elements are read only when asked for: the actions behind one count, or the
-- actions whose words hold a search, for which each copied element carries its words folded as searches fold them.

-- Accents aside in searches ("education" finds "Éducation"). A trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA ${flyway:defaultSchema};

-- is_action: a row of the plans' tables rather than a heading (axis, orientation, objective), by the rule of the
-- plans' pages (Headings), worked out when copied.
ALTER TABLE published_element
    ADD COLUMN is_action   boolean NOT NULL DEFAULT true,
    ADD COLUMN search_text text    NOT NULL DEFAULT '';

-- A body's adopted plans, newest adoption first.
CREATE TABLE published_plan (
    tenant       text    NOT NULL REFERENCES tenant (slug) ON DELETE CASCADE,
    position     integer NOT NULL,
    title        text    NOT NULL,
    period_label text,
    PRIMARY KEY (tenant, position)
);

-- How many of a body's actions go with a label: a field of action's code (FIELD), a target group (TARGET_GROUP),
-- a lead's sector (LEAD_SECTOR; '' for a lead that is no known organisation or one without a sector).
CREATE TABLE published_count (
    tenant  text    NOT NULL REFERENCES tenant (slug) ON DELETE CASCADE,
    kind    text    NOT NULL CHECK (kind IN ('FIELD', 'TARGET_GROUP', 'LEAD_SECTOR')),
    label   text    NOT NULL,
    actions integer NOT NULL,
    PRIMARY KEY (tenant, kind, label)
);

GRANT SELECT ON published_plan, published_count TO ${network_role};

-- Every copy is made again, with what is new, at the next read or start-up.
UPDATE tenant SET network_stale = true;
