package ca.concerto.domain.infrastructure.document;

import ca.concerto.domain.model.document.DocumentOutline;
import ca.concerto.domain.model.document.UnreadableDocument;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (.docx) into the outline of what it says: paragraphs, lists and tables, in order. A
 * file that is no .docx, an encrypted one (an OLE2 container), one with macros, or a zip whose parts inflate
 * beyond reason is refused as such.
 */
final class WordDocuments {

    private WordDocuments() {
    }

    static DocumentOutline read(String fileName, byte[] content) {
        OfficeFiles.ensureNotOle2(fileName, content, "Word", ".docx");
        return read(fileName, new java.io.ByteArrayInputStream(content));
    }

    /** @throws UnreadableDocument when the file is no Word document */
    static DocumentOutline read(String fileName, InputStream docx) {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            OfficeFiles.ensureNoMacros(document.getPackage(), fileName, ".docx");
            List<DocumentOutline.Block> blocks = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    block(document, paragraph).ifPresent(blocks::add);
                } else if (element instanceof XWPFTable table) {
                    blocks.add(table(table));
                }
            }
            return new DocumentOutline(fileName, blocks);
        } catch (IOException | RuntimeException | InvalidFormatException unreadable) {
            throw OfficeFiles.unreadable(fileName, unreadable, "Word");
        }
    }

    private static java.util.Optional<DocumentOutline.Block> block(XWPFDocument document, XWPFParagraph paragraph) {
        String text = paragraph.getText().strip();
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (paragraph.getNumID() != null) {
            BigInteger level = paragraph.getNumIlvl();
            return java.util.Optional.of(new DocumentOutline.ListItem(text, level == null ? 0 : level.intValue(),
                    !"bullet".equals(paragraph.getNumFmt())));
        }
        return java.util.Optional.of(new DocumentOutline.Paragraph(text, headingLevel(document, paragraph), bold(paragraph),
                titlePage(document, paragraph)));
    }

    /** 1 to 9 for a "heading n" style (whatever the language it is named in) or an outline level; else 0. */
    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String name = styleName(document, paragraph);
        if (name != null) {
            java.util.regex.Matcher heading = java.util.regex.Pattern.compile("^(?:heading|titre|title)([1-9])$").matcher(name);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
        }
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null) {
            int outline = paragraph.getCTP().getPPr().getOutlineLvl().getVal().intValue();
            return outline < 9 ? outline + 1 : 0;
        }
        return 0;
    }

    private static DocumentOutline.TitlePage titlePage(XWPFDocument document, XWPFParagraph paragraph) {
        String name = styleName(document, paragraph);
        return "title".equals(name) || "titre".equals(name) ? DocumentOutline.TitlePage.TITLE
                : "subtitle".equals(name) || "sous-titre".equals(name) ? DocumentOutline.TitlePage.SUBTITLE : null;
    }

    /** The paragraph's style name, lower case without spaces ("heading1", "title"); null without a style. */
    private static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return null;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        return (style == null ? styleId : style.getName()).toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static boolean bold(XWPFParagraph paragraph) {
        List<XWPFRun> written = paragraph.getRuns().stream().filter(run -> run.text() != null && !run.text().isBlank()).toList();
        return !written.isEmpty() && written.stream().allMatch(XWPFRun::isBold);
    }

    private static DocumentOutline.Table table(XWPFTable table) {
        List<DocumentOutline.Row> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<DocumentOutline.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                // A paragraph's line breaks part lines too (the exports write a list of a cell so).
                List<String> lines = new ArrayList<>();
                List<Integer> depths = new ArrayList<>();
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    int depth = paragraph.getNumID() == null ? -1 : paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
                    paragraph.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
                        lines.add(line);
                        depths.add(depth);
                    });
                }
                cells.add(new DocumentOutline.Cell(lines, depths, continuesAbove(cell)));
            }
            rows.add(new DocumentOutline.Row(cells));
        }
        return new DocumentOutline.Table(rows);
    }

    /** Word marks the cells a vertical merge covers with a vMerge without "restart". */
    private static boolean continuesAbove(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.getVMerge() != null
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
