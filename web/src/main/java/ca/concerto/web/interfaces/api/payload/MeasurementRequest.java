package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.followup.MeasurementEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST .../elements/{elementId}/measurements}: one measurement of one of the element's indicators. */
public record MeasurementRequest(@NotBlank String indicator, @NotNull BigDecimal value, @NotNull LocalDate measuredOn,
        String note) {

    public MeasurementEntry entry(long elementId) {
        return new MeasurementEntry(elementId, indicator, value, measuredOn, note);
    }
}
