package ca.concerto.web.infrastructure.export;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.web.infrastructure.text.MessageBundle;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every action and activity of a plan, one row each, as an Excel workbook: where it sits in the plan (the
 * headings above it), then the columns of the plans' tables, and the interval read from its schedule.
 * Labels in the person's language; the plan's own texts as written.
 */
public final class ActivitiesWorkbook {

    private static final String[] COLUMNS = {"export.column.path", "export.column.level", "export.column.number",
            "export.column.title", "plan.column.schedule", "export.column.start", "export.column.end",
            "plan.column.lead", "plan.column.collaborators", "plan.column.indicators", "plan.column.targetGroups",
            "plan.column.expectedResults"};

    private ActivitiesWorkbook() {
    }

    public static void write(PlanOutline plan, Locale locale, OutputStream out) throws IOException {
        ResourceBundle messages = MessageBundle.in(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(messages.getString("export.sheet"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);

            Row titles = sheet.createRow(0);
            for (int column = 0; column < COLUMNS.length; column++) {
                titles.createCell(column).setCellValue(messages.getString(COLUMNS[column]));
                titles.getCell(column).setCellStyle(header);
            }
            Map<Long, PlanOutline.Element> byId = new HashMap<>();
            plan.elements().forEach(element -> byId.put(element.id(), element));
            int at = 1;
            for (PlanOutline.Element element : plan.elements()) {
                if (plan.isHeading(element)) {
                    continue;
                }
                Row row = sheet.createRow(at++);
                String[] values = {path(byId, element), plan.levelLabel(element.levelCode(), locale),
                        nonNull(element.number()), element.title(), nonNull(element.schedule()),
                        element.scheduleStart() == null ? "" : element.scheduleStart().toString(),
                        element.scheduleEnd() == null ? "" : element.scheduleEnd().toString(), nonNull(element.lead()),
                        String.join("\n", element.collaborators()), String.join("\n", element.resultIndicators()),
                        String.join("\n", element.targetGroups()), nonNull(element.expectedResults())};
                for (int column = 0; column < values.length; column++) {
                    row.createCell(column).setCellValue(values[column]);
                    row.getCell(column).setCellStyle(wrapped);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, at - 1), 0, COLUMNS.length - 1));
            for (int column = 0; column < COLUMNS.length; column++) {
                sheet.setColumnWidth(column, column == 3 || column >= 8 ? 60 * 256 : 22 * 256);
            }
            workbook.write(out);
        }
    }

    /** "AXE 1 › 1.1 › 1.1.1": the headings above an element, by number, else by title. */
    private static String path(Map<Long, PlanOutline.Element> byId, PlanOutline.Element element) {
        List<String> above = new ArrayList<>();
        for (Long at = element.parentId(); at != null; at = byId.get(at).parentId()) {
            PlanOutline.Element parent = byId.get(at);
            above.add(0, parent.number() != null ? parent.number() : parent.title());
        }
        return String.join(" › ", above);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
