package ca.concerto.domain.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.document.DocumentOutline;
import ca.concerto.domain.model.document.UnreadableDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** A Word document reads as what it says, in its order: headings, bold lines, lists, tables with merged cells. */
class WordDocumentsTest {

    @Test
    void headingsBoldLinesListsAndATableWithAnActionCellMergedDownTheRowsOfItsActivities() throws IOException {
        DocumentOutline outline = WordDocuments.read("plan.docx", new ByteArrayInputStream(document()));

        assertThat(outline.blocks()).element(0).isEqualTo(new DocumentOutline.Paragraph("AXE 1 SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT", 1, false));
        assertThat(outline.blocks()).element(1).isEqualTo(new DocumentOutline.Paragraph("1.1.1 OBJECTIF", 0, true));
        assertThat(((DocumentOutline.Paragraph) outline.blocks().get(1)).upperCase()).isTrue();
        assertThat(outline.blocks()).element(2).isEqualTo(new DocumentOutline.ListItem("Arrivée au monde en santé;", 0, false));
        assertThat(outline.blocks()).element(3).isEqualTo(new DocumentOutline.ListItem("Transitions réussies;", 1, false));

        DocumentOutline.Table table = (DocumentOutline.Table) outline.blocks().get(4);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cells()).extracting(DocumentOutline.Cell::text).containsExactly("Actions", "Activités", "Échéancier");
        assertThat(table.rows().get(1).cells().get(0).text()).isEqualTo("1. Explorer les collaborations possibles");
        assertThat(table.rows().get(2).cells().get(0).continued()).isTrue();
        assertThat(table.rows().get(2).cells().get(1).continued()).isFalse();
        assertThat(table.rows().get(2).cells().get(1).lines()).containsExactly("Présenter le cadre de référence au CROC.", "Deuxième ligne.");
        assertThat(table.rows().get(2).cells().get(2).text()).isEqualTo("Automne 2018");
    }

    @Test
    void aFileThatIsNoWordDocumentIsRefused() {
        assertThatThrownBy(() -> WordDocuments.read("plan.docx", new ByteArrayInputStream("pas un document".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnreadableDocument.class).hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.NOT_A_DOCUMENT);
    }

    @Test
    void anEncryptedOrOldWordFileAndAZipBombAreRefusedAsSuch() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> WordDocuments.read("protégé.docx", ole2)).isInstanceOf(UnreadableDocument.class)
                .hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.ENCRYPTED);

        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(new byte[20 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThatThrownBy(() -> WordDocuments.read("bombe.docx", zipped.toByteArray())).isInstanceOf(UnreadableDocument.class)
                .hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.TOO_LARGE);
    }

    @Test
    void aMacroEnabledWordDocumentIsRefusedAsSuch() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("AXE 1");
            document.getPackage().replaceContentType(org.apache.poi.xwpf.usermodel.XWPFRelation.DOCUMENT.getContentType(),
                    org.apache.poi.xwpf.usermodel.XWPFRelation.MACRO_DOCUMENT.getContentType());
            document.write(out);
            assertThatThrownBy(() -> WordDocuments.read("macros.docm", out.toByteArray())).isInstanceOf(UnreadableDocument.class)
                    .hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.MACROS);
        }
    }

    private static byte[] document() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph axis = document.createParagraph();
            axis.setStyle("Heading1");
            axis.createRun().setText("AXE 1 SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT");
            XWPFParagraph objective = document.createParagraph();
            objective.createRun().setText("1.1.1 OBJECTIF");
            objective.getRuns().get(0).setBold(true);

            BigInteger bullets = bulletList(document);
            for (String[] item : new String[][] {{"Arrivée au monde en santé;", "0"}, {"Transitions réussies;", "1"}}) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setNumID(bullets);
                paragraph.setNumILvl(BigInteger.valueOf(Integer.parseInt(item[1])));
                paragraph.createRun().setText(item[0]);
            }

            XWPFTable table = document.createTable(3, 3);
            String[][] texts = {{"Actions", "Activités", "Échéancier"},
                    {"1. Explorer les collaborations possibles", "Inviter l'AQCPÉ à présenter le projet.", "Automne 2018"},
                    {"", "Présenter le cadre de référence au CROC.", "Automne 2018"}};
            for (int row = 0; row < 3; row++) {
                for (int column = 0; column < 3; column++) {
                    table.getRow(row).getCell(column).setText(texts[row][column]);
                }
            }
            table.getRow(2).getCell(1).addParagraph().createRun().setText("Deuxième ligne.");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            document.write(out);
            return out.toByteArray();
        }
    }

    private static BigInteger bulletList(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal("•");
        }
        XWPFNumbering numbering = document.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }
}
