package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.Organisations;
import ca.concerto.domain.model.plan.Collaborator;
import ca.concerto.domain.model.plan.Lead;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A lead or collaborators as a person wrote them, linked to the body's organisation of that name when there is
 * one (so that its page lists what it carries), as written otherwise.
 */
@Dependent
public class NamedPartners {

    private final Organisations organisations;

    @Inject
    public NamedPartners(Organisations organisations) {
        this.organisations = organisations;
    }

    public Lead lead(String text) {
        return organisations.named(text).map(organisation -> Lead.asWritten(text, organisation))
                .orElseGet(() -> Lead.asWritten(text));
    }

    public List<Collaborator> collaborators(List<String> names) {
        return names.stream().map(name -> new Collaborator(name, organisations.named(name).map(Organisation::id).orElse(null)))
                .toList();
    }
}
