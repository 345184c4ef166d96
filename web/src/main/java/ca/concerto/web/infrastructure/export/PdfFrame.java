package ca.concerto.web.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What every page of Concerto's PDFs carries, and their bookmarks: the running head at the top, "Page x de y" at
 * the bottom (the number of pages written on each page once the document is complete), and an outline entry for
 * each heading, nested as the plan's tree nests (headings mark themselves with a generic tag "depth|title").
 */
final class PdfFrame extends PdfPageEventHelper {

    private static final float FONT_SIZE = 8;

    private final String runningHead;
    private final String pageOf;
    private final Font font = PdfFonts.font(FONT_SIZE, Font.NORMAL, Color.DARK_GRAY);
    private final Deque<PdfOutline> open = new ArrayDeque<>();
    private final Deque<Integer> depths = new ArrayDeque<>();
    private PdfTemplate total;

    PdfFrame(String runningHead, String pageOf) {
        this.runningHead = runningHead;
        this.pageOf = pageOf;
    }

    /** The tag a heading's chunk carries, so that its bookmark lands where it is printed. */
    static String tag(int depth, String title) {
        return depth + "|" + title;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(runningHead, font), page.getRight() - document.rightMargin(),
                page.getTop() - 20, 0);
        if (total == null) {
            total = canvas.createTemplate(40, 12);
        }
        String[] parts = pageOf.split("\\{1\\}", -1);
        String before = MessageFormat.format(parts[0].replace("'", "''"), writer.getPageNumber());
        BaseFont base = font.getCalculatedBaseFont(false);
        float width = base.getWidthPoint(before, FONT_SIZE);
        float x = (page.getLeft() + page.getRight()) / 2 - width / 2;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(before, font), x, page.getBottom() + 18, 0);
        canvas.addTemplate(total, x + width, page.getBottom() + 18);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (total != null) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT, new Phrase(String.valueOf(writer.getPageNumber() - 1), font), 0, 0, 0);
        }
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle where, String text) {
        int bar = text.indexOf('|');
        int depth = Integer.parseInt(text.substring(0, bar));
        while (!depths.isEmpty() && depths.peek() >= depth) {
            depths.pop();
            open.pop();
        }
        PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.peek();
        PdfOutline outline = new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, where.getTop() + 10), text.substring(bar + 1), false);
        open.push(outline);
        depths.push(depth);
    }
}
