package ca.concerto.tenancy.application;

/** Tenancy's settings, from the environment (deploy/concerto sets them), with local defaults. */
public final class TenancySettings {

    private TenancySettings() {
    }

    /** The database role the application runs as: what migrations grant their privileges to. */
    public static String applicationRole() {
        return env("CONCERTO_DB_USER", "concerto_app");
    }

    /** The database role of the network's comparisons: what migrations grant the adopted plans' views to. */
    public static String networkRole() {
        return env("CONCERTO_DB_NETWORK_USER", "concerto_network");
    }

    /** Whether an empty platform gets the demo tenants (true for local runs, false in production). */
    public static boolean demoData() {
        return Boolean.parseBoolean(env("CONCERTO_DEMO_DATA", "false"));
    }

    /** An environment variable, or the local default when it is unset or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
