package ca.concerto.tenancy.application;

import ca.concerto.tenancy.domain.TenantSlug;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/** The tenant a member of several organizations chose for this session. Set only by {@link CurrentTenant}. */
@SessionScoped
public class TenantChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private TenantSlug chosen;

    Optional<TenantSlug> chosen() {
        return Optional.ofNullable(chosen);
    }

    void choose(TenantSlug slug) {
        this.chosen = slug;
    }
}
