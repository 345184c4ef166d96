package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.List;

/** The actions and activities of the body's current (not archived) plans, grouped by plan, to link things to. */
public final class ElementChoices {

    private ElementChoices() {
    }

    public static List<SelectItem> of(PlanCatalog catalog) {
        return catalog.currentOutlines().stream().map(ElementChoices::group).toList();
    }

    private static SelectItem group(PlanOutline outline) {
        SelectItemGroup group = new SelectItemGroup(outline.title());
        group.setSelectItems(outline.elements().stream().filter(element -> !outline.isHeading(element))
                .map(element -> new SelectItem(element.id(), element.title())).toArray(SelectItem[]::new));
        return group;
    }
}
