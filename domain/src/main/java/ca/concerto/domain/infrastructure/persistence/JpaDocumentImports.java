package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.document.DocumentImport;
import ca.concerto.domain.model.document.DocumentImports;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class JpaDocumentImports extends JpaRepository implements DocumentImports {

    @Override
    public Optional<DocumentImport> find(long importId) {
        return Optional.ofNullable(entityManager.find(DocumentImport.class, importId));
    }

    @Override
    public void add(DocumentImport document) {
        entityManager.persist(document);
        entityManager.flush();
    }
}
