package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.model.template.ElementField;
import ca.concerto.web.infrastructure.text.MessageBundle;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The plan's table: a row per element shown, headings above the rows under them, a column per field the plan
 * fills. Written by this component rather than by a {@code ui:repeat}: the page asked the expression language some
 * fifty questions per row, a hundred rows a page, and that was most of the page's cost (D50). The rows' buttons are
 * plain buttons naming their element ({@code data-edit="12"}...): concerto.js sends them to the page's commands and
 * folds the branches. Every word comes from the bundle in the page's language, every value is escaped by the
 * response writer.
 */
@FacesComponent(createTag = true, namespace = PlanTable.NAMESPACE, tagName = "planTable")
public class PlanTable extends UIComponentBase {

    static final String NAMESPACE = "urn:concerto:plan";

    /** A field's column: its bundle key, its style and what a cell shows of a row. */
    private record Column(ElementField field, String heading, String style, Function<PlanRow, Object> content) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(ElementField.SCHEDULE, "plan.column.schedule", "schedule-column", PlanRow::getSchedule),
            new Column(ElementField.LEAD, "plan.column.lead", "lead-column", PlanRow::getLead),
            new Column(ElementField.COLLABORATORS, "plan.column.collaborators", "list-column", PlanRow::getCollaborators),
            new Column(ElementField.RESULT_INDICATORS, "plan.column.indicators", "list-column", PlanRow::getResultIndicators),
            new Column(ElementField.TARGET_GROUPS, "plan.column.targetGroups", "list-column", PlanRow::getTargetGroups),
            new Column(ElementField.EXPECTED_RESULTS, "plan.column.expectedResults", "text-column", PlanRow::getExpectedResults));

    /** A button of the structure toolbar: the data attribute naming its element, its bundle key, its icon. */
    private record Tool(String data, String action, String icon) {
    }

    private static final List<Tool> TOOLS = List.of(new Tool("data-move-up", "structure.moveUp", "pi-arrow-up"),
            new Tool("data-move-down", "structure.moveDown", "pi-arrow-down"),
            new Tool("data-move", "structure.moveUnder", "pi-directions"),
            new Tool("data-remove", "structure.remove", "pi-trash"));

    @Override
    public String getFamily() {
        return "ca.concerto.plan";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        PlanView view = (PlanView) getAttributes().get("view");
        ResourceBundle words = MessageBundle.in(context.getViewRoot().getLocale());
        List<Column> columns = COLUMNS.stream().filter(column -> view.shows(column.field())).toList();
        ResponseWriter out = context.getResponseWriter();
        out.startElement("table", this);
        out.writeAttribute("id", getClientId(context), null);
        out.writeAttribute("class", "plan-table", null);
        out.startElement("thead", null);
        out.startElement("tr", null);
        header(out, words.getString("plan.column.element"), "element-column");
        if (view.isFollowedUp()) {
            header(out, words.getString("plan.column.status"), "status-column");
        }
        for (Column column : columns) {
            header(out, words.getString(column.heading()), column.style());
        }
        out.endElement("tr");
        out.endElement("thead");
        out.startElement("tbody", null);
        if (view.getRows().isEmpty()) {
            out.startElement("tr", null);
            out.startElement("td", null);
            out.writeAttribute("class", "no-match", null);
            out.writeAttribute("colspan", String.valueOf(2 + columns.size()), null);
            out.writeText(words.getString("plan.noMatch"), null);
            out.endElement("td");
            out.endElement("tr");
        }
        for (PlanRow row : view.getRows()) {
            row(out, words, view, columns, row);
        }
        out.endElement("tbody");
        out.endElement("table");
    }

    private static void header(ResponseWriter out, String text, String style) throws IOException {
        out.startElement("th", null);
        out.writeAttribute("scope", "col", null);
        out.writeAttribute("class", style, null);
        out.writeText(text, null);
        out.endElement("th");
    }

    private static void row(ResponseWriter out, ResourceBundle words, PlanView view, List<Column> columns, PlanRow row)
            throws IOException {
        String id = String.valueOf(row.getId());
        out.startElement("tr", null);
        out.writeAttribute("class", row.isHeadingRow() ? "heading-row depth-" + row.getDepth() : "item-row", null);
        out.writeAttribute("data-depth", String.valueOf(row.getDepth()), null);
        out.startElement("td", null);
        out.writeAttribute("class", "element-column", null);
        if (row.isHeadingRow()) {
            out.startElement("button", null);
            out.writeAttribute("type", "button", null);
            out.writeAttribute("class", "tree-toggle", null);
            out.writeAttribute("aria-expanded", "true", null);
            out.writeAttribute("aria-label", words.getString("plan.tree.collapse") + " : " + row.getTitle(), null);
            icon(out, "pi-chevron-down");
            out.endElement("button");
        }
        span(out, "level", row.getLabel());
        out.startElement("span", null);
        out.writeAttribute("class", "element-title", null);
        out.writeAttribute("id", "element-" + id, null);
        out.writeAttribute("tabindex", "-1", null);
        out.writeAttribute("data-element", id, null);
        out.writeText(row.getTitle(), null);
        out.endElement("span");
        if (view.isEditable()) {
            rowButton(out, "row-button edit-button", "data-edit", id, words.getString("plan.edit"), row.getTitle(), "pi-pencil", true);
        }
        if (row.isFollowable()) {
            rowButton(out, "row-button follow-up-button", "data-follow-up", id, words.getString("followUp.open"), row.getTitle(),
                    "pi-chart-line", true);
        }
        if (view.isEditable()) {
            structure(out, words, row, id);
        }
        if (row.getDescription() != null && !row.getDescription().isEmpty()) {
            out.startElement("div", null);
            out.writeAttribute("class", "multiline description", null);
            out.writeText(row.getDescription(), null);
            out.endElement("div");
        }
        out.endElement("td");
        if (view.isFollowedUp()) {
            out.startElement("td", null);
            out.writeAttribute("class", "status-column", null);
            if (!row.isHeadingRow()) {
                span(out, "cell-label", words.getString("plan.column.status"));
                out.startElement("span", null);
                out.writeAttribute("class", "status-badge status-" + row.getStatus(), null);
                out.writeAttribute("data-status", id, null);
                out.writeText(words.getString("progressStatus." + row.getStatus()), null);
                out.endElement("span");
            }
            out.endElement("td");
        }
        for (Column column : columns) {
            cell(out, words, column, row);
        }
        out.endElement("tr");
    }

    /** Add under (where the template allows), up, down, move, remove: one toolbar, one Tab stop (concerto.js). */
    private static void structure(ResponseWriter out, ResourceBundle words, PlanRow row, String id) throws IOException {
        out.startElement("span", null);
        out.writeAttribute("class", "structure-buttons", null);
        out.writeAttribute("role", "toolbar", null);
        out.writeAttribute("aria-label", words.getString("plan.tree.structure") + " : " + row.getTitle(), null);
        if (row.isCanHoldChildren()) {
            rowButton(out, "row-button", "data-add-under", id, words.getString("structure.addUnder"), row.getTitle(), "pi-plus", false);
        }
        for (Tool tool : TOOLS) {
            rowButton(out, tool.data().equals("data-remove") ? "row-button danger" : "row-button", tool.data(), id,
                    words.getString(tool.action()), row.getTitle(), tool.icon(), false);
        }
        out.endElement("span");
    }

    /** A button of the row, named for the row ("Modifier : Réaliser la journée de partage."); worded or an icon with a tooltip. */
    private static void rowButton(ResponseWriter out, String style, String data, String id, String action, String title,
            String icon, boolean worded) throws IOException {
        out.startElement("button", null);
        out.writeAttribute("type", "button", null);
        out.writeAttribute("class", style, null);
        out.writeAttribute(data, id, null);
        if (!worded) {
            out.writeAttribute("title", action, null);
        }
        out.writeAttribute("aria-label", action + " : " + title, null);
        icon(out, icon);
        if (worded) {
            out.writeText(" " + action, null);
        }
        out.endElement("button");
    }

    private static void icon(ResponseWriter out, String icon) throws IOException {
        out.startElement("span", null);
        out.writeAttribute("class", "pi " + icon, null);
        out.writeAttribute("aria-hidden", "true", null);
        out.endElement("span");
    }

    private static void span(ResponseWriter out, String style, String text) throws IOException {
        out.startElement("span", null);
        out.writeAttribute("class", style, null);
        out.writeText(text, null);
        out.endElement("span");
    }

    /** A field's cell: empty when the row leaves it empty; otherwise named (for the phone's cards), then the value. */
    private static void cell(ResponseWriter out, ResourceBundle words, Column column, PlanRow row) throws IOException {
        out.startElement("td", null);
        out.writeAttribute("class", column.style(), null);
        Object value = column.content().apply(row);
        boolean empty = value == null || value instanceof String text && text.isEmpty() || value instanceof List<?> list && list.isEmpty();
        if (!empty) {
            span(out, "cell-label", words.getString(column.heading()));
            if (value instanceof List<?> items) {
                out.startElement("ul", null);
                out.writeAttribute("class", "cell-list", null);
                for (Object item : items) {
                    out.startElement("li", null);
                    out.writeText(item, null);
                    out.endElement("li");
                }
                out.endElement("ul");
            } else if (column.field() == ElementField.LEAD) {
                out.writeText(value, null);
            } else {
                out.startElement(column.field() == ElementField.SCHEDULE ? "span" : "div", null);
                out.writeAttribute("class", "multiline", null);
                out.writeText(value, null);
                out.endElement(column.field() == ElementField.SCHEDULE ? "span" : "div");
                if (column.field() == ElementField.SCHEDULE && row.isScheduleToReview()) {
                    out.writeText(" ", null);
                    span(out, "review-badge", words.getString("schedule.toReview"));
                }
            }
        }
        out.endElement("td");
    }
}
