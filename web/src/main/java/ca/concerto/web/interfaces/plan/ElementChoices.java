package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.application.plans.PlanSummary;
import ca.concerto.domain.model.plan.PlanStatus;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.List;

/** The actions and activities of the body's current (not archived) plans, grouped by plan, to link things to. */
public final class ElementChoices {

    private ElementChoices() {
    }

    public static List<SelectItem> of(PlanCatalog catalog) {
        List<SelectItem> choices = new ArrayList<>();
        for (PlanSummary plan : catalog.plans()) {
            if (plan.status() == PlanStatus.ARCHIVED) {
                continue;
            }
            PlanOutline outline = catalog.outline(plan.id()).orElseThrow();
            SelectItemGroup group = new SelectItemGroup(plan.title());
            group.setSelectItems(outline.elements().stream().filter(element -> !outline.isHeading(element))
                    .map(element -> new SelectItem(element.id(), element.title())).toArray(SelectItem[]::new));
            choices.add(group);
        }
        return choices;
    }
}
