package ca.concerto.domain.infrastructure.document;

import ca.concerto.domain.model.document.UnreadableDocument;
import java.util.Arrays;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What every Office file read here goes through before its content is trusted: an OLE2 container (a file
 * protected by a password, or of the old formats) is refused, as is one holding macros, and a zip whose parts
 * inflate beyond reason (a zip bomb); POI's own failures become "not a document".
 */
final class OfficeFiles {

    /** The first bytes of an OLE2 container: an encrypted .docx or .xlsx, or an old .doc or .xls. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // A part may inflate to 100 times its size at most (a zip bomb goes far beyond) and to 64 MiB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private OfficeFiles() {
    }

    /** @param format what the file should be, as a person names it ("Word", "Excel") */
    static void ensureNotOle2(String fileName, byte[] content, String format, String extension) {
        if (content.length >= OLE2.length && Arrays.equals(content, 0, OLE2.length, OLE2, 0, OLE2.length)) {
            throw new UnreadableDocument(UnreadableDocument.Reason.ENCRYPTED, fileName + " is protected by a password or is an"
                    + " old " + format + " file: save it as " + extension + " without a password");
        }
    }

    static void ensureNoMacros(OPCPackage office, String fileName, String extension) throws InvalidFormatException {
        if (office.getParts().stream().anyMatch(part -> part.getContentType().contains("macroEnabled")
                || part.getContentType().equals("application/vnd.ms-office.vbaProject"))) {
            throw new UnreadableDocument(UnreadableDocument.Reason.MACROS, fileName + " holds macros: save it as " + extension);
        }
    }

    /** POI says a file is unreadable with exceptions of many kinds, most of them unchecked; a zip bomb among them. */
    static UnreadableDocument unreadable(String fileName, Exception failure, String format) {
        if (failure instanceof UnreadableDocument refused) {
            return refused;
        }
        boolean bomb = String.valueOf(failure.getMessage()).contains("Zip bomb")
                || failure.getCause() != null && String.valueOf(failure.getCause().getMessage()).contains("Zip bomb");
        return new UnreadableDocument(bomb ? UnreadableDocument.Reason.TOO_LARGE : UnreadableDocument.Reason.NOT_A_DOCUMENT,
                fileName + (bomb ? " inflates far beyond any document" : " is no " + format + " file") + ": " + failure.getMessage());
    }
}
