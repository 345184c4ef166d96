package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.followup.PlanFollowUp;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.text.Folding;
import java.io.Serializable;
import java.util.List;

/**
 * One row of the plan's table: an element, with its level named in the page's language, its latest report and
 * what the person may do with it. The page reads it through getters (EL 5 has no records; a property is looked up once per class),
 * not through the record's accessors (an EL method call looks the method up again at every call: the table
 * asks fifteen things of each of its hundred rows).
 */
public record PlanRow(PlanOutline.Element element, String label, boolean headingRow, PlanFollowUp.Report latest,
        boolean followable, boolean canHoldChildren) implements Serializable {

    public long getId() {
        return element.id();
    }

    public int getDepth() {
        return element.depth();
    }

    public String getTitle() {
        return element.title();
    }

    public String getDescription() {
        return element.description();
    }

    public String getSchedule() {
        return element.schedule();
    }

    /** The schedule was read from words the platform could not place on a calendar: someone should look. */
    public boolean isScheduleToReview() {
        return element.scheduleDetail().toReview();
    }

    public String getLead() {
        return element.lead();
    }

    public List<String> getCollaborators() {
        return element.collaborators();
    }

    public List<String> getResultIndicators() {
        return element.resultIndicators();
    }

    public List<String> getTargetGroups() {
        return element.targetGroups();
    }

    public String getExpectedResults() {
        return element.expectedResults();
    }

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

    /** The person may report progress on it: an action or activity their body or organisation leads. */
    public boolean isFollowable() {
        return followable;
    }

    /** The template allows elements under this one. */
    public boolean isCanHoldChildren() {
        return canHoldChildren;
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
