-- The public-policy watch, shared by every tenant: changes of federal, Québec or municipal policy that
-- matter to early childhood. Any tenant's coordination posts one; each tenant assesses it in its own schema.

CREATE SEQUENCE policy_watch_item_seq INCREMENT BY 50;

CREATE TABLE policy_watch_item (
    id               bigint PRIMARY KEY,
    title            text NOT NULL CHECK (title <> ''),
    jurisdiction     text NOT NULL CHECK (jurisdiction IN ('FEDERAL', 'QUEBEC', 'MUNICIPAL')),
    published_on     date NOT NULL,
    source_url       text CHECK (source_url IS NULL OR source_url ~ '^https?://'),
    summary          text,
    fields_of_action text[] NOT NULL DEFAULT '{}',
    status           text NOT NULL CHECK (status IN ('ANNOUNCED', 'IN_CONSULTATION', 'ADOPTED', 'IN_FORCE', 'WITHDRAWN')),
    posted_by        text NOT NULL,
    posted_by_tenant text NOT NULL,
    posted_at        timestamptz NOT NULL,
    version          integer NOT NULL
);
CREATE INDEX policy_watch_item_posted ON policy_watch_item (posted_at DESC);

GRANT USAGE, SELECT ON policy_watch_item_seq TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON policy_watch_item TO ${app_role};
GRANT SELECT ON policy_watch_item TO ${network_role};
