-- What the network sees of this body changes when a plan is adopted, archived, renamed or removed, and
-- when an organisation leading its actions is renamed: each marks the published copy out of date
-- (platform V8). Drafts come and go without touching the registry.

CREATE TRIGGER network_stale_after_plan_insert AFTER INSERT ON plan
    FOR EACH ROW WHEN (NEW.status <> 'DRAFT') EXECUTE FUNCTION platform.mark_network_stale();
CREATE TRIGGER network_stale_after_plan_update AFTER UPDATE ON plan
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR (NEW.status = 'ADOPTED'
        AND (OLD.title, OLD.period_label, OLD.adopted_on) IS DISTINCT FROM (NEW.title, NEW.period_label, NEW.adopted_on)))
    EXECUTE FUNCTION platform.mark_network_stale();
CREATE TRIGGER network_stale_after_plan_delete AFTER DELETE ON plan
    FOR EACH ROW WHEN (OLD.status <> 'DRAFT') EXECUTE FUNCTION platform.mark_network_stale();
CREATE TRIGGER network_stale_after_organisation_change AFTER UPDATE OR DELETE ON organisation
    FOR EACH STATEMENT EXECUTE FUNCTION platform.mark_network_stale();
