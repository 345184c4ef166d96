package ca.concerto.web.interfaces.imports;

import ca.concerto.domain.application.imports.DocumentImporting;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The file a person chose on an import page ({@code upload:file}): its bytes, one beyond the largest taken in so
 * that the import refuses an oversized file as such; none, with the message next to the field, when they chose
 * nothing or an empty file.
 */
final class ChosenFile {

    private ChosenFile() {
    }

    static Optional<byte[]> read(Part file, Messages messages) throws IOException {
        if (file == null || file.getSize() == 0) {
            FacesContext.getCurrentInstance().addMessage("upload:file",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("import.refused.EMPTY"), null));
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(in.readNBytes(DocumentImporting.LARGEST + 1));
        }
    }
}
