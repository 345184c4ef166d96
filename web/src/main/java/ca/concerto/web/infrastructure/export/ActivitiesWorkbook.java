package ca.concerto.web.infrastructure.export;

import ca.concerto.domain.application.followup.PlanFollowUp;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.workbook.ActivityColumn;
import ca.concerto.domain.model.workbook.WorkbookPlace;
import ca.concerto.domain.model.workbook.WorkbookIdentity;
import ca.concerto.web.infrastructure.text.MessageBundle;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every action and activity of a plan, one row each, as an Excel workbook: where it sits in the plan (the
 * headings above it), then the columns of the plans' tables, the interval read from its schedule as real dates,
 * and its last follow-up report (period and status, percentage, note); headers frozen and filtered. Labels in
 * the person's language; the plan's own texts as written. Edited in Excel, it comes back onto the plan: each
 * header cell carries its column's defined name, a hidden column each row's element, and a hidden sheet the
 * plan, the body and each element's version (see {@link WorkbookIdentity}).
 */
public final class ActivitiesWorkbook {

    private static final Map<ActivityColumn, String> LABELS = Map.ofEntries(
            Map.entry(ActivityColumn.PATH, "export.column.path"), Map.entry(ActivityColumn.LEVEL, "export.column.level"),
            Map.entry(ActivityColumn.NUMBER, "export.column.number"), Map.entry(ActivityColumn.TITLE, "export.column.title"),
            Map.entry(ActivityColumn.DESCRIPTION, "export.column.description"),
            Map.entry(ActivityColumn.SCHEDULE, "plan.column.schedule"), Map.entry(ActivityColumn.START, "export.column.start"),
            Map.entry(ActivityColumn.END, "export.column.end"), Map.entry(ActivityColumn.LEAD, "plan.column.lead"),
            Map.entry(ActivityColumn.COLLABORATORS, "plan.column.collaborators"),
            Map.entry(ActivityColumn.INDICATORS, "plan.column.indicators"),
            Map.entry(ActivityColumn.TARGET_GROUPS, "plan.column.targetGroups"),
            Map.entry(ActivityColumn.EXPECTED_RESULTS, "plan.column.expectedResults"),
            Map.entry(ActivityColumn.LAST_REPORT, "export.column.lastReport"),
            Map.entry(ActivityColumn.PERCENT_COMPLETE, "export.column.percentComplete"),
            Map.entry(ActivityColumn.REPORT_NOTE, "export.column.reportNote"),
            Map.entry(ActivityColumn.REFERENCE, "export.column.reference"));

    private static final List<ActivityColumn> WIDE = List.of(ActivityColumn.TITLE, ActivityColumn.DESCRIPTION,
            ActivityColumn.COLLABORATORS, ActivityColumn.INDICATORS, ActivityColumn.TARGET_GROUPS, ActivityColumn.EXPECTED_RESULTS,
            ActivityColumn.REPORT_NOTE);

    private ActivitiesWorkbook() {
    }

    /** The bundle key of a column's header, which also names the field on the import's preview. */
    public static String labelKey(ActivityColumn column) {
        return LABELS.get(column);
    }

