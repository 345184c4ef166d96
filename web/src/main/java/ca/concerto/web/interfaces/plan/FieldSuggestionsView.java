package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanEditing.FieldSuggestion;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fields of action Concerto suggests for a draft's elements, from their words and their parents': the
 * coordination accepts or refuses them per element, or accepts them all, each decision one revision.
 */
@Named
@ViewScoped
public class FieldSuggestionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanView plan;

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    private List<Line> lines = List.of();

    /** One element and what is suggested for it, labelled in the page's language. */
    public record Line(long elementId, String title, String fields) implements Serializable {
    }

    /** Reads the suggestions again, when the dialog opens. */
    public void open() {
        Map<String, String> labels = plan.getFieldsOfAction().stream()
                .collect(Collectors.toMap(item -> (String) item.getValue(), SelectItem::getLabel));
        PlanOutline outline = plan.getOutline();
        lines = catalog.fieldSuggestions(outline.id()).stream().map(suggestion -> line(suggestion, outline, labels)).toList();
    }

    public List<Line> getLines() {
        return lines;
    }

    public void accept(long elementId) {
        decide(List.of(elementId), true, "fieldSuggestions.accepted");
    }

    public void reject(long elementId) {
        decide(List.of(elementId), false, "fieldSuggestions.rejected");
    }

    public void acceptAll() {
        decide(List.of(), true, "fieldSuggestions.accepted");
    }

    private void decide(List<Long> elementIds, boolean accept, String doneKey) {
        catalog.decideFieldSuggestions(plan.getOutline().id(), elementIds, accept, actor.get(),
                messages.text(accept ? "fieldSuggestions.comment.accepted" : "fieldSuggestions.comment.rejected"));
        messages.add(FacesMessage.SEVERITY_INFO, doneKey);
        plan.reload();
        open();
    }

    private static Line line(FieldSuggestion suggestion, PlanOutline outline, Map<String, String> labels) {
        String title = outline.elements().stream().filter(element -> element.id() == suggestion.elementId()).findFirst()
                .map(PlanOutline.Element::title).orElse("");
        return new Line(suggestion.elementId(), title,
                suggestion.fields().stream().map(code -> labels.getOrDefault(code, code)).collect(Collectors.joining(", ")));
    }
}
