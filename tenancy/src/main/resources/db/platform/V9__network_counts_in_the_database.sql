-- The network's comparison counts in the database rather than reading every body's every element: each copied
-- element says whether it is an action (a row of the plans' tables rather than a heading) and carries its words
-- folded as searches compare them, both worked out when the body's copy is made (JdbcNetworkPublication).

-- Accents aside in searches ("education" finds "Éducation"). A trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA ${flyway:defaultSchema};

ALTER TABLE published_element
    ADD COLUMN is_action   boolean NOT NULL DEFAULT true,
    ADD COLUMN search_text text    NOT NULL DEFAULT '';

-- Every copy is made again, with the new columns, at the next read or start-up.
UPDATE tenant SET network_stale = true;
