package ca.concerto.web.infrastructure.export;

import ca.concerto.domain.application.partners.PartnerDirectoryView.MemberLine;
import ca.concerto.domain.application.plans.PlanOutline;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A plan as a PDF (landscape letter, like the bodies' plans), laid out by {@link PlanDocumentLayout}: a running
 * head and "Page x de y" on every page, a bookmark for each heading ({@link PdfFrame}).
 */
public final class PlanPdf implements PlanDocumentWriter {

    private static final Color HEADING_COLOUR = PdfFonts.HEADING;
    private static final Color HEADER_FILL = new Color(0xDC, 0xE6, 0xF1);
    private static final float[] COLUMN_WIDTHS = {30, 10, 10, 12, 14, 12, 12};

    private final Document document = new Document(PageSize.LETTER.rotate(), 36, 36, 40, 40);
    private final PdfWriter writer;

    private PlanPdf(OutputStream out) {
        writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    }

    @Override
    public void frame(String runningHead, String pageOf, String contents) {
        writer.setPageEvent(new PdfFrame(runningHead, pageOf));
        document.open();
    }

    public static void write(PlanOutline plan, String body, List<MemberLine> members, Locale locale, LocalDate today, OutputStream out) throws IOException {
        try {
            PlanDocumentLayout.render(plan, body, members, locale, today, new PlanPdf(out));
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written", e);
        }
    }

    @Override
    public void titlePage(String title, String subtitle, List<String> facts) {
        Paragraph top = new Paragraph(title, font(26, Font.BOLD, HEADING_COLOUR));
        top.setAlignment(Element.ALIGN_CENTER);
        top.setSpacingBefore(150);
        top.setSpacingAfter(20);
        document.add(top);
        Paragraph kind = new Paragraph(subtitle, font(16, Font.NORMAL, Color.DARK_GRAY));
        kind.setAlignment(Element.ALIGN_CENTER);
        kind.setSpacingAfter(20);
        document.add(kind);
        for (String fact : facts) {
            Paragraph line = new Paragraph(fact, font(12, Font.NORMAL, Color.BLACK));
            line.setAlignment(Element.ALIGN_CENTER);
            document.add(line);
        }
        document.newPage();
    }

    @Override
    public void statement(String heading, String text) {
        if (heading != null) {
            Paragraph title = new Paragraph(new Chunk(heading, font(14, Font.BOLD, HEADING_COLOUR)).setGenericTag(PdfFrame.tag(0, heading)));
            title.setSpacingBefore(10);
            document.add(title);
        }
        if (text != null && !text.isBlank()) {
            document.add(new Paragraph(text, font(10, Font.NORMAL, Color.BLACK)));
        }
    }

    @Override
    public void heading(int depth, String label, String title, String description) {
        Paragraph heading = new Paragraph();
        heading.add(new Chunk(label.toUpperCase(Locale.ROOT) + " — ", font(Math.max(10, 15 - 2 * depth), Font.BOLD, HEADING_COLOUR))
                .setGenericTag(PdfFrame.tag(depth, label + " — " + title)));
        heading.add(new Chunk(title, font(Math.max(10, 15 - 2 * depth), Font.BOLD, HEADING_COLOUR)));
        heading.setIndentationLeft(depth * 14f);
        heading.setSpacingBefore(depth == 0 ? 14 : 8);
        heading.setSpacingAfter(4);
        document.add(heading);
        if (description != null && !description.isBlank()) {
            Paragraph text = new Paragraph(description, font(9, Font.NORMAL, Color.DARK_GRAY));
            text.setIndentationLeft(depth * 14f);
            document.add(text);
        }
    }

    @Override
    public void table(List<String> columns, List<TableRow> rows) {
        PdfPTable table = new PdfPTable(COLUMN_WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column, font(8, Font.BOLD, Color.BLACK)));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (TableRow row : rows) {
            for (int column = 0; column < row.cells().size(); column++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.cells().get(column), font(8, Font.NORMAL, Color.BLACK)));
                if (column == 0 && row.nested()) {
                    cell.setPaddingLeft(14);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
    }

    @Override
    public void finish() {
        document.close();
    }

    private static Font font(float size, int style, Color colour) {
        return PdfFonts.font(size, style, colour);
    }
}
