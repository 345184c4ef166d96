package ca.concerto.domain.infrastructure.document;

import ca.concerto.domain.model.document.DocumentOutline;
import ca.concerto.domain.model.document.UnreadableDocument;
import ca.concerto.domain.model.workbook.WorkbookIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an Excel workbook (.xlsx) of the body's own shape into the outline of a document: each visible sheet a
 * table (its first row the header, as the bodies keep their activity tables), headed by the sheet's name when
 * there are several. A cell merged down several rows is the first row's, and continues in the others, as Word's
 * merged action cells do; a cell's lines are its items.
 */
final class ExcelDocuments {

    /** Far beyond any activity table, low enough to refuse a runaway sheet. */
    static final int MOST_CELLS = 200_000;

    private ExcelDocuments() {
    }

    static DocumentOutline read(String fileName, byte[] content) {
        OfficeFiles.ensureNotOle2(fileName, content, "Excel", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            OfficeFiles.ensureNoMacros(workbook.getPackage(), fileName, ".xlsx");
            List<Sheet> sheets = new ArrayList<>();
            for (int at = 0; at < workbook.getNumberOfSheets(); at++) {
                if (!workbook.isSheetHidden(at) && !workbook.isSheetVeryHidden(at)
                        && !workbook.getSheetName(at).equals(WorkbookIdentity.SHEET)) {
                    sheets.add(workbook.getSheetAt(at));
                }
            }
            List<DocumentOutline.Block> blocks = new ArrayList<>();
            int cells = 0;
            for (Sheet sheet : sheets) {
                DocumentOutline.Table table = table(sheet);
                cells += table.rows().stream().mapToInt(row -> row.cells().size()).sum();
                if (cells > MOST_CELLS) {
                    throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE, fileName + " has more than " + MOST_CELLS + " cells");
                }
                if (table.rows().isEmpty()) {
                    continue;
                }
                if (sheets.size() > 1) {
                    blocks.add(new DocumentOutline.Paragraph(sheet.getSheetName(), 1, true));
                }
                blocks.add(table);
            }
            return new DocumentOutline(fileName, blocks);
        } catch (IOException | RuntimeException | InvalidFormatException unreadable) {
            throw OfficeFiles.unreadable(fileName, unreadable, "Excel");
        }
    }

    private static DocumentOutline.Table table(Sheet sheet) {
        DataFormatter displayed = new DataFormatter(Locale.CANADA_FRENCH);
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        java.util.Set<Long> continued = continuedCells(sheet, width);
        List<DocumentOutline.Row> rows = new ArrayList<>();
        for (int at = sheet.getFirstRowNum(); at <= sheet.getLastRowNum() && width > 0; at++) {
            Row row = sheet.getRow(at);
            List<DocumentOutline.Cell> cells = new ArrayList<>();
            boolean written = false;
            for (int column = 0; column < width; column++) {
                Cell cell = row == null ? null : row.getCell(column);
                List<String> lines = cell == null ? List.of() : displayed.formatCellValue(cell).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
                written |= !lines.isEmpty();
                cells.add(new DocumentOutline.Cell(lines, continued.contains(cell(at, column))));
            }
            if (written) {
                rows.add(new DocumentOutline.Row(cells));
            }
        }
        return new DocumentOutline.Table(rows);
    }

    /**
     * The cells a merge from a row above covers, read once for the sheet (as row and column in one number), within
     * the cells the sheet holds: a merge reaching far beyond them costs nothing.
     */
    private static java.util.Set<Long> continuedCells(Sheet sheet, int width) {
        java.util.Set<Long> continued = new java.util.HashSet<>();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            for (int row = merged.getFirstRow() + 1; row <= Math.min(merged.getLastRow(), sheet.getLastRowNum()); row++) {
                for (int column = merged.getFirstColumn(); column <= Math.min(merged.getLastColumn(), width - 1); column++) {
                    continued.add(cell(row, column));
                }
            }
        }
        return continued;
    }

    private static long cell(int row, int column) {
        return (long) row << 20 | column;
    }
}
