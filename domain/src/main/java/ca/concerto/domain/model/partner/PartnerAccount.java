package ca.concerto.domain.model.partner;

import ca.concerto.domain.model.shared.InvalidInput;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * The organisation a partner's login speaks for in this body, set by the coordination: the partner
 * follows up the actions and activities that organisation leads, and nothing else.
 */
@Entity
@Table(name = "partner_account")
@Audited(withModifiedFlag = true)
public class PartnerAccount {

    @Id
    private String username;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Version
    private int version;

    protected PartnerAccount() {
    }

    public PartnerAccount(String username, Organisation organisation) {
        if (username == null || username.isBlank()) {
            throw new InvalidInput("username", "A partner account has a username");
        }
        this.username = username.strip();
        speaksFor(organisation);
    }

    public void speaksFor(Organisation organisation) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    public String username() {
        return username;
    }

    public Organisation organisation() {
        return organisation;
    }
}
