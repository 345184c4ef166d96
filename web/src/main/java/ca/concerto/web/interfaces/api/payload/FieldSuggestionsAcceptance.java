package ca.concerto.web.interfaces.api.payload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/plans/{id}/field-suggestions/acceptance}: the elements whose suggestions to accept; none: all. */
public record FieldSuggestionsAcceptance(@Size(max = 10_000) List<@NotNull Long> elementIds, String comment) {

    public List<Long> elements() {
        return elementIds == null ? List.of() : elementIds;
    }
}
