package ca.concerto.domain.model.workbook;

import ca.concerto.domain.model.plan.Collaborator;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.shared.TextLimits;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The columns of the activities workbook, in the order Concerto writes them. Each header cell carries a
 * defined name (e.g. {@code Concerto_TITLE}), by which the workbook finds its columns again wherever the person
 * moved them in Excel. The person changes the element's fields; the place, the level, the dates read from the
 * schedule, the last follow-up report and the reference are Concerto's (follow-up is reported on the plan's pages).
 */
public enum ActivityColumn {
    PATH, LEVEL, NUMBER, TITLE, DESCRIPTION, SCHEDULE, START, END, LEAD, COLLABORATORS, INDICATORS, TARGET_GROUPS,
    EXPECTED_RESULTS, LAST_REPORT, PERCENT_COMPLETE, REPORT_NOTE, REFERENCE;

    /** The fields a person changes in the workbook, in its order. */
    public static final List<ActivityColumn> FIELDS = Arrays.stream(values()).filter(ActivityColumn::isField).toList();

    /** The workbook's name for the column's header cell. */
    public String definedName() {
        return "Concerto_" + name();
    }

    /** The element's own fields; the others say where it sits, what its schedule gives, how its follow-up stands. */
    public boolean isField() {
        return switch (this) {
            case NUMBER, TITLE, DESCRIPTION, SCHEDULE, LEAD, COLLABORATORS, INDICATORS, TARGET_GROUPS, EXPECTED_RESULTS -> true;
            default -> false;
        };
    }

    /** A list of the element's (one item a line in its cell). */
    public boolean isList() {
        return this == COLLABORATORS || this == INDICATORS || this == TARGET_GROUPS;
    }

    /** What the element says in this column, as the workbook writes it: lists one item a line, "" for none. */
    public String of(PlanElement element) {
        return switch (this) {
            case NUMBER -> text(element.number());
            case TITLE -> text(element.title());
            case DESCRIPTION -> text(element.description());
            case SCHEDULE -> element.schedule() == null ? "" : text(element.schedule().text());
            case LEAD -> element.lead() == null ? "" : text(element.lead().text());
            case COLLABORATORS -> lines(element.collaborators().stream().map(Collaborator::name).toList());
            case INDICATORS -> lines(element.resultIndicators());
            case TARGET_GROUPS -> lines(element.targetGroups());
            case EXPECTED_RESULTS -> text(element.expectedResults());
            default -> throw new IllegalStateException(this + " is no field of an element");
        };
    }

    /** A cell's text as the element would hold it: stripped; a list's items one a line, without blanks or repeats. */
    public String normalised(String cell) {
        String text = cell == null ? "" : cell.replace("\r\n", "\n").replace('\r', '\n').strip();
        return isList() ? lines(List.of(text.split("\n"))) : text;
    }

    /** The items of a list cell (already {@link #normalised}). */
    public static List<String> items(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\n"));
    }

    /** The limit the element sets on the column's text, so that a preview refuses what saving would. */
    public int limit() {
        return switch (this) {
            case NUMBER -> TextLimits.NAME;
            case DESCRIPTION, EXPECTED_RESULTS -> TextLimits.PARAGRAPHS;
            default -> TextLimits.LINE;
        };
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }

    private static String lines(Collection<String> items) {
        return String.join("\n", items.stream().filter(Objects::nonNull).map(String::strip).filter(item -> !item.isEmpty())
                .distinct().toList());
    }
}
