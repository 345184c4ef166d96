package ca.concerto.domain.infrastructure.document;

import ca.concerto.domain.model.document.UnreadableDocument;
import ca.concerto.domain.model.workbook.ActivitiesWorkbookReader;
import ca.concerto.domain.model.workbook.ActivityColumn;
import ca.concerto.domain.model.workbook.ActivityRow;
import ca.concerto.domain.model.workbook.EditedWorkbook;
import ca.concerto.domain.model.workbook.WorkbookIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads back an activities workbook that Concerto exported: the plan, body and element versions from its hidden
 * identity sheet, each column where its header's defined name says it now is (the person may have moved it), and
 * every row below the header as the person left it; within the {@link ParsingLimits}.
 */
@ApplicationScoped
public class ActivitiesWorkbooks implements ActivitiesWorkbookReader {

    /** Far beyond any plan (the largest seed has 113 elements), low enough to refuse a runaway sheet. */
    static final int MOST_ROWS = 20_000;

    @Override
    public EditedWorkbook read(String fileName, byte[] content) {
        return ParsingLimits.read(fileName, () -> parse(fileName, content));
    }

    private static EditedWorkbook parse(String fileName, byte[] content) {
        OfficeFiles.ensureNotOle2(fileName, content, "Excel", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            OfficeFiles.ensureNoMacros(workbook.getPackage(), fileName, ".xlsx");
            Sheet identity = workbook.getSheet(WorkbookIdentity.SHEET);
            Map<ActivityColumn, CellReference> columns = columns(workbook);
            if (identity == null || !columns.containsKey(ActivityColumn.TITLE) || !columns.containsKey(ActivityColumn.REFERENCE)) {
                throw notOurs(fileName);
            }
            Sheet sheet = workbook.getSheet(columns.get(ActivityColumn.TITLE).getSheetName());
            if (sheet == null || sheet.getLastRowNum() > MOST_ROWS) {
                throw sheet == null ? notOurs(fileName) : new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                        fileName + " has more than " + MOST_ROWS + " rows");
            }
            return new EditedWorkbook(fileName, number(identity, 0, 1, fileName), text(identity.getRow(1), 1),
                    versions(identity, fileName), rows(sheet, columns, columns.get(ActivityColumn.TITLE).getRow() + 1));
        } catch (IOException | RuntimeException | InvalidFormatException unreadable) {
            throw OfficeFiles.unreadable(fileName, unreadable, "Excel");
        }
    }

    /** Where each column's header is now, by its defined name. */
    private static Map<ActivityColumn, CellReference> columns(XSSFWorkbook workbook) {
        Map<ActivityColumn, CellReference> columns = new EnumMap<>(ActivityColumn.class);
        for (ActivityColumn column : ActivityColumn.values()) {
            Name name = workbook.getName(column.definedName());
            if (name != null && name.getRefersToFormula() != null && !name.getRefersToFormula().contains("#REF")) {
                columns.put(column, new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell());
            }
        }
        return columns;
    }

    private static List<ActivityRow> rows(Sheet sheet, Map<ActivityColumn, CellReference> columns, int first) {
        List<ActivityRow> rows = new ArrayList<>();
        for (int at = first; at <= sheet.getLastRowNum(); at++) {
            Row row = sheet.getRow(at);
            if (row == null) {
                continue;
            }
            Map<ActivityColumn, String> cells = new EnumMap<>(ActivityColumn.class);
            columns.forEach((column, header) -> cells.put(column, text(row, header.getCol())));
            String reference = cells.remove(ActivityColumn.REFERENCE);
            rows.add(new ActivityRow(at + 1, reference(reference), cells.remove(ActivityColumn.PATH),
                    cells.remove(ActivityColumn.LEVEL), cells));
        }
        return rows;
    }

    /** The element a row stands for; -1 when its reference was overwritten with anything but a number. */
    private static Long reference(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replaceFirst("\\.0$", ""));
        } catch (NumberFormatException overwritten) {
            return -1L;
        }
    }

    private static Map<Long, Integer> versions(Sheet identity, String fileName) {
        Map<Long, Integer> versions = new HashMap<>();
        for (int at = WorkbookIdentity.FIRST_ELEMENT_ROW; at <= identity.getLastRowNum(); at++) {
            Row row = identity.getRow(at);
            if (row != null && row.getCell(0) != null) {
                versions.put(number(identity, at, 0, fileName), (int) number(identity, at, 1, fileName));
            }
        }
        return versions;
    }

    private static long number(Sheet sheet, int row, int column, String fileName) {
        try {
            return Long.parseLong(text(sheet.getRow(row), column).replaceFirst("\\.0$", ""));
        } catch (NumberFormatException | NullPointerException damaged) {
            throw notOurs(fileName);
        }
    }

    /** The cell's text as Excel shows it ("" for none). */
    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : new DataFormatter(Locale.CANADA_FRENCH).formatCellValue(cell);
    }

    private static UnreadableDocument notOurs(String fileName) {
        return new UnreadableDocument(UnreadableDocument.Reason.NOT_ACTIVITIES_WORKBOOK, fileName
                + " is not an activities workbook exported by Concerto: import it as a new plan from the home page");
    }
}
