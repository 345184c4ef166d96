package ca.concerto.tenancy.domain;

import java.util.regex.Pattern;

/**
 * The PostgreSQL schema of one tenant, e.g. {@code t_capitale_nationale}. Only ever derived from a
 * {@link TenantSlug} (itself validated), never taken from input, so it can be written into SQL as is.
 */
public record SchemaName(String value) {

    private static final Pattern FORM = Pattern.compile("t_[a-z][a-z0-9_]{0,60}");

    public SchemaName {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a tenant schema name: " + value);
        }
    }

    public static SchemaName of(TenantSlug slug) {
        return new SchemaName("t_" + slug.value().replace('-', '_'));
    }

    @Override
    public String toString() {
        return value;
    }
}
