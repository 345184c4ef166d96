package ca.concerto.web.infrastructure.export;

import ca.concerto.domain.application.partners.PartnerDirectoryView.MemberLine;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.partner.Committee;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.web.infrastructure.text.MessageBundle;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/**
 * A plan laid out like the bodies' own documents: a title page with the adoption and milestones, the plan's
 * sections and the body's committees,
 * then its tree, a heading per axis, orientation and objective, and under each the table of its actions
 * and activities (the columns of the plans' tables that the plan fills). Labels come from the bundle in the reader's language.
 */
public final class PlanDocumentLayout {

    /** The tables' columns after the element's wording, each shown when some element of the plan fills it. */
    private enum Column {
        SCHEDULE("plan.column.schedule", ElementField.SCHEDULE, element -> text(element.schedule())),
        LEAD("plan.column.lead", ElementField.LEAD, element -> text(element.lead())),
        COLLABORATORS("plan.column.collaborators", ElementField.COLLABORATORS, element -> String.join("\n", element.collaborators())),
        INDICATORS("plan.column.indicators", ElementField.RESULT_INDICATORS, element -> String.join("\n", element.resultIndicators())),
        TARGET_GROUPS("plan.column.targetGroups", ElementField.TARGET_GROUPS, element -> String.join("\n", element.targetGroups())),
        EXPECTED_RESULTS("plan.column.expectedResults", ElementField.EXPECTED_RESULTS, element -> text(element.expectedResults()));

        final String heading;
        final ElementField field;
        final Function<PlanOutline.Element, String> cell;

        Column(String heading, ElementField field, Function<PlanOutline.Element, String> cell) {
            this.heading = heading;
            this.field = field;
            this.cell = cell;
        }
    }

    private PlanDocumentLayout() {
    }

    static void render(PlanOutline plan, String body, List<MemberLine> members, Locale locale, LocalDate today,
            PlanDocumentWriter writer) throws IOException {
        ResourceBundle messages = MessageBundle.in(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<String> facts = new ArrayList<>();
        if (body != null && !body.isBlank()) {
            facts.add(body);
        }
        facts.add(MessageFormat.format(messages.getString("export.titlePage.period"), plan.period()));
        facts.add(plan.adoptedOn() == null ? messages.getString("export.titlePage.draft")
                : MessageFormat.format(messages.getString("export.titlePage.adopted"), plan.adoptedOn().format(dates),
                        plan.adoptingBody()));
        for (PlanOutline.Milestone milestone : plan.milestones()) {
            facts.add(MessageFormat.format(messages.getString("milestone.line." + milestone.kind().name()),
                    milestone.on().format(dates), milestone.counterpart()) + (milestone.note() == null ? "" : " (" + milestone.note() + ")"));
        }
        facts.add(messages.getString("plan.edition") + " " + plan.edition());
        facts.add(MessageFormat.format(messages.getString("export.generated"), today.format(dates)));
        writer.frame(MessageFormat.format(messages.getString("export.runningHead"), body == null ? "" : body, plan.title(),
                plan.edition()).replaceFirst("^ — ", ""), messages.getString("export.pageOf"), messages.getString("export.contents"));
        writer.titlePage(plan.title(), plan.kind().label(locale), facts);

        for (PlanOutline.Section section : plan.sections()) {
            writer.statement(section.title() != null ? section.title() : messages.getString("section." + section.kind().name()),
                    section.body());
        }
        // A plan that prints its own member lists (as adopted) prints those; others print the committees today.
        if (plan.sections().stream().noneMatch(section -> section.kind() == SectionKind.MEMBERS)) {
            for (Committee committee : Committee.values()) {
                List<String> sitting = members.stream().filter(member -> member.committees().contains(committee))
                        .map(PlanDocumentLayout::member).toList();
                if (!sitting.isEmpty()) {
                    writer.statement(messages.getString("export.members." + committee.name()), String.join("\n", sitting));
                }
            }
        }

        Set<ElementField> filled = plan.filledFields();
        List<Column> shown = Arrays.stream(Column.values()).filter(column -> filled.contains(column.field)).toList();
        if (shown.isEmpty()) {
            // Items with nothing but their wording still make a table, as the bodies' documents have it (and as
            // the import reads it back: a one-column table is read as text).
            shown = List.of(Column.SCHEDULE, Column.LEAD);
        }
        List<String> columns = new ArrayList<>();
        columns.add(messages.getString("export.column.title"));
        shown.forEach(column -> columns.add(messages.getString(column.heading)));
        List<PlanDocumentWriter.TableRow> rows = new ArrayList<>();
        Integer tableDepth = null;
        for (PlanOutline.Element element : plan.elements()) {
            if (plan.isHeading(element)) {
                flush(writer, columns, rows);
                tableDepth = null;
                writer.heading(element.depth(), plan.label(element, locale), element.title(), element.description());
            } else {
                if (tableDepth == null) {
                    tableDepth = element.depth();
                }
                List<String> cells = new ArrayList<>();
                cells.add(plan.label(element, locale) + " — " + element.title()
                        + (element.description() == null ? "" : "\n" + element.description()));
                shown.forEach(column -> cells.add(column.cell.apply(element)));
                rows.add(new PlanDocumentWriter.TableRow(element.depth() > tableDepth, List.copyOf(cells)));
            }
        }
        flush(writer, columns, rows);
        writer.finish();
    }

    private static void flush(PlanDocumentWriter writer, List<String> columns, List<PlanDocumentWriter.TableRow> rows)
            throws IOException {
        if (!rows.isEmpty()) {
            writer.table(columns, List.copyOf(rows));
            rows.clear();
        }
    }

    /** "Marie Tremblay, directrice générale — CISSS de la Montérégie-Centre" */
    private static String member(MemberLine member) {
        return member.fullName() + (member.title() == null || member.title().isBlank() ? "" : ", " + member.title())
                + (member.organisation() == null || member.organisation().isBlank() ? "" : " — " + member.organisation());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
