package ca.concerto.web.infrastructure.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;

/**
 * The text font of Concerto's PDFs: OpenPDF's Liberation Sans, embedded whole (Identity-H), so that every
 * character a plan may hold prints and can be copied or searched, not only those of the standard fonts'
 * Latin-1 encoding.
 */
final class PdfFonts {

    static final Color HEADING = new Color(0x1F, 0x4E, 0x79);

    private static final BaseFont TEXT = embedded();

    private PdfFonts() {
    }

    static Font font(float size, int style, Color colour) {
        return new Font(TEXT, size, style, colour);
    }

    private static BaseFont embedded() {
        try {
            return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("OpenPDF's Liberation Sans is missing from the class path", e);
        }
    }
}
