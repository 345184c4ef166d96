-- The tenant registry: every concertation body with a space in Concerto, and the state of its schema.
CREATE TABLE tenant (
    slug           text PRIMARY KEY CHECK (slug ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(slug) <= 40),
    display_name   text NOT NULL CHECK (display_name <> ''),
    region         text NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('REGIONAL_BODY', 'LOCAL_TABLE')),
    schema_name    text NOT NULL UNIQUE CHECK (schema_name ~ '^t_[a-z][a-z0-9_]*$'),
    status         text NOT NULL CHECK (status IN ('PROVISIONING', 'ACTIVE', 'MIGRATION_FAILED')),
    schema_version integer,
    registered_at  timestamptz NOT NULL DEFAULT now()
);

-- The application reads the registry; only the owner role (migrations, provisioning) writes it.
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT ON tenant TO ${app_role};
