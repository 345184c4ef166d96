-- The network's role finds the active tenants and the fields of action in the shared schema; nothing more.
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${network_role};
GRANT SELECT ON tenant, field_of_action TO ${network_role};
