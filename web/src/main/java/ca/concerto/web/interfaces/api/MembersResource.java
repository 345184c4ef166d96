package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.partners.PartnerService;
import ca.concerto.web.interfaces.api.payload.MemberPayload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The members of the caller's body's committees, as its plan documents print them. Documented in docs/api.md. */
@Path("members")
@RolesAllowed({"coordinator", "partner", "auditor"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    PartnerService partners;

    @GET
    public List<MemberPayload> members() {
        return partners.directory().members().stream().map(MemberPayload::of).toList();
    }
}
