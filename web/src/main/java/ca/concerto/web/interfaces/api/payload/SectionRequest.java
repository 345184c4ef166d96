package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/plans/{id}/sections} and {@code PUT .../sections/{sectionId}}: a section's kind, its own
 * title (none: headed by its kind), its text (none: a heading alone, which then needs its title), and its place among the others (none: at the end, or where it
 * is). A change names the version it was made over ({@code fromVersion}, or {@code If-Match}).
 */
public record SectionRequest(@NotNull SectionKind kind, @Size(max = TextLimits.NAME) String title,
        @Size(max = TextLimits.PARAGRAPHS) String text, @Min(0) Integer position, @Min(0) Integer fromVersion,
        @Size(max = TextLimits.LINE) String comment) {
}
