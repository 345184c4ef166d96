-- Every node keeps the registry in memory (JdbcTenantRegistry). A change to it, made by any node, by a start-up's
-- migrations or by an operator's restore, is announced at its commit on the channel every node listens to
-- (RegistryChanges), which then reads the registry again.
CREATE FUNCTION registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('concerto_registry', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER tenant_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tenant
    FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
