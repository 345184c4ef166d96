package ca.concerto.domain.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.document.DocumentOutline;
import ca.concerto.domain.model.document.UnreadableDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

/**
 * A body's own activity workbook reads as a document's table: its header, its rows, an action cell merged down
 * the rows of its activities continuing in them, a cell's lines as items; Word or Excel told apart by the file's
 * content; macro-enabled, encrypted and bomb-like workbooks refused as such.
 */
class ExcelDocumentsTest {

    private final OfficeDocuments documents = new OfficeDocuments();

    @Test
    void aWorkbookOfTheBodysOwnColumnsReadsAsATableWithMergedActionCellsContinuing() throws IOException {
        DocumentOutline outline = documents.read("activites", workbook(XSSFWorkbookType.XLSX, false));

        assertThat(outline.blocks()).singleElement().isInstanceOf(DocumentOutline.Table.class);
        DocumentOutline.Table table = (DocumentOutline.Table) outline.blocks().get(0);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cells()).extracting(DocumentOutline.Cell::text)
                .containsExactly("Action", "Activités", "Échéancier", "Partenaires");
        assertThat(table.rows().get(1).cells().get(0).text()).isEqualTo("Explorer les collaborations possibles");
        assertThat(table.rows().get(2).cells().get(0).continued()).isTrue();
        assertThat(table.rows().get(2).cells().get(1).continued()).isFalse();
        assertThat(table.rows().get(1).cells().get(3).lines()).containsExactly("AQCPÉ", "MF");
    }

    @Test
    void severalSheetsEachHeadTheirTableAndHiddenOnesAreLeftOut() throws IOException {
        DocumentOutline outline = documents.read("activites.xlsx", workbook(XSSFWorkbookType.XLSX, true));

        assertThat(outline.blocks()).hasSize(4);
        assertThat(((DocumentOutline.Paragraph) outline.blocks().get(0)).text()).isEqualTo("Axe 1");
        assertThat(((DocumentOutline.Paragraph) outline.blocks().get(2)).text()).isEqualTo("Axe 2");
    }

    @Test
    void macroEnabledEncryptedAndBombLikeWorkbooksAndOtherFilesAreRefusedAsSuch() throws IOException {
        assertThatThrownBy(() -> documents.read("macros.xlsm", workbook(XSSFWorkbookType.XLSM, false)))
                .isInstanceOf(UnreadableDocument.class).hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.MACROS);

        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> ExcelDocuments.read("protégé.xlsx", ole2)).isInstanceOf(UnreadableDocument.class)
                .hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.ENCRYPTED);

        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(new byte[20 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThatThrownBy(() -> documents.read("bombe.xlsx", zipped.toByteArray())).isInstanceOf(UnreadableDocument.class)
                .hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.TOO_LARGE);

        assertThatThrownBy(() -> documents.read("texte.xlsx", "pas un classeur".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocument.class).hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.NOT_A_DOCUMENT);
    }

    /** An action over two activities, its cell merged down both rows, as bodies keep them in Excel. */
    private static byte[] workbook(XSSFWorkbookType type, boolean twoSheetsAndAHiddenOne) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(type); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String name : twoSheetsAndAHiddenOne ? new String[] {"Axe 1", "Axe 2", "Notes"} : new String[] {"Plan d'action"}) {
                Sheet sheet = workbook.createSheet(name);
                String[][] rows = {{"Action", "Activités", "Échéancier", "Partenaires"},
                        {"Explorer les collaborations possibles", "Inviter l'AQCPÉ au CROC.", "Automne 2018", "AQCPÉ\nMF"},
                        {"", "Présenter le cadre de référence.", "Hiver 2019", ""}};
                for (int at = 0; at < rows.length; at++) {
                    Row row = sheet.createRow(at);
                    for (int column = 0; column < rows[at].length; column++) {
                        row.createCell(column).setCellValue(rows[at][column]);
                    }
                }
                sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            }
            if (twoSheetsAndAHiddenOne) {
                workbook.setSheetHidden(2, true);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
