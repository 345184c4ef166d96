package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.imports.ImportProposal;
import ca.concerto.domain.model.document.ImportPreview;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/**
 * A document brought in and what it would make: {@code POST /api/plans/imports} and {@code .../preview}. The
 * mapping's roles: "level:&lt;code&gt;", "field:&lt;FIELD&gt;" (columns), "section" (headings), "ignore".
 */
@JsonbPropertyOrder({"id", "fileName", "template", "headings", "columns", "preview"})
public record ImportPayload(long id, String fileName, String template, Map<String, String> headings, Map<String, String> columns,
        ImportPreview preview) {

    public static ImportPayload of(ImportProposal proposal) {
        return new ImportPayload(proposal.importId(), proposal.fileName(), proposal.templateCode(), proposal.mapping().headings(),
                proposal.mapping().columns(), proposal.preview());
    }
}
