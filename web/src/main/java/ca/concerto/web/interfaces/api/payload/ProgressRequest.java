package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.followup.ProgressEntry;
import ca.concerto.domain.model.followup.ProgressStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST .../elements/{elementId}/progress}: the element's progress in a quarter, from the report the caller read. */
public record ProgressRequest(@NotBlank @Size(max = 7) String period, @NotNull ProgressStatus status, @Min(0) @Max(100) Integer percentComplete, String note,
        Integer fromVersion) {

    public ProgressEntry entry(long elementId) {
        return new ProgressEntry(elementId, period, status, percentComplete, note, fromVersion);
    }
}
