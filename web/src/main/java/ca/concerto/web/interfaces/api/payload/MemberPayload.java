package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.partners.PartnerDirectoryView;
import ca.concerto.domain.model.partner.Committee;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A person of the body's committees: {@code GET /api/members}. */
@JsonbPropertyOrder({"id", "fullName", "title", "organisation", "committees", "version"})
public record MemberPayload(long id, String fullName, String title, String organisation, List<Committee> committees, int version) {

    public static MemberPayload of(PartnerDirectoryView.MemberLine member) {
        return new MemberPayload(member.id(), member.fullName(), member.title(), member.organisation(),
                member.committees().stream().sorted().toList(), member.version());
    }
}
