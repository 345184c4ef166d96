-- Every node keeps the registry in memory (JdbcTenantRegistry). A change to what it holds, made by any node, by a
-- start-up's migrations or by an operator's restore, is announced at its commit on the channel every node listens
-- to (RegistryChanges), which then reads the registry again; the announcement names the body ('' for a truncation).
-- A new schema version alone changes nothing a node holds: a start-up that migrates a thousand bodies must not make
-- every other node read the registry a thousand times.
CREATE FUNCTION registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('concerto_registry', CASE WHEN TG_LEVEL = 'ROW' THEN coalesce(NEW.slug, OLD.slug) ELSE '' END);
    RETURN NULL;
END
$$;

CREATE TRIGGER tenant_added_or_removed AFTER INSERT OR DELETE ON tenant
    FOR EACH ROW EXECUTE FUNCTION registry_changed();

CREATE TRIGGER tenant_changed AFTER UPDATE ON tenant FOR EACH ROW
    WHEN ((OLD.slug, OLD.display_name, OLD.region, OLD.kind, OLD.status)
          IS DISTINCT FROM (NEW.slug, NEW.display_name, NEW.region, NEW.kind, NEW.status))
    EXECUTE FUNCTION registry_changed();

CREATE TRIGGER tenant_emptied AFTER TRUNCATE ON tenant
    FOR EACH STATEMENT EXECUTE FUNCTION registry_changed();
