package ca.concerto.web.infrastructure.export;

import ca.concerto.domain.application.partners.PartnerDirectoryView.MemberLine;
import ca.concerto.domain.application.plans.PlanOutline;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A plan as a Word document (landscape, like the bodies' plans), laid out by {@link PlanDocumentLayout}. */
public final class PlanDocx implements PlanDocumentWriter {

    private static final String HEADING_COLOUR = "1F4E79";

    private final XWPFDocument document = new XWPFDocument();
    private final OutputStream out;

    private PlanDocx(OutputStream out) {
        this.out = out;
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(15840));
        size.setH(BigInteger.valueOf(12240));
    }

    public static void write(PlanOutline plan, String body, List<MemberLine> members, Locale locale, LocalDate today, OutputStream out) throws IOException {
        PlanDocumentLayout.render(plan, body, members, locale, today, new PlanDocx(out));
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
    }

    @Override
    public void statement(String heading, String text) {
        if (heading != null) {
            run(document.createParagraph(), heading, 14, true, HEADING_COLOUR);
        }
        if (text != null && !text.isBlank()) {
            lines(document.createParagraph(), text, 11, false);
        }
    }

    @Override
    public void heading(int depth, String label, String title, String description) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(depth == 0 ? 360 : 200);
        paragraph.setIndentationLeft(depth * 280);
        run(paragraph, label.toUpperCase(Locale.ROOT) + " — " + title, Math.max(11, 16 - 2 * depth), true, HEADING_COLOUR);
        if (description != null && !description.isBlank()) {
            XWPFParagraph text = document.createParagraph();
            text.setIndentationLeft(depth * 280);
            lines(text, description, 10, false);
        }
    }

    @Override
    public void table(List<String> columns, List<TableRow> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, columns.size());
        table.setWidth("100%");
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
