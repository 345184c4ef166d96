package ca.concerto.e2e;

import java.nio.file.Path;

/** Where the platform under test runs; Maven passes the end-to-end instance's addresses. */
final class Platform {

    static final String URL = System.getProperty("concerto.url", "http://localhost:8080");
    /** WildFly's HTTPS listener (its own self-signed certificate for localhost), 8443 moved as the HTTP port is. */
    static final String HTTPS_URL = "https://localhost:" + (Integer.parseInt(System.getProperty("concerto.http.port", "8080")) + 363);

    /** WildFly's management interface: health and metrics. */
    static final String MANAGEMENT_URL = System.getProperty("concerto.management.url", "http://127.0.0.1:9990");
    static final String KEYCLOAK_URL = System.getProperty("concerto.keycloak.url", "http://localhost:8180");
    static final Path SCREENSHOTS = Path.of(System.getProperty("concerto.screenshots", "target/screenshots"));
    static final String DEMO_PASSWORD = System.getProperty("concerto.demo.password", "concerto");
    /** The platform's database, as the owner role (what an operator would use to check on it). */
    static final String DB_URL = System.getProperty("concerto.db.url", "jdbc:postgresql://127.0.0.1:5433/concerto");
    static final String DB_OWNER = "concerto";
    static final String DB_OWNER_PASSWORD = "concerto";

    /** The environment under which deploy/concerto addresses this very platform. */
    static java.util.Map<String, String> scriptEnvironment() {
        return java.util.Map.of(
                "CONCERTO_HOME", System.getProperty("concerto.home", "work/dev"),
                "CONCERTO_HTTP_PORT", System.getProperty("concerto.http.port", "8080"),
                "CONCERTO_KEYCLOAK_PORT", System.getProperty("concerto.keycloak.port", "8180"),
                "CONCERTO_KEYCLOAK_MANAGEMENT_PORT", System.getProperty("concerto.keycloak.management.port", "9100"),
                "CONCERTO_DB_PORT", System.getProperty("concerto.db.port", "5433"),
                "CONCERTO_SKIP_BUILD", "true");
    }

    /** Runs deploy/concerto against this very platform; its exit code and what it printed. */
    static Script script(String... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of("concerto").toAbsolutePath().toString());
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(scriptEnvironment());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("deploy/concerto " + arguments[0] + " did not end: " + output);
            }
            return new Script(process.exitValue(), output);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Script(int exitCode, String output) {
    }

    private Platform() {
    }
}
