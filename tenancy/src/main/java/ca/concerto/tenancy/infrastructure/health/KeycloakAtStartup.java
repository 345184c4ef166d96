package ca.concerto.tenancy.infrastructure.health;

import ca.concerto.tenancy.infrastructure.keycloak.KeycloakSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started only once Keycloak publishes the realm's configuration: before that nobody could log in through this
 * node, nor could it check a token's signature. A startup check, not a readiness one: once a node has started, a
 * Keycloak outage stops new logins but must not take every node out of service, so people already logged in keep
 * working (docs/operations.md). The checks live in this module, not in the war: WildFly looks for an EAR's health
 * checks in its libraries only (WFLY-12835).
 */
@Startup
@ApplicationScoped
public class KeycloakAtStartup implements HealthCheck {

    private static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final KeycloakSettings KEYCLOAK = KeycloakSettings.fromEnvironment();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

    @Override
    public HealthCheckResponse call() {
        URI realm = URI.create(KEYCLOAK.baseUrl() + "/realms/" + KEYCLOAK.realm() + "/.well-known/openid-configuration");
        try {
            int status = http.send(HttpRequest.newBuilder(realm).timeout(PATIENCE).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return HealthCheckResponse.named("keycloak").status(status == 200).withData("status", status).build();
        } catch (IOException unreachable) {
            return HealthCheckResponse.named("keycloak").down().build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("keycloak").down().build();
        }
    }
}
