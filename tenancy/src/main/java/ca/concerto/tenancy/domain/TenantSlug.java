package ca.concerto.tenancy.domain;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stable identifier of a tenant, e.g. {@code monteregie}. It is also the alias of the tenant's
 * Keycloak organization. Lower-case letters, digits and single hyphens only, so that it can never carry
 * anything but a name.
 */
public record TenantSlug(String value) implements Serializable {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 40;

    public TenantSlug {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a tenant slug: " + value);
        }
    }

    public static Optional<TenantSlug> parse(String candidate) {
        return isWellFormed(candidate) ? Optional.of(new TenantSlug(candidate)) : Optional.empty();
    }

    private static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && FORM.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
