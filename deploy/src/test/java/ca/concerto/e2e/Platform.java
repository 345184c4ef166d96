package ca.concerto.e2e;

import java.nio.file.Path;

/** Where the platform under test runs; Maven passes the end-to-end instance's addresses. */
final class Platform {

    static final String URL = System.getProperty("concerto.url", "http://localhost:8080");
    static final String KEYCLOAK_URL = System.getProperty("concerto.keycloak.url", "http://localhost:8180");
    static final Path SCREENSHOTS = Path.of(System.getProperty("concerto.screenshots", "target/screenshots"));
    static final String DEMO_PASSWORD = System.getProperty("concerto.demo.password", "concerto");

    private Platform() {
    }
}
