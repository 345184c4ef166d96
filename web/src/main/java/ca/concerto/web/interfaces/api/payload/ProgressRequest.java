package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.followup.ProgressEntry;
import ca.concerto.domain.model.followup.ProgressStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code POST .../elements/{elementId}/progress}: the element's progress in a quarter, from the report the caller read. */
public record ProgressRequest(@NotBlank String period, @NotNull ProgressStatus status, Integer percentComplete, String note,
        Integer fromVersion) {

    public ProgressEntry entry(long elementId) {
        return new ProgressEntry(elementId, period, status, percentComplete, note, fromVersion);
    }
}
