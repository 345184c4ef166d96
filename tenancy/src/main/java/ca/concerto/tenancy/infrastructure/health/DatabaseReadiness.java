package ca.concerto.tenancy.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers the application's own role: no request can be served without it. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ConcertoDS")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection()) {
            return HealthCheckResponse.named("postgresql").status(connection.isValid(SECONDS)).build();
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("postgresql").down()
                    .withData("sqlState", String.valueOf(unreachable.getSQLState())).build();
        }
    }
}
