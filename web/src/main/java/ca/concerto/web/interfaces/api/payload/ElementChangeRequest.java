package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.ElementChanges;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PUT /api/plans/{id}/elements/{elementId}}: the element's texts, from the version the caller read. */
public record ElementChangeRequest(Integer fromVersion, @NotBlank @Size(max = TextLimits.LINE) String title, String description,
        String schedule, String lead, String expectedResults, @Size(max = TextLimits.ITEMS) List<@NotNull String> collaborators, @Size(max = TextLimits.ITEMS) List<@NotNull String> fieldsOfAction,
        String number, @Size(max = TextLimits.ITEMS) List<@NotNull String> resultIndicators,
        @Size(max = TextLimits.ITEMS) List<@NotNull String> targetGroups, String comment) {

    /** The changes, from the version the caller read (its fromVersion, or the ETag it sent back). */
    public ElementChanges changes(long elementId, int fromVersion) {
        return new ElementChanges(elementId, fromVersion, title, description, schedule, lead, expectedResults, collaborators,
                fieldsOfAction, number, resultIndicators, targetGroups);
    }
}
