package ca.concerto.domain.model.document;

import ca.concerto.domain.model.shared.NotFound;
import java.util.Optional;

/** The documents the body's coordinators brought in. */
public interface DocumentImports {

    Optional<DocumentImport> find(long importId);

    /** @throws NotFound for no such import of the body */
    default DocumentImport get(long importId) {
        return find(importId).orElseThrow(() -> new NotFound(NotFound.What.IMPORT, importId));
    }

    void add(DocumentImport document);
}