    /**
     * @param followUp the elements' reports: the last of each is in its row (period and status, percentage, note)
     * @param body the body's slug, which the workbook carries so that it comes back to this body only
     */
    public static void write(PlanOutline plan, PlanFollowUp followUp, Locale locale, String body, OutputStream out) throws IOException {
        ResourceBundle messages = MessageBundle.in(locale);
        ActivityColumn[] columns = ActivityColumn.values();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(messages.getString("export.sheet"));
            Sheet identity = workbook.createSheet(WorkbookIdentity.SHEET);
            workbook.setSheetVisibility(workbook.getSheetIndex(identity), SheetVisibility.VERY_HIDDEN);
            identity.createRow(0).createCell(0).setCellValue(WorkbookIdentity.PLAN);
            identity.getRow(0).createCell(1).setCellValue(String.valueOf(plan.id()));
            identity.createRow(1).createCell(0).setCellValue(WorkbookIdentity.BODY);
            identity.getRow(1).createCell(1).setCellValue(body);
            identity.createRow(2).createCell(0).setCellValue(WorkbookIdentity.ELEMENTS);

            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle day = workbook.createCellStyle();
            day.cloneStyleFrom(wrapped);
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row titles = sheet.createRow(0);
            for (int column = 0; column < columns.length; column++) {
                titles.createCell(column).setCellValue(messages.getString(labelKey(columns[column])));
                titles.getCell(column).setCellStyle(header);
                Name name = workbook.createName();
                name.setNameName(columns[column].definedName());
                name.setRefersToFormula("'" + sheet.getSheetName() + "'!" + new CellReference(0, column, true, true).formatAsString());
            }
            Map<Long, PlanOutline.Element> byId = new HashMap<>();
            plan.elements().forEach(element -> byId.put(element.id(), element));
            int at = 1;
            for (PlanOutline.Element element : plan.elements()) {
                if (plan.isHeading(element)) {
                    continue;
                }
                Row exported = identity.createRow(WorkbookIdentity.FIRST_ELEMENT_ROW + at - 1);
                exported.createCell(0).setCellValue(String.valueOf(element.id()));
                exported.createCell(1).setCellValue(String.valueOf(element.version()));
                Row row = sheet.createRow(at++);
                Optional<PlanFollowUp.Report> last = followUp.latest(element.id());
                for (int column = 0; column < columns.length; column++) {
                    Cell cell = row.createCell(column);
                    cell.setCellStyle(wrapped);
                    switch (columns[column]) {
                        case START -> day(cell, element.scheduleStart(), day);
                        case END -> day(cell, element.scheduleEnd(), day);
                        case LAST_REPORT -> cell.setCellValue(last.map(report -> report.period() + " — "
                                + messages.getString("progressStatus." + report.status().name())).orElse(""));
                        case PERCENT_COMPLETE -> last.flatMap(report -> report.progress().isPresent()
                                ? Optional.of(report.progress().getAsInt()) : Optional.<Integer>empty()).ifPresent(cell::setCellValue);
                        case REPORT_NOTE -> cell.setCellValue(last.map(PlanFollowUp.Report::note).orElse(""));
                        default -> cell.setCellValue(value(plan, byId, element, columns[column], locale));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, at - 1), 0, columns.length - 1));
            for (int column = 0; column < columns.length; column++) {
                sheet.setColumnWidth(column, WIDE.contains(columns[column]) ? 60 * 256 : 22 * 256);
            }
            sheet.setColumnHidden(ActivityColumn.REFERENCE.ordinal(), true);
            workbook.write(out);
        }
    }

    private static String value(PlanOutline plan, Map<Long, PlanOutline.Element> byId, PlanOutline.Element element,
            ActivityColumn column, Locale locale) {
        return switch (column) {
            case PATH -> path(byId, element);
            case LEVEL -> plan.levelLabel(element.levelCode(), locale);
            case NUMBER -> nonNull(element.number());
            case TITLE -> element.title();
            case DESCRIPTION -> nonNull(element.description());
            case SCHEDULE -> nonNull(element.schedule());
            case LEAD -> nonNull(element.lead());
            case COLLABORATORS -> String.join("\n", element.collaborators());
            case INDICATORS -> String.join("\n", element.resultIndicators());
            case TARGET_GROUPS -> String.join("\n", element.targetGroups());
            case EXPECTED_RESULTS -> nonNull(element.expectedResults());
            case REFERENCE -> String.valueOf(element.id());
            default -> throw new IllegalStateException(column + " is written apart");
        };
    }

    /** A real date, which Excel sorts and filters as one; empty when the schedule gives none. */
    private static void day(Cell cell, LocalDate date, CellStyle format) {
        if (date != null) {
            cell.setCellValue(date);
            cell.setCellStyle(format);
        }
    }

    /** "AXE 1 › 1.1 › 1.1.1": the headings above an element, by number, else by title. */
    private static String path(Map<Long, PlanOutline.Element> byId, PlanOutline.Element element) {
        List<String> above = new ArrayList<>();
        for (Long at = element.parentId(); at != null; at = byId.get(at).parentId()) {
            PlanOutline.Element parent = byId.get(at);
            above.add(0, WorkbookPlace.label(parent.number(), parent.title()));
        }
        return WorkbookPlace.of(above);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
