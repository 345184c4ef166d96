package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.Organisations;
import ca.concerto.domain.model.plan.Collaborator;
import ca.concerto.domain.model.plan.Lead;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.NotFound;
import ca.concerto.domain.model.template.FieldOfAction;
import ca.concerto.domain.model.template.PlanTemplates;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Saves a person's changes to one element of a draft plan, as one revision with their comment. Refuses,
 * changing nothing, when the element changed since the person read it (EditConflict) or the plan is
 * adopted (PlanNotEditable). Runs in the caller's transaction.
 */
@Dependent
public class PlanEditing {

    private final Plans plans;
    private final NamedPartners partners;
    private final PlanTemplates templates;
    private final Revisions revisions;

    @Inject
    public PlanEditing(Plans plans, NamedPartners partners, PlanTemplates templates, Revisions revisions) {
        this.plans = plans;
        this.partners = partners;
        this.templates = templates;
        this.revisions = revisions;
    }

    /** @return the element's new version */
    public int save(Actor actor, String comment, ElementChanges changes) {
        PlanElement element = plans.element(changes.elementId());
        if (!element.plan().isEditable()) {
            throw new PlanNotEditable(element.plan().title(), element.plan().status());
        }
        if (element.version() != changes.fromVersion()) {
            throw new EditConflict(PlanOutlines.element(element), element.version());
        }
        if (changes.fieldsOfAction() != null) {
            Set<String> known = templates.fieldsOfAction().stream().map(FieldOfAction::code).collect(Collectors.toSet());
            if (!known.containsAll(changes.fieldsOfAction())) {
                throw new InvalidInput("fieldsOfAction", "Unknown fields of action in " + changes.fieldsOfAction());
            }
        }
        revisions.record(actor, RevisionKind.EDIT, comment);
        element.retitle(changes.title());
        element.describe(blankToNull(changes.description()));
        element.schedule(changes.schedule());
        String lead = blankToNull(changes.lead());
        if (lead == null) {
            element.lead(null);
        } else if (element.lead() == null || !lead.equals(element.lead().text())) {
            element.lead(partners.lead(lead));
        }
        element.expectedResults(blankToNull(changes.expectedResults()));
        if (changes.collaborators() != null) {
            element.collaborators(partners.collaborators(nonBlank(changes.collaborators())));
        }
        if (changes.fieldsOfAction() != null) {
            element.fieldsOfAction(changes.fieldsOfAction());
        }
        if (changes.number() != null) {
            element.renumber(blankToNull(changes.number()));
        }
        if (changes.resultIndicators() != null) {
            element.resultIndicators(nonBlank(changes.resultIndicators()));
        }
        if (changes.targetGroups() != null) {
            element.targetGroups(nonBlank(changes.targetGroups()));
        }
        plans.save(element.plan());
        return element.version();
    }

    /** The texts of a list as typed, stripped, without blanks or repeats. */
    private static List<String> nonBlank(List<String> texts) {
        return texts.stream().map(PlanEditing::blankToNull).filter(Objects::nonNull).distinct().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The fields of action Concerto suggests for each element of the plan that has any, in the plan's order. */
    public List<FieldSuggestion> fieldSuggestions(long planId) {
        return tree(planId).inTreeOrder().stream()
                .map(element -> new FieldSuggestion(element.id(), List.copyOf(element.suggestedFieldsOfAction())))
                .filter(suggestion -> !suggestion.fields().isEmpty())
                .toList();
    }

    /**
     * Accepts, or refuses, the suggested fields of action of the given elements (all the plan's when none is
     * given), as one revision; a draft only.
     *
     * @return how many elements had suggestions decided
     */
    public int decideFieldSuggestions(Actor actor, String comment, long planId, Collection<Long> elementIds, boolean accept) {
        Plan plan = tree(planId);
        plan.ensureEditable();
        List<PlanElement> chosen = plan.inTreeOrder().stream()
                .filter(element -> elementIds.isEmpty() || elementIds.contains(element.id()))
                .filter(element -> !element.suggestedFieldsOfAction().isEmpty()).toList();
        if (!chosen.isEmpty()) {
            revisions.record(actor, RevisionKind.EDIT, comment);
            chosen.forEach(accept ? PlanElement::acceptSuggestedFieldsOfAction : PlanElement::rejectSuggestedFieldsOfAction);
        }
        return chosen.size();
    }

    private Plan tree(long planId) {
        return plans.withTree(planId).orElseThrow(() -> new NotFound(NotFound.What.PLAN, planId));
    }

    /** The fields of action suggested for one element. */
    public record FieldSuggestion(long elementId, List<String> fields) implements java.io.Serializable {
    }
}
