package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.model.text.Folding;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.application.followup.PlanFollowUp;
import java.io.Serializable;

/** One row of the plan's table: an element, with its level named in the page's language. */
public record PlanRow(PlanOutline.Element element, String label, boolean headingRow, PlanFollowUp.Report latest,
        boolean followable) implements Serializable {

    /** Axis, orientation, objective...: rows that head the ones below them (PlanOutline.isHeading). */
    public boolean isHeadingRow() {
        return headingRow;
    }

    /** "AXE 1", "Orientation 1.1", "Action 2": the level's name with the document's number, if any. */
    public String getLabel() {
        return label;
    }

    /** The status of the latest report, as a bundle key's suffix; "UNREPORTED" when there is none. */
    public String getStatus() {
        return latest == null ? "UNREPORTED" : latest.status().name();
    }

    /** True when the element's words contain the text, accents and case aside. */
    boolean mentions(String folded) {
        PlanOutline.Element e = element;
        return Folding.fold(String.join(" ", e.title(), nonNull(e.description()), nonNull(e.schedule()), nonNull(e.lead()),
                String.join(" ", e.collaborators()), String.join(" ", e.resultIndicators()),
                String.join(" ", e.targetGroups()), nonNull(e.expectedResults()))).contains(folded);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
