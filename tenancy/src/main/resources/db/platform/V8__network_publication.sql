-- What the network reads, published: the adopted plans of every body copied into one table, so that the
-- network's comparison across hundreds of bodies is one query, not one per body over their live tables.
-- A body's copy is made again when something the network sees changed in it (network_stale, set by the
-- triggers of tenant migration V16 and by a restore), the first time the network reads after that change.

ALTER TABLE tenant ADD COLUMN network_stale boolean NOT NULL DEFAULT true;

-- ord: the element's place in its body's copy (newest adoption first, then each plan's order), numbered when
-- copied, so that reading every body in order sorts numbers rather than texts.
CREATE TABLE published_element (
    tenant            text    NOT NULL REFERENCES tenant (slug) ON DELETE CASCADE,
    plan_id           bigint  NOT NULL,
    plan_title        text    NOT NULL,
    period_label      text,
    adopted_on        date,
    id                bigint  NOT NULL,
    parent_id         bigint,
    position          integer NOT NULL,
    level_code        text    NOT NULL,
    number            text,
    title             text    NOT NULL,
    description       text,
    schedule_text     text,
    lead_text         text,
    lead_organisation text,
    lead_sector       text,
    fields_of_action  text[]  NOT NULL,
    target_groups     text[]  NOT NULL,
    has_children      boolean NOT NULL,
    collaborators     text[]  NOT NULL,
    result_indicators text[]  NOT NULL,
    expected_results  text,
    ord               integer NOT NULL,
    PRIMARY KEY (tenant, id),
    UNIQUE (tenant, ord)
);

-- Only the owner role publishes; the network's role reads the copy as it read the views it is made from.
GRANT SELECT ON published_element TO ${network_role};

-- Fired by a body's own tables (as whoever changes them), it marks that body's copy out of date and does
-- nothing else: the application's role gets no right on the registry.
CREATE FUNCTION mark_network_stale() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog AS $$
BEGIN
    UPDATE ${flyway:defaultSchema}.tenant SET network_stale = true WHERE schema_name = TG_TABLE_SCHEMA AND NOT network_stale;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION mark_network_stale() FROM PUBLIC;
