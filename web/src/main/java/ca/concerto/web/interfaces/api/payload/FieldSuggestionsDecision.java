package ca.concerto.web.interfaces.api.payload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST .../field-suggestions/acceptance} or {@code .../rejection}: the elements decided on; none: all. */
public record FieldSuggestionsDecision(@Size(max = 10_000) List<@NotNull Long> elementIds, String comment) {

    public List<Long> elements() {
        return elementIds == null ? List.of() : elementIds;
    }
}
