package ca.concerto.web.application.watch;

import ca.concerto.domain.model.access.Role;
import ca.concerto.tenancy.infrastructure.network.NetworkAssessment;
import ca.concerto.tenancy.infrastructure.network.NetworkReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The assessments of a watch item that a person may see beside their own body's: every body's for the
 * network's analysts; for a body's members, only those the other bodies share. Read through tenancy's
 * network path, never by taking on another body's tenant.
 */
@RequestScoped
public class OtherBodiesAssessments {

    @Inject
    NetworkReader reader;

    /** @param ownBody the person's body (empty for someone who works beyond bodies) */
    public List<NetworkAssessment> of(long itemId, Set<Role> roles, Optional<String> ownBody) {
        if (roles.contains(Role.NETWORK_ANALYST)) {
            return reader.assessments(itemId, false, null);
        }
        return ownBody.map(body -> reader.assessments(itemId, true, body)).orElse(List.of());
    }
}
