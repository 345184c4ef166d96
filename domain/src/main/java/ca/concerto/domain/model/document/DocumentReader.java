package ca.concerto.domain.model.document;

/** Reads a file into what the document says; the formats are the interfaces' (Word, Excel). */
public interface DocumentReader {

    /** @throws UnreadableDocument when the file is no document of a format read here, or beyond the limits */
    DocumentOutline read(String fileName, byte[] content);
}
