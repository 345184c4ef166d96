package ca.concerto.tenancy.application;

import ca.concerto.tenancy.application.SchemaMigrations;
import ca.concerto.tenancy.domain.TenantRegistrations.Registration;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.domain.TenantSlug;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schemas up to date at start-up: the shared one, then each tenant's that the registry does not
 * know to be at the latest version. Up-to-date tenants cost nothing but one query; a tenant whose
 * migration fails is marked so and left out, with a clear log line, while the others run.
 */
public class TenantSchemaUpgrade {

    private static final Logger LOG = Logger.getLogger(TenantSchemaUpgrade.class.getName());

    private final SchemaMigrations migrator;
    private final TenantRegistrations registrations;

    public TenantSchemaUpgrade(SchemaMigrations migrator, TenantRegistrations registrations) {
        this.migrator = migrator;
        this.registrations = registrations;
    }

    public Outcome run() {
        int sharedScripts = migrator.migrateShared();
        int latest = migrator.latestTenantVersion();
        List<TenantSlug> migrated = new ArrayList<>();
        List<TenantSlug> failed = new ArrayList<>();
        for (Registration registration : registrations.behind(latest)) {
            TenantSlug slug = registration.tenant().slug();
            try {
                migrator.migrateTenant(registration.tenant().schema());
                registrations.markActive(slug, latest);
                migrated.add(slug);
            } catch (RuntimeException e) {
                registrations.markMigrationFailed(slug);
                failed.add(slug);
                LOG.log(Level.SEVERE, String.format(
                        "Tenant %s (schema %s) could not be migrated to version %d and is unavailable until an "
                                + "operator fixes its schema; the other tenants run normally. Cause: %s",
                        slug, registration.tenant().schema(), latest, e.getMessage()), e);
            }
        }
        LOG.info(() -> String.format("Schemas: shared +%d script(s); tenants migrated %s, failed %s",
                sharedScripts, migrated, failed));
        return new Outcome(sharedScripts, List.copyOf(migrated), List.copyOf(failed));
    }

    /** What a start-up upgrade did. */
    public record Outcome(int sharedScriptsApplied, List<TenantSlug> migrated, List<TenantSlug> failed) {
    }
}
