package ca.concerto.domain.application.imports;

import ca.concerto.domain.model.document.DocumentMapping;
import ca.concerto.domain.model.document.ImportPreview;

/** A document brought in, the template and mapping it is read with, and what it would make: the preview. */
public record ImportProposal(long importId, String fileName, String templateCode, DocumentMapping mapping, ImportPreview preview)
        implements java.io.Serializable {
}
