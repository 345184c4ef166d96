package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.model.document.DocumentMapping;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code POST /api/plans/imports/{id}/preview} and {@code .../commit}: the template, the mapping the person chose
 * (left out: Concerto's proposal), and for a commit the plan's title and period and whether to record the
 * adoption the document states.
 */
public record ImportRequest(@NotBlank @Size(max = 63) String template, @Size(max = 200) Map<@Size(max = TextLimits.LINE) String,
        @Size(max = 80) String> headings, @Size(max = 200) Map<@Size(max = TextLimits.LINE) String, @Size(max = 80) String> columns,
        @Size(max = TextLimits.NAME) String title, @Size(max = TextLimits.NAME) String period, LocalDate start, LocalDate end,
        Boolean adopt, @Size(max = TextLimits.LINE) String comment) {

    /** The person's mapping; null (Concerto's proposal) when they give none. */
    public DocumentMapping mapping() {
        return headings == null && columns == null ? null
                : new DocumentMapping(headings == null ? Map.of() : headings, columns == null ? Map.of() : columns);
    }

    public NewPlan plan() {
        return new NewPlan(title, period, start, end);
    }
}
