package ca.concerto.tenancy.infrastructure.registry;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantKind;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.domain.TenantSlug;
import ca.concerto.tenancy.domain.TenantStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The tenant registry as the role that owns the shared schema changes it. */
public class JdbcTenantRegistrations implements TenantRegistrations {

    private final DataSource ownerDataSource;

    public JdbcTenantRegistrations(DataSource ownerDataSource) {
        this.ownerDataSource = ownerDataSource;
    }

    /**
     * Registers a tenant whose schema is not created yet.
     *
     * @return false when the slug is already registered
     */
    @Override
    public boolean register(Tenant tenant) {
        return update("""
                INSERT INTO platform.tenant (slug, display_name, region, kind, schema_name, status)
                VALUES (?, ?, ?, ?, ?, 'PROVISIONING') ON CONFLICT (slug) DO NOTHING""",
                tenant.slug().value(), tenant.displayName(), tenant.region(), tenant.kind().name(),
                tenant.schema().value()) == 1;
    }

    /** The tenant's schema is at this version and ready. */
    @Override
    public void markActive(TenantSlug slug, int schemaVersion) {
        update("UPDATE platform.tenant SET status = 'ACTIVE', schema_version = ? WHERE slug = ?",
                schemaVersion, slug.value());
    }

    @Override
    public void markMigrationFailed(TenantSlug slug) {
        update("UPDATE platform.tenant SET status = 'MIGRATION_FAILED' WHERE slug = ?", slug.value());
    }

    @Override
    public void remove(TenantSlug slug) {
        update("DELETE FROM platform.tenant WHERE slug = ?", slug.value());
    }

    /** Every registered tenant, whatever its status. */
    @Override
    public List<Registration> all() {
        return query("SELECT * FROM platform.tenant ORDER BY slug", null);
    }

    /** Tenants whose schema is not known to be at that version: the only ones start-up migrates. */
    @Override
    public List<Registration> behind(int latestVersion) {
        return query("""
                SELECT * FROM platform.tenant
                WHERE status <> 'PROVISIONING' AND schema_version IS DISTINCT FROM ? ORDER BY slug""", latestVersion);
    }


    private List<Registration> query(String sql, Integer parameter) {
        List<Registration> registrations = new ArrayList<>();
        try (Connection connection = ownerDataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setInt(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Tenant tenant = new Tenant(new TenantSlug(rows.getString("slug")), rows.getString("display_name"),
                            rows.getString("region"), TenantKind.valueOf(rows.getString("kind")));
                    int version = rows.getInt("schema_version");
                    registrations.add(new Registration(tenant, TenantStatus.valueOf(rows.getString("status")),
                            rows.wasNull() ? null : version));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the tenant registry", e);
        }
        return registrations;
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = ownerDataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the tenant registry", e);
        }
    }
}
