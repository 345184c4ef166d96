package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.partners.OrganisationAlreadyKnown;
import ca.concerto.domain.application.partners.PartnerDirectoryView;
import ca.concerto.domain.application.partners.PartnerService;
import ca.concerto.domain.application.plans.EditConflict;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.text.Folding;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.errors.Refusal;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.primefaces.PrimeFaces;
import jakarta.inject.Named;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The plan page's side panel for one element: the person's texts, saved as one revision, or set beside the
 * version someone else saved meanwhile (never over it). The lead and collaborators are picked from the
 * body's organisations, read once when the panel opens.
 */
@Named
@ViewScoped
public class ElementEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanView plan;

    @Inject
    PlanCatalog catalog;

    @Inject
    PartnerService partners;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    private ElementForm form;
    private Set<ElementField> offered = Set.of();
    private PlanOutline.Element conflict;
    private List<PartnerDirectoryView.OrganisationLine> organisations = List.of();

    public void edit(long elementId) {
        conflict = null;
        form = plan.isEditable() ? ElementForm.of(plan.element(elementId)) : null;
        offered = form == null ? Set.of() : offered(plan.element(elementId));
        organisations = form == null ? List.of() : partners.organisations();
    }

    /**
     * The fields the form offers for the element: those its level carries, and any the element fills already
     * (an imported plan may have them): nothing it holds is hidden.
     */
    private Set<ElementField> offered(PlanOutline.Element element) {
        Set<ElementField> fields = EnumSet.noneOf(ElementField.class);
        for (ElementField field : ElementField.values()) {
            if (plan.getOutline().carries(element.levelCode(), field) || fills(element, field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static boolean fills(PlanOutline.Element element, ElementField field) {
        return switch (field) {
            case DESCRIPTION -> element.description() != null;
            case SCHEDULE -> element.schedule() != null;
            case LEAD -> element.lead() != null;
            case COLLABORATORS -> !element.collaborators().isEmpty();
            case RESULT_INDICATORS -> !element.resultIndicators().isEmpty();
            case TARGET_GROUPS -> !element.targetGroups().isEmpty();
            case EXPECTED_RESULTS -> element.expectedResults() != null;
            case FIELDS_OF_ACTION -> !element.fieldsOfAction().isEmpty();
        };
    }

    /** True when the form offers the field (its name, e.g. "SCHEDULE"). */
    public boolean offers(String field) {
        return offered.contains(ElementField.valueOf(field));
    }

    public void save() {
        if (!plan.isEditable()) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.refused");
            return;
        }
        try {
            long saved = form.getElementId();
            catalog.save(form.changes(), actor.get(), form.getComment());
            messages.add(FacesMessage.SEVERITY_INFO, "plan.edit.saved");
            form = null;
            plan.reload();
            // The page closes the panel and returns the keyboard to the row it was opened from.
            PrimeFaces.current().ajax().addCallbackParam("savedElement", saved);
        } catch (EditConflict changedMeanwhile) {
            conflict = changedMeanwhile.current();
        } catch (TransactionalException failed) {
            if (!Refusal.changedMeanwhile(failed)) {
                throw failed;
            }
            // Someone committed between our check and our commit: the same conflict, found by @Version.
            plan.reload();
            conflict = plan.element(form.getElementId());
        } catch (PlanNotEditable adoptedMeanwhile) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.adopted");
            plan.reload();
        }
    }

    /** After a conflict: save the person's texts over the version now saved, knowingly. */
    public void keepMine() {
        form.startFrom(conflict.version());
        conflict = null;
        save();
    }

    /** After a conflict: drop the person's texts and edit the version now saved. */
    public void takeSaved() {
        form = ElementForm.of(conflict);
        conflict = null;
    }

    public void cancel() {
        form = null;
        conflict = null;
    }

    /** How the schedule being typed reads, e.g. "Période : 2019-03-20 → 2019-06-20". */
    public String getScheduleReading() {
        return form == null ? "" : ScheduleReading.of(form.getSchedule(), plan.getOutline(), messages);
    }

    /** Organisation names and acronyms containing what the person typed, for the lead and collaborators. */
    public List<String> completeOrganisation(String typed) {
        String folded = Folding.fold(typed == null ? "" : typed.strip());
        return organisations.stream()
                .flatMap(organisation -> organisation.acronym() == null ? Stream.of(organisation.name())
                        : Stream.of(organisation.acronym(), organisation.name()))
                .filter(name -> Folding.fold(name).contains(folded)).limit(15).toList();
    }

    /** True when the lead being typed names no organisation of the body yet: it can be added on the spot. */
    public boolean isLeadUnknown() {
        String typed = form == null || form.getLead() == null ? "" : form.getLead().strip();
        return !typed.isEmpty() && organisations.stream().noneMatch(organisation ->
                typed.equalsIgnoreCase(organisation.name()) || typed.equalsIgnoreCase(organisation.acronym()));
    }

    /** Adds the lead being typed to the body's organisations, so that saving links the element to it. */
    public void addLeadOrganisation() {
        try {
            partners.createOrganisation(actor.get(), form.getLead(), null, null);
            messages.add(FacesMessage.SEVERITY_INFO, "organisations.created");
        } catch (OrganisationAlreadyKnown known) {
            messages.add(FacesMessage.SEVERITY_ERROR, "organisations.exists");
        }
        organisations = partners.organisations();
    }

    public ElementForm getForm() {
        return form;
    }

    public PlanOutline.Element getConflict() {
        return conflict;
    }
}
