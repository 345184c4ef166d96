package ca.concerto.web.infrastructure.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles part of Concerto's Word documents: Word's own Title, Subtitle and "heading 1" to "heading 4" (named as
 * Word names them, with their outline levels, so that the navigation pane and the table of contents follow the
 * plan's axes, orientations and objectives, and any reader of Word documents, Concerto's import included, knows
 * them), and the table of contents' own heading, which stays out of it.
 */
final class WordStyles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String CONTENTS = "TOCHeading";
    private static final String COLOUR = "1F4E79";
    private static final int DEEPEST = 4;

    private WordStyles() {
    }

    /** The style of a heading of the plan's tree at a depth (0: an axis); the deepest serves below. */
    static String heading(int depth) {
        return "Heading" + (Math.min(depth, DEEPEST - 1) + 1);
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(TITLE, "Title", 56, true, null, 0));
        styles.addStyle(style(SUBTITLE, "Subtitle", 32, false, null, 0));
        styles.addStyle(style(CONTENTS, "TOC Heading", 28, true, null, 0));
        for (int depth = 0; depth < DEEPEST; depth++) {
            styles.addStyle(style(heading(depth), "heading " + (depth + 1), Math.max(22, 32 - 4 * depth), true, depth, 240 - 40 * depth));
        }
    }

    /** @param halfPoints the font's size in half points; {@code outline}: the heading's level, null for none */
    private static XWPFStyle style(String id, String name, int halfPoints, boolean bold, Integer outline, int spaceBefore) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
        if (outline != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(COLOUR);
        if (bold) {
            run.addNewB();
        }
        return new XWPFStyle(style);
    }
}
