package ca.concerto.domain.infrastructure.document;

import ca.concerto.domain.model.document.DocumentOutline;
import ca.concerto.domain.model.document.DocumentReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * A body's document, Word (.docx) or Excel (.xlsx), read into the outline of what it says. Which one it is, its
 * zip says: the names of its parts are written plainly in it, whatever the file is called. Read within
 * the {@link ParsingLimits}.
 */
@ApplicationScoped
public class OfficeDocuments implements DocumentReader {

    private static final byte[] WORKBOOK_PART = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);

    @Override
    public DocumentOutline read(String fileName, byte[] content) {
        return ParsingLimits.read(fileName, () -> isWorkbook(content) ? ExcelDocuments.read(fileName, content)
                : WordDocuments.read(fileName, content));
    }

    static boolean isWorkbook(byte[] content) {
        outer:
        for (int at = 0; at <= content.length - WORKBOOK_PART.length; at++) {
            for (int offset = 0; offset < WORKBOOK_PART.length; offset++) {
                if (content[at + offset] != WORKBOOK_PART[offset]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
