package ca.concerto.domain.application.partners;

import ca.concerto.domain.model.partner.Committee;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** What the organisations and members screens show, detached from persistence. */
public final class PartnerDirectoryView {

    private PartnerDirectoryView() {
    }

    public record OrganisationLine(long id, String name, String acronym, String sector) implements Serializable {

        /** "Direction de santé publique (DSP)", or the name alone. */
        public String displayName() {
            return acronym == null ? name : name + " (" + acronym + ")";
        }
    }

    public record MemberLine(long id, String fullName, String title, String organisation, Set<Committee> committees, int version)
            implements Serializable {

        public MemberLine {
            committees = Set.copyOf(committees);
        }
    }

    /** The whole directory, as the organisations page opens with it. */
    public record Directory(List<OrganisationLine> organisations, List<MemberLine> members, List<AccountLine> accounts)
            implements Serializable {
    }

    public record AccountLine(String username, long organisationId, String organisation) implements Serializable {
    }
}
