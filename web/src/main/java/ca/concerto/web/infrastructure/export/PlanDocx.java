package ca.concerto.web.infrastructure.export;

import ca.concerto.domain.application.partners.PartnerDirectoryView.MemberLine;
import ca.concerto.domain.application.plans.PlanOutline;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A plan as a Word document (landscape, like the bodies' plans), laid out by {@link PlanDocumentLayout}: real
 * heading styles (Word's navigation pane and table of contents follow them), a running head and "Page x de y" on
 * every page, tables of fixed column widths.
 */
public final class PlanDocx implements PlanDocumentWriter {

    private static final String HEADING_COLOUR = "1F4E79";

    /** The page's width inside its margins, in twentieths of a point (11 in landscape, 1 in margins). */
    private static final int TEXT_WIDTH = 15840 - 2 * 1440;
    /** The wording column takes this share of a table; the others share the rest. */
    private static final double WORDING_SHARE = 0.34;

    private final XWPFDocument document = new XWPFDocument();
    private final OutputStream out;
    private String contents;

    private PlanDocx(OutputStream out) {
        this.out = out;
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(15840));
        size.setH(BigInteger.valueOf(12240));
        WordStyles.define(document);
    }

    public static void write(PlanOutline plan, String body, List<MemberLine> members, Locale locale, LocalDate today, OutputStream out) throws IOException {
        PlanDocumentLayout.render(plan, body, members, locale, today, new PlanDocx(out));
    }

    @Override
    public void frame(String runningHead, String pageOf, String contents) {
        this.contents = contents;
        XWPFParagraph head = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        head.setAlignment(ParagraphAlignment.RIGHT);
        run(head, runningHead, 8, false, HEADING_COLOUR);
        XWPFParagraph foot = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        foot.setAlignment(ParagraphAlignment.CENTER);
        // "Page {0} de {1}": the words as the bundle writes them, the numbers Word's fields.
        String[] parts = pageOf.split("\\{[01]\\}", -1);
        run(foot, parts[0], 8, false, null);
        field(foot, "PAGE");
        run(foot, parts.length > 1 ? parts[1] : " / ", 8, false, null);
        field(foot, "NUMPAGES");
        if (parts.length > 2) {
            run(foot, parts[2], 8, false, null);
        }
    }

    /** A field Word computes (a page number, the number of pages, the table of contents). */
    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.getCTP().addNewFldSimple().setInstr(instruction);
    }

    @Override
    public void titlePage(String title, String subtitle, List<String> facts) {
        XWPFParagraph spacer = document.createParagraph();
        spacer.setSpacingBefore(2400);
        // Word's own styles for the title page: Concerto's import knows them for a title page, not the plan's text.
        XWPFParagraph titleParagraph = centred();
        titleParagraph.setStyle("Title");
        run(titleParagraph, title, 28, true, HEADING_COLOUR);
        XWPFParagraph subtitleParagraph = centred();
        subtitleParagraph.setStyle("Subtitle");
        run(subtitleParagraph, subtitle, 16, false, null);
        for (String fact : facts) {
            run(centred(), fact, 12, false, null);
        }
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
        if (contents != null) {
            // Word fills the table of contents from the headings' styles when the document opens.
            XWPFParagraph name = document.createParagraph();
            name.setStyle(WordStyles.CONTENTS);
            name.createRun().setText(contents);
            field(document.createParagraph(), "TOC \\o \"1-4\" \\h \\z \\u");
            document.enforceUpdateFields();
            document.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
    }

    @Override
    public void statement(String heading, String text) {
        if (heading != null) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(WordStyles.heading(0));
            paragraph.createRun().setText(heading);
        }
        if (text != null && !text.isBlank()) {
            lines(document.createParagraph(), text, 11, false);
        }
    }

    @Override
    public void heading(int depth, String label, String title, String description) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(WordStyles.heading(depth));
        paragraph.setIndentationLeft(depth * 280);
        paragraph.createRun().setText(label.toUpperCase(Locale.ROOT) + " — " + title);
        if (description != null && !description.isBlank()) {
            XWPFParagraph text = document.createParagraph();
            text.setIndentationLeft(depth * 280);
            lines(text, description, 10, false);
        }
    }

    @Override
    public void table(List<String> columns, List<TableRow> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, columns.size());
        widths(table, columns.size());
        fill(table.getRow(0), columns, true, false);
        table.getRow(0).setRepeatHeader(true);
        for (int at = 0; at < rows.size(); at++) {
            fill(table.getRow(at + 1), rows.get(at).cells(), false, rows.get(at).nested());
        }
        document.createParagraph();
    }

    @Override
    public void finish() throws IOException {
        try (document) {
            document.write(out);
        }
    }

    /** Fixed widths: the wording column a third of the page, the others sharing the rest, so that Word keeps them. */
    private static void widths(XWPFTable table, int columns) {
        int wording = (int) (TEXT_WIDTH * WORDING_SHARE);
        int other = (TEXT_WIDTH - wording) / Math.max(1, columns - 1);
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int column = 0; column < columns; column++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(column == 0 ? wording : other));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < columns; column++) {
                row.getCell(column).setWidth(String.valueOf(column == 0 ? wording : other));
            }
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header, boolean nested) {
        for (int column = 0; column < cells.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            if (header) {
                cell.setColor("DCE6F1");
            }
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            if (nested && column == 0) {
                paragraph.setIndentationLeft(280);
            }
            lines(paragraph, cells.get(column), 9, header);
        }
    }

    private XWPFParagraph centred() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(240);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, String colour) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(colour);
        }
    }

    /** Text whose line breaks stay line breaks in Word. */
    private static void lines(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int at = 0; at < lines.length; at++) {
            if (at > 0) {
                run.addBreak();
            }
            run.setText(lines[at], at);
        }
    }
}
